import { describe, expect, it } from 'vitest';
import { fieldErrors } from './api/problem';

describe('field errors of a problem', () => {
  it('are keyed by the field path, the first message of each field kept', () => {
    const problem = { code: 'request.invalid', errors: [
      { field: 'identity.givenName', code: 'not-blank', message: 'must not be blank' },
      { field: 'identity.givenName', code: 'pattern', message: 'must match' },
      { field: 'consents[0].givenOn', code: 'not-null', message: 'must not be null' }] };

    expect(fieldErrors(problem)).toEqual({ 'identity.givenName': 'must not be blank',
      'consents[0].givenOn': 'must not be null' });
  });

  it('a field error is worded by its code when a wording is given, else as the server wrote it', () => {
    const problem = { errors: [{ field: 'identity.dateOfBirth', code: 'not-null', message: 'must not be null' },
      { field: 'identity.sex', code: 'invalid', message: 'not a sex' }] };

    expect(fieldErrors(problem, {}, { 'not-null': 'Required.' }))
      .toEqual({ 'identity.dateOfBirth': 'Required.', 'identity.sex': 'not a sex' });
  });

  it('a problem whose code belongs to one field goes to that field', () => {
    const problem = { status: 409, code: 'patient.duplicate-hospital-identifier', detail: 'Already enrolled here.' };

    expect(fieldErrors(problem, { 'patient.duplicate-hospital-identifier': 'identity.hospitalIdentifier' }))
      .toEqual({ 'identity.hospitalIdentifier': 'Already enrolled here.' });
    expect(fieldErrors(undefined)).toEqual({});
  });
});
