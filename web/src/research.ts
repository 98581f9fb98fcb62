import type { Schemas } from './api/client';
import type { Cell } from './csv';

export type ResearchRecord = Schemas['ResearchRecordJson'];
type Coded = Schemas['ResearchCodedEntryJson'];

/** Coded entries as one field: each {@code SYSTEM:code}, separated by "; " (how the export and the table show them). */
export function codes(entries: readonly Coded[] | undefined): string {
  return (entries ?? []).map(entry => `${entry.system}:${entry.code}`).join('; ');
}

/**
 * The anonymised records as the rows of the CSV export, in the API's own codes: a header, then one row a record
 * (ERNs and coded entries several to a field, separated by "; "). Nothing is added that the API did not send.
 */
export function researchRows(records: readonly ResearchRecord[]): Cell[][] {
  return [
    ['ageBand', 'sex', 'area', 'erns', 'diagnoses', 'phenotypes', 'closedPanels', 'generalisation'],
    ...records.map((record): Cell[] => [record.ageBand, record.sex, record.area, (record.erns ?? []).join('; '),
      codes(record.diagnoses), codes(record.phenotypes), record.closedPanels, record.generalisation]),
  ];
}
