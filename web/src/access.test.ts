import { describe, expect, it } from 'vitest';
import { accessRequestBody, coordinatedErns, networkName, type AccessForm } from './access';
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

  it('a network is named by its short code and full name, by its API name until the networks are read', () => {
    const networks: Schemas['NetworkJson'][] = [{ ern: 'ERKNET', code: 'ERKNet',
      name: 'European Rare Kidney Disease Reference Network' }];

    expect(networkName(networks, 'ERKNET')).toBe('ERKNet (European Rare Kidney Disease Reference Network)');
    expect(networkName(undefined, 'ERKNET')).toBe('ERKNET');
    expect(networkName(networks, undefined)).toBe('');
  });
});
