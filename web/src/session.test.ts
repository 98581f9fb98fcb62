import { describe, expect, it } from 'vitest';
import { endSession, loadSession, sessionOf, startSession } from './session';
import { memoryStorage as store } from './memoryStorage';

const answer = { access_token: 'eyJ.token', token_type: 'Bearer', expires_in: 3600, username: 'hp.berlin' };

describe('the session', () => {
  it('a token answer starts a session that the same tab finds again until the token expires', () => {
    const tab = store();
    const session = startSession(tab, answer, 'Health professional Berlin', 1_000);

    expect(session).toEqual({ token: 'eyJ.token', username: 'hp.berlin', displayName: 'Health professional Berlin',
      expiresAt: 3_601_000, via: 'training' });
    expect(loadSession(tab, 3_600_999)).toEqual(session);
    expect(loadSession(tab, 3_601_000)).toBeUndefined();
    expect(tab.length).toBe(0);
  });

  it('sign-out forgets the session', () => {
    const tab = store();
    startSession(tab, answer, 'Health professional Berlin', 0);

    endSession(tab);

    expect(loadSession(tab, 1)).toBeUndefined();
  });

  it('an unreadable kept session is dropped rather than trusted', () => {
    const tab = store();
    tab.setItem('opencpms.session', '{not json');

    expect(loadSession(tab)).toBeUndefined();
    expect(tab.length).toBe(0);
  });

  it('a token answer without a token is refused', () => {
    expect(() => startSession(store(), { username: 'hp.berlin', expires_in: 60 }, 'x')).toThrow(/access_token/);
  });

  it('a sign-in at the provider names the user as the provider does, with the access token and its expiry', () => {
    const session = sessionOf({ access_token: 'eyJ.provider', expires_at: 1_700_000_000,
      profile: { sub: '0c1d', name: 'Dr Anna Weber', preferred_username: 'a.weber' } });

    expect(session).toEqual({ token: 'eyJ.provider', username: 'a.weber', displayName: 'Dr Anna Weber',
      expiresAt: 1_700_000_000_000, via: 'provider' });
  });

  it('a provider that sends no name is shown by the subject it names the user with', () => {
    const session = sessionOf({ access_token: 'eyJ.provider', expires_at: 1, profile: { sub: '0c1d' } });

    expect([session.username, session.displayName]).toEqual(['0c1d', '0c1d']);
  });

  it('a sign-in at the provider without an expiry is refused rather than kept forever', () => {
    expect(() => sessionOf({ access_token: 'eyJ.provider', profile: { sub: '0c1d' } })).toThrow(/expiry/);
  });
});
