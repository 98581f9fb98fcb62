// A real OpenID Connect provider for the browser tests: npm's certified oidc-provider, run by CodeFlowProvider
// (system-tests, Java) for the web application's sign-in (the authorization code flow with PKCE, refresh tokens, revocation,
// RP-initiated logout). Input: the JSON in the environment variable PROVIDER:
//     {issuer, port, key (a private RSA JWK), clientId, redirectUri, audience, accessTokenSeconds, names: {login: name}}.
// It listens on 127.0.0.1:<port> only, in TestIdentityProvider's place (same issuer, same address, same JWKS address),
// signs with the given key (TestIdentityProvider's, which the server under test trusts for that issuer), accepts any
// login with any password on its own login page (oidc-provider's development interactions) and grants the client at
// once (no consent page). Access tokens are JWTs for the audience, valid accessTokenSeconds, with the user's name. It
// prints "listening" once it answers, and stops by itself when its standard input closes (the test JVM ended) or after
// 15 minutes.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.env.PROVIDER);
const RESOURCE = 'urn:opencpms:api';
const nameOf = login => settings.names?.[login] ?? login;

const provider = new Provider(settings.issuer, {
  clients: [{
    client_id: settings.clientId, token_endpoint_auth_method: 'none', application_type: 'web',
    redirect_uris: [settings.redirectUri], post_logout_redirect_uris: [settings.redirectUri],
    grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
  }],
  jwks: { keys: [settings.key] },
  cookies: { keys: ['opencpms-browser-test-only'] },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
  findAccount: (ctx, login) => ({
    accountId: login,
    claims: async () => ({ sub: login, name: nameOf(login), preferred_username: login }),
  }),
  features: {
    devInteractions: { enabled: true },
    revocation: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'openid profile', audience: settings.audience, accessTokenTTL: settings.accessTokenSeconds,
        accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  extraTokenClaims: async (ctx, token) => token.kind === 'AccessToken'
    ? { name: nameOf(token.accountId), preferred_username: token.accountId } : undefined,
  // the web application is this provider's own client: granted at once, as a hospital's provider would
  loadExistingGrant: async ctx => {
    const { Grant } = ctx.oidc.provider;
    const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) {
      return Grant.find(existing);
    }
    const grant = new Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile');
    grant.addResourceScope(RESOURCE, 'openid profile');
    await grant.save();
    return grant;
  },
  routes: { jwks: '/jwks.json' },
  ttl: { Session: 900, Interaction: 900, Grant: 900, RefreshToken: 900, IdToken: 900 },
});

// mounted at the issuer's path (/idp), as the provider it stands in for: discovery, endpoints and the JWKS
// (/idp/jwks.json, the address the server under test fetches keys from) all live under the issuer
const mount = new URL(settings.issuer).pathname;
const answer = provider.callback();
const server = createServer((request, response) => {
  if (!request.url.startsWith(`${mount}/`)) {
    response.writeHead(404).end();
    return;
  }
  request.originalUrl = request.url;
  request.url = request.url.slice(mount.length);
  answer(request, response);
}).listen(settings.port, '127.0.0.1', () => console.log('listening'));
const stop = () => server.close(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
setTimeout(stop, 15 * 60_000).unref();
