import { describe, expect, it } from 'vitest';
import { accessRequestBody, coordinatedErns, ERNS, type AccessForm } from './access';
import type { Schemas } from './api/client';

describe('access requests', () => {
  it('a user decides the requests of the ERNs where they are coordinator, and no other', () => {
    const me = { grants: [{ role: 'COORDINATOR', ern: 'ERKNET', centre: 'c1' }, { role: 'HEALTH_PROFESSIONAL',
      ern: 'RND', centre: 'c1' }, { role: 'COORDINATOR', ern: 'ERKNET', centre: 'c2' }, { role: 'COORDINATOR',
      ern: 'ITHACA' }] } satisfies Schemas['MeJson'];

    expect(coordinatedErns(me)).toEqual(['ERKNET', 'ITHACA']);
    expect(coordinatedErns({})).toEqual([]);
  });

  const form: AccessForm = { ern: 'RND', centre: 'c1', roles: ['HEALTH_PROFESSIONAL'], motivation: '  ',
    displayName: 'Dr A', email: ' a@example.org ', country: 'pt' };

  it('a newcomer sends their name, e-mail and country; an empty motivation is left for the server to name', () => {
    expect(accessRequestBody(form, true)).toEqual({ ern: 'RND', centre: 'c1', roles: ['HEALTH_PROFESSIONAL'],
      motivation: undefined, displayName: 'Dr A', email: 'a@example.org', country: 'PT' });
  });

  it('a registered user sends no registration details', () => {
    expect(accessRequestBody({ ...form, motivation: 'Neurologist' }, false)).toEqual({ ern: 'RND', centre: 'c1',
      roles: ['HEALTH_PROFESSIONAL'], motivation: 'Neurologist' });
  });

  it('every ERN of the server is offered once', () => {
    expect(new Set(ERNS).size).toBe(24);
  });
});
