import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { codes, researchRows } from './research';

describe('the anonymised research data set', () => {
  it('exports a header and one row a record, several ERNs and codes to a field', () => {
    const csv = toCsv(researchRows([
      { ageBand: '0-9', sex: 'FEMALE', area: 'DE', erns: ['ERKNET', 'ITHACA'], closedPanels: 1, generalisation: 0,
        diagnoses: [{ system: 'ORPHACODE', code: '213', display: 'Cystinosis' }, { system: 'ICD_10', code: 'E72.0' }],
        phenotypes: [{ system: 'HPO', code: 'HP:0000093' }] },
      { ageBand: '10-19', sex: 'MALE', area: 'FR', erns: ['ERKNET'], closedPanels: 0, generalisation: 2 },
    ]));
    expect(csv.split('\r\n')).toEqual([
      'ageBand,sex,area,erns,diagnoses,phenotypes,closedPanels,generalisation',
      '0-9,FEMALE,DE,ERKNET; ITHACA,ORPHACODE:213; ICD_10:E72.0,HPO:HP:0000093,1,0',
      '10-19,MALE,FR,ERKNET,,,0,2',
      '',
    ]);
  });

  it('with no record is the header alone', () => {
    expect(researchRows([])).toHaveLength(1);
  });

  it('writes coded entries as SYSTEM:code, without their display text', () => {
    expect(codes([{ system: 'HPO', code: 'HP:0001250', display: 'Seizure' }])).toBe('HPO:HP:0001250');
    expect(codes(undefined)).toBe('');
  });
});
