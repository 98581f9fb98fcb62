import { describe, expect, it } from 'vitest';
import { appointmentBody, byName, importProblems, membershipsToRecord } from './reference';

describe('the operator\'s reference data', () => {
  it('a centre\'s memberships to record are the ERNs given a type, and no other', () => {
    expect(membershipsToRecord({ ERKNET: 'FULL_MEMBER', EPICARE: '', EYE: 'ASSOCIATED_PARTNER' }))
      .toEqual([{ ern: 'ERKNET', type: 'FULL_MEMBER' }, { ern: 'EYE', type: 'ASSOCIATED_PARTNER' }]);
    expect(membershipsToRecord({})).toEqual([]);
  });

  it('a refused import names each wrong line with the server\'s words, and another problem names none', () => {
    const refused = { code: 'reference.import-invalid', errors: [
      { field: 'line 3', code: 'row.invalid', message: 'unknown ERN XYZ' },
      { field: 'line 7', code: 'row.invalid', message: 'country.invalid' }] };
    expect(importProblems(refused)).toEqual([{ line: '3', problem: 'unknown ERN XYZ' },
      { line: '7', problem: 'country.invalid' }]);
    expect(importProblems({ code: 'csv.invalid', detail: 'no header' })).toEqual([]);
    expect(importProblems(undefined)).toEqual([]);
  });

  it('an appointment sends trimmed texts, the country in capitals, and replaces only a coordinator named', () => {
    const form = { centre: ' c1 ', issuer: 'https://idp', subject: ' sub ', displayName: 'Dr A', email: '',
      country: 'de', replacing: ' ' };
    expect(appointmentBody(form)).toEqual({ centre: 'c1', issuer: 'https://idp', subject: 'sub', displayName: 'Dr A',
      email: undefined, country: 'DE', replacing: undefined });
    expect(appointmentBody({ ...form, replacing: 'u-9' }).replacing).toBe('u-9');
  });

  it('centres are listed by name, then country', () => {
    expect(byName([{ name: 'Necker', country: 'FR' }, { name: 'Charité', country: 'DE' }, { name: 'Charité', country: 'AT' }])
      .map(each => `${each.name} ${each.country}`)).toEqual(['Charité AT', 'Charité DE', 'Necker FR']);
  });
});
