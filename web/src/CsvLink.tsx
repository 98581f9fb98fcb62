import { useEffect, useMemo } from 'preact/hooks';
import { csvFile, type Cell } from './csv';

/**
 * A link that downloads {@code rows} as the CSV file {@code name}, built in the browser from the data the screen shows
 * (nothing more is asked of the server). The file's address is released when the rows change or the link goes.
 */
export function CsvLink({ rows, name, label }: { rows: readonly (readonly Cell[])[]; name: string; label: string }) {
  const href = useMemo(() => URL.createObjectURL(csvFile(rows)), [rows]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return <p><a class="csv" href={href} download={name}>{label}</a></p>;
}
