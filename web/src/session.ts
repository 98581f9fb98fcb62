/**
 * The signed-in user's session: the bearer token and who it is for. It lives in the tab's sessionStorage (gone when
 * the tab closes, never shared with other tabs, never in localStorage) and is dropped once the token has expired.
 * A training session is kept here; an OpenID Connect session is kept by oidc-client-ts (also in sessionStorage, see
 * oidc.ts) and mapped by {@link sessionOf}.
 */
export interface Session {
  token: string;
  username: string;
  displayName: string;
  /** Milliseconds since the epoch after which the token is no longer accepted. */
  expiresAt: number;
  /** How the user signed in: with a training account, or at the OpenID Connect provider. */
  via: 'training' | 'provider';
}

/** What an OpenID Connect sign-in gives (the part of oidc-client-ts's User a session needs). */
export interface ProviderUser {
  access_token: string;
  /** Seconds since the epoch. */
  expires_at?: number;
  profile: { sub: string; name?: string; preferred_username?: string };
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
    expiresAt: now + answer.expires_in * 1000, via: 'training' };
  store.setItem(KEY, JSON.stringify(session));
  return session;
}

/** Forgets the session (sign-out). */
export function endSession(store: SessionStore): void {
  store.removeItem(KEY);
}

/** The session of a user signed in at the OpenID Connect provider: named as the provider names them. */
export function sessionOf(user: ProviderUser): Session {
  if (!user.access_token || !user.expires_at) {
    throw new Error('the provider gave no access token or no expiry');
  }
  const username = user.profile.preferred_username ?? user.profile.sub;
  return { token: user.access_token, username, displayName: user.profile.name ?? username,
    expiresAt: user.expires_at * 1000, via: 'provider' };
}
