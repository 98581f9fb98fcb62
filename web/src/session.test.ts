import { describe, expect, it } from 'vitest';
import { endSession, loadSession, startSession } from './session';

/** An in-memory Storage, as the tab's sessionStorage would be. */
function store(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: key => items.get(key) ?? null,
    key: index => [...items.keys()][index] ?? null,
    removeItem: key => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const answer = { access_token: 'eyJ.token', token_type: 'Bearer', expires_in: 3600, username: 'hp.berlin' };

describe('the session', () => {
  it('a token answer starts a session that the same tab finds again until the token expires', () => {
    const tab = store();
    const session = startSession(tab, answer, 'Health professional Berlin', 1_000);

    expect(session).toEqual({ token: 'eyJ.token', username: 'hp.berlin', displayName: 'Health professional Berlin',
      expiresAt: 3_601_000 });
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
});
