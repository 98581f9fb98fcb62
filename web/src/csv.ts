/** One cell of an exported table: a text, a number, or nothing (an empty cell). */
export type Cell = string | number | undefined | null;

/**
 * A table as CSV (RFC 4180): fields separated by commas, lines by CRLF, a field quoted when it holds a comma, a quote
 * or a line break (its quotes doubled). A text that a spreadsheet would run as a formula (it begins with =, +, -, @, a
 * tab or a carriage return) is written with a leading apostrophe, so that opening the export runs nothing; numbers are
 * written as they are, negative ones included.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map(row => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(cell: Cell): string {
  if (cell === undefined || cell === null) {
    return '';
  }
  const text = typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV as a file to download: UTF-8 with a byte-order mark, which spreadsheets need to read accents right. */
export function csvFile(rows: readonly (readonly Cell[])[]): Blob {
  return new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}
