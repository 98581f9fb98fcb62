// What the browser scripts share (panel-page.mjs): the report they print, a checked screen (axe-core, the planted
// values in its HTML, a screenshot), the training sign-in, forged requests with the page's own token, and waiting until
// the page's forms are idle, and what a walk that stopped leaves behind.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const scenario = JSON.parse(process.env.SCENARIO);
export const report = { screens: [], checks: [] };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
mkdirSync(scenario.screenshots, { recursive: true });

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function check(name, passed, detail = '') {
  report.checks.push({ name, passed: Boolean(passed), detail: String(detail) });
}

/** Waits for the screen whose main heading is {@code heading}, then checks it and keeps a screenshot. */
export async function screen(page, user, name, heading, secrets = scenario.secrets ?? []) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[role=status]:not(.done)'), undefined, { timeout: 30_000 });
  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const html = await page.content();
  report.screens.push({
    user, name, heading: await page.getByRole('heading', { level: 1 }).innerText(),
    violations: axe.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map(node => node.target.join(' ')) })),
    planted: secrets.filter(secret => html.includes(secret)),
  });
  await page.screenshot({ path: `${scenario.screenshots}/${user}-${name}.png`, fullPage: true });
}

/**
 * A new page of a fresh browser context, signed in as the training account {@code user}, at their home screen (its
 * heading {@code home}: "My panels", a platform operator's "Centres").
 */
export async function signedIn(browser, user, options, home = 'My panels') {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(scenario.base + '/');
  await page.getByLabel('Training account').selectOption(user);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: home }).waitFor({ timeout: 30_000 });
  return page;
}

/**
 * The names of the navigation's links that a phone-sized window (390 × 844) does not show whole: cut off at its
 * edges, pushed out of it, or hidden; none when all fit. The page's window size is restored afterwards.
 */
export async function navCutOffOnAPhone(page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const links = page.locator('header nav a');
  await links.first().waitFor({ timeout: 30_000 });
  const cutOff = await links.evaluateAll(all => all.filter(link => {
    const box = link.getBoundingClientRect();
    return box.width === 0 || box.height === 0 || box.left < 0 || box.right > document.documentElement.clientWidth
      || getComputedStyle(link).visibility !== 'visible';
  }).map(link => link.textContent));
  const count = await links.count();
  await page.setViewportSize(before);
  return { count, cutOff };
}

/** A request the screens do not offer, sent with the page's own token: its status and body. */
export async function forge(page, method, path, body, headers = {}) {
  return page.evaluate(async ({ method, path, body, headers }) => {
    const { token } = JSON.parse(sessionStorage.getItem('opencpms.session'));
    const answer = await fetch(path, { method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers } });
    return { status: answer.status, body: await answer.text() };
  }, { method, path, body, headers });
}

/** Waits until no request of the page's forms is running (their progress notes are role=status). */
export async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('[role=status] .spinner'), undefined, { timeout: 30_000 });
}

/**
 * A new page of a fresh browser context whose tab holds a session with {@code token} (a token of the identity
 * provider, as a sign-in there leaves it), at the application's home screen.
 */
export async function withToken(browser, token, username, displayName) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(scenario.base + '/');
  await page.evaluate(session => sessionStorage.setItem('opencpms.session', JSON.stringify(session)),
    { token, username, displayName, expiresAt: Date.now() + 30 * 60_000, via: 'training' });
  await page.goto(scenario.base + '/');
  return page;
}

/** Reloads the page until {@code locator} shows (what the server delivers after a commit, such as a notification). */
export async function reloadUntil(page, locator, seconds = 30) {
  for (let waited = 0; ; waited += 2) {
    await page.waitForFunction(() => !document.querySelector('[role=status]:not(.done)'), undefined, { timeout: 30_000 });
    if (await locator.count() > 0 || waited >= seconds) return;
    await new Promise(resolve => setTimeout(resolve, 2000));
    await page.reload();
  }
}

/**
 * A walk that stopped on {@code failure}: the script fails, and what every open page showed is kept (a screenshot
 * failure-<n>.png, and its address and text in the log).
 */
export async function walkStopped(browser, failure) {
  console.error(failure);
  process.exitCode = 1;
  for (const [index, open] of browser.contexts().flatMap(context => context.pages()).entries()) {
    await open.screenshot({ path: `${scenario.screenshots}/failure-${index}.png`, fullPage: true }).catch(() => undefined);
    console.error(`page ${index} at ${open.url()}:`, await open.locator('main').innerText().catch(String));
  }
}
