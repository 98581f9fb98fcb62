import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { providerSignIn } from './oidc';
import { memoryStorage as store } from './memoryStorage';

const provider = { issuer: 'https://login.example.eu/realms/ern', clientId: 'opencpms-web', scope: 'openid profile' };
const kept = `oidc.user:${provider.issuer}:${provider.clientId}`;

function user(expiresAt: number): string {
  return new User({ access_token: 'eyJ.access', refresh_token: 'refresh', token_type: 'Bearer', scope: 'openid',
    expires_at: expiresAt, profile: { sub: '0c1d', name: 'Dr Anna Weber', iss: provider.issuer, aud: 'opencpms-web',
      exp: expiresAt, iat: 0 } }).toStorageString();
}

describe('the sign-in at the provider', () => {
  it('a reload finds the session the tab keeps, named as the provider names the user', async () => {
    const tab = store();
    tab.setItem(kept, user(Math.floor(Date.now() / 1000) + 300));

    const { session, returnTo } = await providerSignIn(provider, 'https://cpms.example', tab)
      .resume(new URL('https://cpms.example/panels/1'));

    expect(session).toMatchObject({ token: 'eyJ.access', username: '0c1d', displayName: 'Dr Anna Weber',
      via: 'provider' });
    expect(returnTo).toBeUndefined();
  });

  it('an expired session kept in the tab is not resumed', async () => {
    const tab = store();
    tab.setItem(kept, user(Math.floor(Date.now() / 1000) - 1));

    const { session } = await providerSignIn(provider, 'https://cpms.example', tab).resume(new URL('https://cpms.example/'));

    expect(session).toBeUndefined();
  });

  it('forgetting the session removes it from the tab', async () => {
    const tab = store();
    tab.setItem(kept, user(Math.floor(Date.now() / 1000) + 300));

    await providerSignIn(provider, 'https://cpms.example', tab).forget();

    expect(tab.getItem(kept)).toBeNull();
  });
});
