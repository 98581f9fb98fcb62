import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { counts, timeToOutcome, kpiRows, type Kpi } from './kpis';

const report: Kpi = {
  ern: 'ERKNET', from: '2025-12-07T00:00:00Z', to: '2026-12-07T00:00:00Z',
  registeredUsersByCountry: { DE: 4, FR: 2 }, activeUsersByCountry: { DE: 1 },
  panelsByErn: { ERKNET: 5 }, panelsByState: { ASSESSMENT: 2, CLOSED: 3 },
  panelsClosed: 3, medianTimeToOutcome: 'PT36H', meanUsefulness: 4.5,
};

describe('the KPIs of an ERN', () => {
  it('export every figure in the API\'s codes, one counted key a row', () => {
    expect(toCsv(kpiRows(report)).split('\r\n')).toEqual([
      'figure,key,value',
      'ern,,ERKNET',
      'from,,2025-12-07T00:00:00Z',
      'to,,2026-12-07T00:00:00Z',
      'panelsClosed,,3',
      'medianTimeToOutcome,,PT36H',
      'meanUsefulness,,4.5',
      'panelsByState,ASSESSMENT,2',
      'panelsByState,CLOSED,3',
      'panelsByErn,ERKNET,5',
      'registeredUsersByCountry,DE,4',
      'registeredUsersByCountry,FR,2',
      'activeUsersByCountry,DE,1',
      '',
    ]);
  });

  it('of all ERNs and with nothing closed leave the ERN, the median and the rating empty', () => {
    const rows = kpiRows({ from: 'f', to: 't', panelsClosed: 0 });
    expect(rows.slice(1, 7)).toEqual([['ern', '', ''], ['from', '', 'f'], ['to', '', 't'], ['panelsClosed', '', 0],
      ['medianTimeToOutcome', '', undefined], ['meanUsefulness', '', undefined]]);
    expect(rows).toHaveLength(7);
  });

  it('count a figure per key and an absent figure as none', () => {
    expect(counts(report, 'panelsByState')).toEqual([['ASSESSMENT', 2], ['CLOSED', 3]]);
    expect(counts({}, 'panelsByErn')).toEqual([]);
  });

  it('give the time to outcome in days from a day on, else in hours, from Java\'s ISO-8601 durations', () => {
    expect(timeToOutcome('PT72H')).toEqual({ days: 3 });
    expect(timeToOutcome('PT36H30M')).toEqual({ days: 1.5 });
    expect(timeToOutcome('PT23H')).toEqual({ hours: 23 });
    expect(timeToOutcome('PT1M30S')).toEqual({ hours: 0 });
    expect(timeToOutcome('PT2H15M')).toEqual({ hours: 2.3 });
    expect(timeToOutcome('PT')).toBeUndefined();
    expect(timeToOutcome('P1D')).toBeUndefined();
    expect(timeToOutcome(undefined)).toBeUndefined();
  });
});
