import type { Schemas } from './api/client';
import type { Cell } from './csv';

export type Kpi = Schemas['KpiJson'];

/** The figures of a report counted per key (a country, an ERN, a panel state), each drawn as one chart. */
export const COUNTED = ['panelsByState', 'panelsByErn', 'registeredUsersByCountry', 'activeUsersByCountry'] as const;
export type Counted = typeof COUNTED[number];

/** The counts of one figure, in the API's order of keys (alphabetical), an absent figure as none. */
export function counts(kpi: Kpi, figure: Counted): [string, number][] {
  return Object.entries(kpi[figure] ?? {});
}

/**
 * The time from opening to outcome for people, from the API's ISO-8601 duration (Java's {@code Duration.toString()}:
 * {@code PT72H}, {@code PT36H30M}, {@code PT0.5S}): in days (one decimal) from a day on, else in hours (one decimal);
 * none when absent or unreadable.
 */
export function timeToOutcome(iso: string | undefined | null): { days: number } | { hours: number } | undefined {
  const parts = iso && iso !== 'PT' ? /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso) : null;
  if (!parts) {
    return undefined;
  }
  const [, hours = '0', minutes = '0', seconds = '0'] = parts;
  const total = Number(hours) + Number(minutes) / 60 + Number(seconds) / 3600;
  const oneDecimal = (value: number) => Math.round(value * 10) / 10;
  return total >= 24 ? { days: oneDecimal(total / 24) } : { hours: oneDecimal(total) };
}

/**
 * The report as the rows of its CSV export, in the API's own codes (language-neutral, as a spreadsheet or script
 * reads them best): a header, the period and ERN (empty: all ERNs), the single figures, then one row per counted key.
 */
export function kpiRows(kpi: Kpi): Cell[][] {
  return [
    ['figure', 'key', 'value'],
    ['ern', '', kpi.ern ?? ''],
    ['from', '', kpi.from],
    ['to', '', kpi.to],
    ['panelsClosed', '', kpi.panelsClosed ?? 0],
    ['medianTimeToOutcome', '', kpi.medianTimeToOutcome],
    ['meanUsefulness', '', kpi.meanUsefulness],
    ...COUNTED.flatMap(figure => counts(kpi, figure).map(([key, value]): Cell[] => [figure, key, value])),
  ];
}
