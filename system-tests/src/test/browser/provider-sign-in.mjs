// Sign-in at the OpenID Connect provider in a real browser (Debian's Chromium, driven by playwright-core), run by
// ProviderSignInIT against the deployed EAR while CodeFlowProvider runs npm's oidc-provider for the server's issuer.
// Input: the JSON in the environment variable SCENARIO: {base, chromium, screenshots, login, name, issuer, clientId,
// tokenEndpoint}. A user signs in through the provider's login page (the authorization code flow with PKCE), lands on
// "my panels" with their name shown, the access token is renewed before it expires (the provider's tokens live a few
// seconds), they sign out at the provider and are back on the sign-in screen, where the tab keeps no token, the
// provider refuses the old refresh token and the server refuses the old access token once it has expired. Prints one
// JSON report on stdout: {screens: [{user, name, heading, violations}], checks: [{name, passed, detail}]}.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const scenario = JSON.parse(process.env.SCENARIO);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const report = { screens: [], checks: [] };
const userKey = `oidc.user:${scenario.issuer}:${scenario.clientId}`;
mkdirSync(scenario.screenshots, { recursive: true });

function check(name, passed, detail = '') {
  report.checks.push({ name, passed: Boolean(passed), detail: String(detail) });
}

/** Waits for the application's screen whose main heading is {@code heading}, checks it with axe-core, keeps a screenshot. */
async function screen(page, name, heading) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[role=status]:not(.done)'), undefined, { timeout: 30_000 });
  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  report.screens.push({ user: scenario.login, name, heading: await page.getByRole('heading', { level: 1 }).innerText(),
    violations: axe.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help })) });
  await page.screenshot({ path: `${scenario.screenshots}/${scenario.login}-${name}.png`, fullPage: true });
}

/** What oidc-client-ts keeps of the user in the tab (sessionStorage), or null. */
const keptUser = page => page.evaluate(key => JSON.parse(sessionStorage.getItem(key)), userKey);

/** The server's answer to GET /api/me with {@code token}. */
const me = (page, token) => page.evaluate(async token =>
  (await fetch('/api/me', { headers: { Authorization: `Bearer ${token}` } })).status, token);

const browser = await chromium.launch({
  executablePath: scenario.chromium, timeout: 60_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await page.goto(scenario.base + '/');
  await screen(page, '01-sign-in', 'Sign in');
  await page.getByRole('button', { name: "Sign in with your organisation's account" }).click();

  await page.locator('input[name=login]').waitFor({ timeout: 30_000 });
  check('the sign-in page is the provider\'s', new URL(page.url()).port === String(scenario.providerPort), page.url());
  await page.screenshot({ path: `${scenario.screenshots}/${scenario.login}-02-provider-login.png`, fullPage: true });
  await page.locator('input[name=login]').fill(scenario.login);
  await page.locator('input[name=password]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();

  await screen(page, '03-my-panels', 'My panels');
  check('back at the application\'s own address, without the code in it', page.url() === scenario.base + '/', page.url());
  const shown = await page.getByText(`Signed in as ${scenario.name}`).count();
  check('the user\'s name from the provider is shown', shown === 1, shown);
  const first = await keptUser(page);
  check('the tab keeps an access token and a refresh token', first?.access_token && first?.refresh_token,
    Object.keys(first ?? {}));
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  check('no token is in localStorage', !local.includes(first.access_token) && !local.includes(first.refresh_token)
    && !local.includes('token'), local);

  // renewal: a new access token arrives before the first one expires, and the server takes it
  await page.waitForFunction(([key, old]) => JSON.parse(sessionStorage.getItem(key) ?? '{}').access_token !== old,
    [userKey, first.access_token], { timeout: (scenario.tokenSeconds + 30) * 1000 });
  const renewed = await keptUser(page);
  check('the access token is renewed before it expires', Date.now() / 1000 < first.expires_at,
    `renewed at ${Date.now() / 1000}, the first expired at ${first.expires_at}`);
  check('the renewed token is later and the server accepts it', renewed.expires_at > first.expires_at
    && await me(page, renewed.access_token) === 200, renewed.expires_at);
  await page.getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  check('the screens keep working with the renewed token', await page.getByText('Signed in as').count() === 1);

  // sign-out at the provider, back to the sign-in screen
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Yes, sign me out' }).click({ timeout: 30_000 });
  await screen(page, '04-signed-out', 'Sign in');
  check('the tab keeps no session after sign-out', await keptUser(page) === null
    && await page.evaluate(() => sessionStorage.getItem('opencpms.session')) === null);
  await page.reload();
  await screen(page, '05-reloaded', 'Sign in');
  const refresh = await page.evaluate(async ({ endpoint, clientId, token }) => (await fetch(endpoint, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: clientId, refresh_token: token }),
  })).status, { endpoint: scenario.tokenEndpoint, clientId: scenario.clientId, token: renewed.refresh_token });
  check('the provider refuses the old refresh token', refresh === 400, refresh);
  // the server verifies JWTs itself: the old access token stops working when it expires (30 s of clock skew)
  const deadline = (renewed.expires_at + 45) * 1000;
  let status = await me(page, renewed.access_token);
  while (status !== 401 && Date.now() < deadline) {
    await page.waitForTimeout(2_000);
    status = await me(page, renewed.access_token);
  }
  check('the server refuses the old access token once it has expired', status === 401, status);
} catch (error) {
  check('the walk finished', false, error.stack);
  const [page] = browser.contexts().flatMap(context => context.pages());
  await page?.screenshot({ path: `${scenario.screenshots}/${scenario.login}-failed.png`, fullPage: true });
  console.error(`stopped at ${page?.url()}: ${error.stack}`);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
