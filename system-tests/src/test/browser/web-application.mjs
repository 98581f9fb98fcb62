// The web application in a real browser (Debian's Chromium, driven by playwright-core), run by WebApplicationIT
// against the deployed EAR. Input: the JSON in the environment variable SCENARIO (see WebApplicationIT). It walks the
// screens as two training users, runs axe-core on each screen, keeps a screenshot of each, and prints one JSON report
// on stdout: {screens: [{user, name, heading, violations: [...], planted: [...]}], checks: [...]}. The Java test
// asserts on the report; this script fails (exit 1, reason on stderr) only when a screen does not appear at all.
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const scenario = JSON.parse(process.env.SCENARIO);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const report = { screens: [], checks: [] };
mkdirSync(scenario.screenshots, { recursive: true });

const browser = await chromium.launch({
  executablePath: scenario.chromium,
  timeout: 60_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

/** Waits for the screen whose main heading is {@code heading}, then checks it and keeps a screenshot. */
async function screen(page, user, name, heading, secrets) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[role=status]'), undefined, { timeout: 30_000 });
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

function check(name, passed, detail = '') {
  report.checks.push({ name, passed: Boolean(passed), detail: String(detail) });
}

async function signIn(page, username) {
  await page.goto(scenario.base + '/');
  await screen(page, username, '01-sign-in', 'Sign in', []);
  // by keyboard: the screen's heading has the focus; Tab reaches the account list, then the button
  await page.keyboard.press('Tab');
  check(`${username}: Tab from the heading reaches the account list`,
    await page.evaluate(() => document.activeElement?.id) === 'account');
  await page.getByLabel('Training account').selectOption(username);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  check(`${username}: the sign-in button follows the account list in keyboard order`, focused === 'Sign in', focused);
  await page.keyboard.press('Enter');
}

async function storedTokens(page) {
  return page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
}

try {
  const { panel, lead, other, secrets } = scenario;

  // The lead: signs in, sees their panels, opens the panel, sees their centre's patients (with identity: theirs).
  const leadContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const leadPage = await leadContext.newPage();
  await signIn(leadPage, lead);
  await screen(leadPage, lead, '02-my-panels', 'My panels', []);
  check(`${lead}: my panels list the panel`, await leadPage.getByRole('link', { name: panel.nickname }).count() === 1);
  await leadPage.getByRole('link', { name: panel.nickname }).click();
  await screen(leadPage, lead, '03-panel', `Panel ${panel.nickname}`, []);
  check(`${lead}: the panel page's address is the panel's`, leadPage.url().endsWith(`/panels/${panel.id}`), leadPage.url());
  await leadPage.getByRole('link', { name: 'Patients' }).click();
  await screen(leadPage, lead, '04-patients', /^Patients of /, []);
  const leadSees = await leadPage.content();
  const identities = scenario.leadIdentities;
  check(`${lead}: the enrolling professional sees the identity the API sends them`,
    identities.every(name => leadSees.includes(name)), identities.filter(name => !leadSees.includes(name)));
  const kept = await storedTokens(leadPage);
  check(`${lead}: the session is in sessionStorage only`, kept.local === 0 && kept.session === 1, JSON.stringify(kept));

  // A deep link (as in an e-mail) with a reload keeps the tab's session and opens the panel page.
  await leadPage.goto(`${scenario.base}/panels/${panel.id}`);
  await leadPage.getByRole('heading', { level: 1, name: `Panel ${panel.nickname}` }).waitFor({ timeout: 30_000 });
  check(`${lead}: a deep link to the panel opens its page`, true);

  // German, then sign-out.
  await leadPage.getByLabel('Language').selectOption('de');
  check(`${lead}: the screens speak German when chosen`,
    await leadPage.getByRole('heading', { level: 1, name: `Panel ${panel.nickname}` }).count() === 1
      && await leadPage.getByRole('button', { name: 'Abmelden' }).count() === 1);
  await leadPage.getByRole('button', { name: 'Abmelden' }).click();
  await leadPage.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor({ timeout: 30_000 });
  const afterSignOut = await storedTokens(leadPage);
  check(`${lead}: sign-out forgets the token`, afterSignOut.local === 0 && afterSignOut.session === 0,
    JSON.stringify(afterSignOut));

  // Another user, member of the same panel: the same screens never show the patient's identity.
  const otherContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, other);
  await screen(otherPage, other, '02-my-panels', 'My panels', secrets);
  await otherPage.getByRole('link', { name: panel.nickname }).click();
  await screen(otherPage, other, '03-panel', `Panel ${panel.nickname}`, secrets);
  await otherPage.getByRole('link', { name: 'Patients' }).click();
  await screen(otherPage, other, '04-patients', /^Patients of /, secrets);
  await otherPage.goto(`${scenario.base}/panels/${panel.id}`);
  await screen(otherPage, other, '05-panel-deep-link', `Panel ${panel.nickname}`, secrets);
} catch (failure) {
  console.error(failure);
  process.exitCode = 1;
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
}
