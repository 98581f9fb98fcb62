import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { Schemas } from './api/client';
import { sessionOf, type Session } from './session';

/**
 * Sign-in at the OpenID Connect provider the server names (GET /api/sign-in) with oidc-client-ts: the authorization
 * code flow with PKCE for a public client, back to the application's own address. Tokens, the PKCE verifier and the
 * state are kept in the tab's sessionStorage only (never localStorage). The access token is renewed with the refresh
 * token before it expires ({@link RENEW_BEFORE_SECONDS}); sign-out revokes the refresh token and, where the provider
 * offers it, ends the session there (end_session_endpoint). Loaded only when a provider is configured, so that training
 * mode's first screen does not carry it.
 */
export type Provider = Schemas['IdentityProviderJson'];

/** Seconds before the access token expires at which it is renewed. */
export const RENEW_BEFORE_SECONDS = 30;

/** What the application does with the provider: sign in, come back from it, follow the session, sign out. */
export interface ProviderSignIn {
  /** Leaves for the provider's sign-in page; {@code returnTo} is the address shown once back. */
  signIn(returnTo: string): Promise<void>;
  /** The session after coming back from the provider (the code in the address) or kept in the tab, if any. */
  resume(address: URL): Promise<{ session?: Session; returnTo?: string }>;
  /** Calls {@code changed} with each renewed session, and with nothing when the session is lost. */
  follow(changed: (session?: Session) => void): void;
  /** Revokes the tokens and ends the session at the provider (which comes back to the application) or here. */
  signOut(): Promise<void>;
  /** Forgets the session in this tab only (the server refused the token). */
  forget(): Promise<void>;
}

export function providerSignIn(provider: Provider, origin: string = location.origin,
                               store: Storage = sessionStorage): ProviderSignIn {
  const home = `${origin}/`;
  const manager = new UserManager({
    authority: provider.issuer, client_id: provider.clientId, scope: provider.scope, response_type: 'code',
    redirect_uri: home, post_logout_redirect_uri: home,
    userStore: new WebStorageStateStore({ store }), stateStore: new WebStorageStateStore({ store }),
    automaticSilentRenew: true, accessTokenExpiringNotificationTimeInSeconds: RENEW_BEFORE_SECONDS,
    loadUserInfo: false,
  });
  return {
    signIn: returnTo => manager.signinRedirect({ state: returnTo }),
    async resume(address) {
      if (address.searchParams.has('code') && address.searchParams.has('state')) {
        const user = await manager.signinRedirectCallback(address.href);
        return { session: sessionOf(user), returnTo: typeof user.state === 'string' ? user.state : '/' };
      }
      const kept = await manager.getUser();
      return { session: kept && !kept.expired ? sessionOf(kept) : undefined };
    },
    follow(changed) {
      manager.events.addUserLoaded(user => changed(sessionOf(user)));
      manager.events.addUserUnloaded(() => changed(undefined));
      manager.events.addAccessTokenExpired(() => changed(undefined));
      manager.events.addSilentRenewError(() => void manager.removeUser());
    },
    async signOut() {
      // the refresh token is what could renew the session: revoked where the provider can (a JWT access token
      // cannot be revoked at most providers, and the API verifies it without asking them)
      await manager.revokeTokens(['refresh_token']).catch(() => undefined);
      const metadata = await manager.metadataService.getMetadata();
      if (metadata.end_session_endpoint) {
        await manager.signoutRedirect();
      } else {
        await manager.removeUser();
      }
    },
    forget: () => manager.removeUser(),
  };
}
