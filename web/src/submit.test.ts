import { describe, expect, it } from 'vitest';
import { fieldErrors } from './api/problem';

describe('field errors of a problem', () => {
  it('are keyed by the field path, the first message of each field kept', () => {
    const problem = { code: 'request.invalid', errors: [
      { field: 'identity.givenName', code: 'NotBlank', message: 'must not be blank' },
      { field: 'identity.givenName', code: 'Pattern', message: 'must match' },
      { field: 'consents[0].givenOn', code: 'NotNull', message: 'must not be null' }] };

    expect(fieldErrors(problem)).toEqual({ 'identity.givenName': 'must not be blank',
      'consents[0].givenOn': 'must not be null' });
  });

  it('a problem whose code belongs to one field goes to that field', () => {
    const problem = { status: 409, code: 'patient.duplicate-hospital-identifier', detail: 'Already enrolled here.' };

    expect(fieldErrors(problem, { 'patient.duplicate-hospital-identifier': 'identity.hospitalIdentifier' }))
      .toEqual({ 'identity.hospitalIdentifier': 'Already enrolled here.' });
    expect(fieldErrors(undefined)).toEqual({});
  });
});
