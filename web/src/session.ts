/**
 * The signed-in user's session: the bearer token and who it is for. It lives in the tab's sessionStorage (gone when
 * the tab closes, never shared with other tabs, never in localStorage) and is dropped once the token has expired.
 */
export interface Session {
  token: string;
  username: string;
  displayName: string;
  /** Milliseconds since the epoch after which the token is no longer accepted. */
  expiresAt: number;
}

/** What a token endpoint answers (OAuth 2.0 token response). */
export interface TokenAnswer {
  access_token?: string;
  expires_in?: number;
  username?: string;
}

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'opencpms.session';

/** The session kept in {@code store}, unless there is none, it is unreadable or its token has expired. */
export function loadSession(store: SessionStore, now: number = Date.now()): Session | undefined {
  const kept = store.getItem(KEY);
  if (!kept) {
    return undefined;
  }
  try {
    const session = JSON.parse(kept) as Session;
    if (typeof session.token === 'string' && session.expiresAt > now) {
      return session;
    }
  } catch {
    // unreadable: dropped below
  }
  store.removeItem(KEY);
  return undefined;
}

/** Keeps the session that a token answer starts and returns it. */
export function startSession(store: SessionStore, answer: TokenAnswer, displayName: string,
                             now: number = Date.now()): Session {
  if (!answer.access_token || !answer.username || !answer.expires_in) {
    throw new Error('the token answer lacks access_token, username or expires_in');
  }
  const session: Session = { token: answer.access_token, username: answer.username, displayName,
    expiresAt: now + answer.expires_in * 1000 };
  store.setItem(KEY, JSON.stringify(session));
  return session;
}

/** Forgets the session (sign-out). */
export function endSession(store: SessionStore): void {
  store.removeItem(KEY);
}
