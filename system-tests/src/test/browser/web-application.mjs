// The web application in a real browser (Debian's Chromium, driven by playwright-core), run by WebApplicationIT
// against the deployed EAR. Input: the JSON in the environment variable SCENARIO (see WebApplicationIT). It walks the
// screens as three training users, runs axe-core on each screen, keeps a screenshot of each, and prints one JSON report
// on stdout: {screens: [{user, name, heading, violations: [...], planted: [...]}], checks: [...]}. The Java test
// asserts on the report; this script fails (exit 1, reason on stderr) only when a screen does not appear at all.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { navCutOffOnAPhone } from './screens.mjs';

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

function check(name, passed, detail = '') {
  report.checks.push({ name, passed: Boolean(passed), detail: String(detail) });
}

async function signIn(page, username, name = '01-sign-in') {
  await page.goto(scenario.base + '/');
  await screen(page, username, name, 'Sign in', []);
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

/** The token of the page's session, as a forger would take it to send requests the screens do not offer. */
async function forge(page, method, path, body) {
  return page.evaluate(async ({ method, path, body }) => {
    const { token } = JSON.parse(sessionStorage.getItem('opencpms.session'));
    const answer = await fetch(path, { method, body: JSON.stringify(body),
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } });
    return answer.status;
  }, { method, path, body });
}

/** Counts the requests of {@code method} whose path ends with {@code suffix} from now on. */
function counting(page, method, suffix) {
  const seen = { count: 0 };
  page.on('request', request => {
    if (request.method() === method && new URL(request.url()).pathname.endsWith(suffix)) seen.count++;
  });
  return seen;
}

/** Waits until no request of the page's forms is running (their progress notes are role=status). */
async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('[role=status] .spinner'), undefined, { timeout: 30_000 });
}

try {
  const { panel, signing, selecting, assessing, closed, lead, other, coordinator, secrets, newcomer } = scenario;
  const allSecrets = [...secrets, newcomer.givenName, newcomer.familyName, newcomer.hospitalIdentifier,
    newcomer.dateOfBirth, new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })
      .format(new Date(newcomer.dateOfBirth))];

  // The lead: signs in, sees their panels, opens the panel and comments in its timeline (the request held back until
  // its progress has been checked, however slow the machine; a double click sends one comment).
  const leadContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const leadPage = await leadContext.newPage();
  await signIn(leadPage, lead);
  await screen(leadPage, lead, '02-my-panels', 'My panels', []);
  check(`${lead}: my panels list the panel`, await leadPage.getByRole('link', { name: panel.nickname }).count() === 1);
  await leadPage.getByRole('link', { name: panel.nickname }).click();
  await screen(leadPage, lead, '03-panel', `Panel ${panel.nickname}`, []);
  check(`${lead}: the panel page's address is the panel's`, leadPage.url().endsWith(`/panels/${panel.id}`), leadPage.url());
  const comments = counting(leadPage, 'POST', '/timeline');
  let release;
  const checked = new Promise(resolve => { release = resolve; });
  await leadPage.route('**/api/panels/*/timeline', async route => {
    await checked;
    await route.continue();
  });
  await leadPage.getByLabel('Your comment').fill(scenario.leadComment);
  await leadPage.getByRole('button', { name: 'Post comment' }).dblclick();
  const busy = leadPage.getByRole('button', { name: 'Posting…' });
  await busy.waitFor({ timeout: 10_000 });
  check(`${lead}: while the comment is sent, its button is disabled and progress is shown`,
    await busy.isDisabled() && await leadPage.getByRole('status').filter({ hasText: 'Sending to the server' }).count() === 1);
  await leadPage.screenshot({ path: `${scenario.screenshots}/${lead}-03b-panel-posting.png`, fullPage: true });
  release();
  await leadPage.locator('.timeline li', { hasText: scenario.leadComment }).first().waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await leadPage.unroute('**/api/panels/*/timeline');
  check(`${lead}: a double click posts one comment`, comments.count === 1
    && await leadPage.locator('.timeline li', { hasText: scenario.leadComment }).count() === 1, comments.count);
  check(`${lead}: the comment field is empty again`, await leadPage.getByLabel('Your comment').inputValue() === '');
  await leadPage.getByLabel('Message').fill(scenario.leadChat);
  await leadPage.getByRole('button', { name: 'Send', exact: true }).click();
  await leadPage.locator('.chat li', { hasText: scenario.leadChat }).waitFor({ timeout: 30_000 });
  await settled(leadPage);
  check(`${lead}: the chat message comes back through the live stream once`,
    await leadPage.locator('.chat li', { hasText: scenario.leadChat }).count() === 1);
  await screen(leadPage, lead, '04-panel-commented', `Panel ${panel.nickname}`, []);

  // A panel at sign-off: the lead drafts the outcome; finalising is offered once there is a draft.
  await leadPage.goto(`${scenario.base}/panels/${signing.id}`);
  await leadPage.getByRole('heading', { level: 1, name: `Panel ${signing.nickname}` }).waitFor({ timeout: 30_000 });
  const finaliseBefore = await leadPage.getByRole('button', { name: 'Finalise the outcome' }).count();
  await leadPage.getByLabel('Conclusion').fill(scenario.conclusion);
  await leadPage.getByLabel('Recommendations').fill('Genetic testing of COL4A5.');
  await leadPage.getByLabel('Treatment plan').fill('ACE inhibitor.');
  await leadPage.getByRole('button', { name: 'Save the draft' }).click();
  await leadPage.getByText(/^Draft of /).waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '04b-outcome-drafted', `Panel ${signing.nickname}`, []);
  check(`${lead}: finalising is offered once the outcome is drafted, not before`, finaliseBefore === 0
    && await leadPage.getByRole('button', { name: 'Finalise the outcome' }).count() === 1);

  // The outcome as the server prints it: a PDF file naming the patient by nickname.
  const [download] = await Promise.all([leadPage.waitForEvent('download', { timeout: 30_000 }),
    leadPage.getByRole('button', { name: 'Download the outcome (PDF)' }).click()]);
  const pdfPath = `${scenario.screenshots}/${lead}-outcome.pdf`;
  await download.saveAs(pdfPath);
  await settled(leadPage);
  // NFKC: the PDF sets "fl", "ff" and "fi" as the font's ligatures, which pdftotext gives back as U+FB02 etc.
  // (a nickname such as fluffy-seahorse reads as two ligatures otherwise; Pdfs.java does the same)
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).normalize('NFKC');
  check(`${lead}: the outcome downloads as a PDF naming the patient's nickname`,
    readFileSync(pdfPath).subarray(0, 5).toString('latin1') === '%PDF-' && pdfText.includes(signing.nickname)
      && download.suggestedFilename() === `outcome-${signing.nickname}.pdf`, download.suggestedFilename());

  // A panel in selection: the lead invites the expert from the lead ERN's experts (inviting nobody first: the error
  // appears next to the list).
  await leadPage.goto(`${scenario.base}/panels/${selecting.id}`);
  await leadPage.getByRole('heading', { level: 1, name: `Panel ${selecting.nickname}` }).waitFor({ timeout: 30_000 });
  await leadPage.locator(`#invitee option[value="${scenario.otherId}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  await leadPage.getByRole('button', { name: 'Invite', exact: true }).click();
  await leadPage.locator('#invitee-error').waitFor({ timeout: 30_000 });
  await settled(leadPage);
  check(`${lead}: inviting nobody shows the error next to the list of experts`,
    await leadPage.getByLabel('Expert to invite').getAttribute('aria-invalid') === 'true');
  await leadPage.getByLabel('Expert to invite').selectOption(scenario.otherId);
  await screen(leadPage, lead, '04c-invite', `Panel ${selecting.nickname}`, []);
  await leadPage.getByRole('button', { name: 'Invite', exact: true }).click();
  await leadPage.locator('.invitations li', { hasText: 'Pending' }).waitFor({ timeout: 30_000 });
  await settled(leadPage);
  check(`${lead}: the invited expert is listed as pending and no longer offered`,
    await leadPage.locator(`#invitee option[value="${scenario.otherId}"]`).count() === 0);

  // A closed panel: the lead rates how useful it was.
  await leadPage.goto(`${scenario.base}/panels/${closed.id}`);
  await leadPage.getByRole('heading', { level: 1, name: `Panel ${closed.nickname}` }).waitFor({ timeout: 30_000 });
  await leadPage.getByLabel('4', { exact: true }).check();
  await leadPage.getByRole('button', { name: 'Rate the panel' }).click();
  await leadPage.getByText('Rated 4 of 5').waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '04d-usefulness-rated', `Panel ${closed.nickname}`, []);

  // The centre's patients, a page at a time, with the identity the API sends the enrolling professional.
  await leadPage.getByRole('link', { name: 'Patients' }).click();
  await screen(leadPage, lead, '05-patients', /^Patients of /, []);
  const leadSees = await leadPage.content();
  const identities = scenario.leadIdentities;
  check(`${lead}: the enrolling professional sees the identity the API sends them`,
    identities.every(name => leadSees.includes(name)), identities.filter(name => !leadSees.includes(name)));
  const firstRow = await leadPage.locator('tbody th').first().innerText();
  await leadPage.getByRole('button', { name: 'Next page' }).click();
  await leadPage.getByText('Page 2', { exact: true }).waitFor({ timeout: 30_000 });
  await screen(leadPage, lead, '06-patients-page-2', /^Patients of /, []);
  check(`${lead}: the next page lists other patients`, await leadPage.locator('tbody th').first().innerText() !== firstRow);
  await leadPage.getByRole('button', { name: 'Previous page' }).click();
  await leadPage.getByText('Page 1', { exact: true }).waitFor({ timeout: 30_000 });
  check(`${lead}: the previous page is the first again`, await leadPage.locator('tbody th').first().innerText() === firstRow);

  // Enrolment: an empty form gets the server's field errors next to the fields; then a complete one enrols.
  await leadPage.getByRole('button', { name: 'Enrol a patient' }).click();
  await leadPage.getByRole('button', { name: 'Enrol', exact: true }).click();
  await leadPage.locator('#givenName-error').waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '07-enrol-field-errors', /^Patients of /, []);
  const invalid = await leadPage.evaluate(() => ['givenName', 'familyName', 'dateOfBirth', 'sex', 'hospitalIdentifier']
    .filter(id => document.getElementById(id)?.getAttribute('aria-invalid') === 'true'
      && document.getElementById(`${id}-error`)?.textContent));
  check(`${lead}: each missing identity field (sex too: no silent default) shows its own error`, invalid.length === 5,
    invalid);
  await leadPage.getByLabel('Given name').fill(newcomer.givenName);
  await leadPage.getByLabel('Family name').fill(newcomer.familyName);
  await leadPage.getByLabel('Date of birth').fill(newcomer.dateOfBirth);
  await leadPage.getByLabel('Sex').selectOption('FEMALE');
  await leadPage.getByLabel('Hospital identifier').fill(newcomer.hospitalIdentifier);
  await leadPage.getByLabel('Consent for care').check();
  await leadPage.getByLabel('Sharing of de-identified data within the ERNs').check();
  await leadPage.getByRole('button', { name: 'Enrol', exact: true }).click();
  const enrolled = leadPage.getByText(/^Enrolled; the patient’s nickname is /);
  await enrolled.waitFor({ timeout: 30_000 });
  const nickname = (await enrolled.innerText()).match(/nickname is (.+)\.$/)[1];
  await screen(leadPage, lead, '08-enrolled', /^Patients of /, []);
  check(`${lead}: the enrolment names the patient's new nickname`, /^[a-z]+-[a-z]+-\d{4}$/.test(nickname), nickname);

  // A panel for the new patient, offered with the confirmation: the draft opens on its own page, where the timeline
  // takes no comment yet.
  await leadPage.getByRole('button', { name: `Open a panel for ${nickname}` }).first().click();
  await leadPage.getByLabel('Reason for the request').fill('Unexplained proteinuria since infancy');
  await leadPage.getByLabel('Clinical question').fill('Which genetic work-up comes first?');
  await screen(leadPage, lead, '09-open-panel', /^Patients of /, []);
  await leadPage.getByRole('button', { name: 'Open the panel' }).click();
  await screen(leadPage, lead, '10-new-panel', `Panel ${nickname}`, []);
  const draft = leadPage.url().split('/panels/')[1];
  check(`${lead}: the new panel is a draft with the question asked`,
    (await leadPage.locator('.facts').innerText()).includes('Draft')
      && (await leadPage.locator('.facts').innerText()).includes('Which genetic work-up comes first?'));
  check(`${lead}: a draft's timeline offers no comment`, await leadPage.getByLabel('Your comment').count() === 0);
  check(`${lead}: a forged comment on the draft is refused`, await forge(leadPage, 'POST',
    `/api/panels/${draft}/timeline`, { text: 'not now' }) === 422);
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

  // The ERN's coordinator sees the panel but takes no part: no comment or chat form. Their page stays open, to see
  // the member's chat message arrive live.
  const coordinatorContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const coordinatorPage = await coordinatorContext.newPage();
  await signIn(coordinatorPage, coordinator);
  await coordinatorPage.getByRole('heading', { level: 1, name: 'My panels' }).waitFor({ timeout: 30_000 });
  await coordinatorPage.goto(`${scenario.base}/panels/${panel.id}`);
  await coordinatorPage.locator('.chat li', { hasText: scenario.leadChat }).waitFor({ timeout: 30_000 });

  // Another clinician, member of the same panel, on a phone: sees the lead's comment and answers; no screen shows the
  // identity of either patient; enrolling at the lead's centre (which no screen offers them) is refused.
  const otherContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, other);
  await screen(otherPage, other, '02-my-panels', 'My panels', allSecrets);
  const nav = await navCutOffOnAPhone(otherPage);
  check(`${other}: on a phone, every navigation item shows whole in the window`,
    nav.count === 5 && nav.cutOff.length === 0, JSON.stringify(nav));
  await otherPage.getByRole('link', { name: panel.nickname }).click();
  await screen(otherPage, other, '03-panel', `Panel ${panel.nickname}`, allSecrets);
  check(`${other}: the member sees the lead's comment`,
    await otherPage.locator('.timeline li', { hasText: scenario.leadComment }).count() === 1);
  await otherPage.getByLabel('Your comment').fill(scenario.otherComment);
  await otherPage.getByRole('button', { name: 'Post comment' }).click();
  await otherPage.locator('.timeline li', { hasText: scenario.otherComment }).waitFor({ timeout: 30_000 });
  await settled(otherPage);
  check(`${other}: the member sees the lead's chat message`,
    await otherPage.locator('.chat li', { hasText: scenario.leadChat }).count() === 1);
  await otherPage.getByLabel('Message').fill(scenario.otherChat);
  await otherPage.getByRole('button', { name: 'Send', exact: true }).click();
  await otherPage.locator('.chat li', { hasText: scenario.otherChat }).waitFor({ timeout: 30_000 });
  await settled(otherPage);
  await screen(otherPage, other, '04-panel-commented', `Panel ${panel.nickname}`, allSecrets);
  await otherPage.getByRole('link', { name: 'Patients' }).click();
  await screen(otherPage, other, '05-patients', /^Patients of /, allSecrets);
  await otherPage.goto(`${scenario.base}/panels/${signing.id}`);
  await otherPage.getByText(scenario.conclusion).waitFor({ timeout: 30_000 });
  check(`${other}: a member reviews the outcome but neither drafts nor finalises it`,
    await otherPage.getByRole('button', { name: 'Save the draft' }).count() === 0
      && await otherPage.getByRole('button', { name: 'Finalise the outcome' }).count() === 0);
  await otherPage.getByLabel('Agrees', { exact: true }).check();
  await otherPage.getByLabel('Comment (optional)').fill('Agreed; add audiometry.');
  await otherPage.getByRole('button', { name: 'Send review' }).click();
  await otherPage.locator('.reviews li', { hasText: 'Agreed; add audiometry.' }).waitFor({ timeout: 30_000 });
  await settled(otherPage);
  await screen(otherPage, other, '05b-outcome-reviewed', `Panel ${signing.nickname}`, allSecrets);
  const forgedFinalisation = await forge(otherPage, 'POST', `/api/panels/${signing.id}/outcome/finalisation`);
  check(`${other}: a member's forged finalisation is refused with 403`, forgedFinalisation === 403, forgedFinalisation);
  const forgedEnrolment = await forge(otherPage, 'POST', '/api/patients', { centre: scenario.leadCentre,
    enrollingHp: scenario.otherId, identity: { givenName: 'Forged', familyName: 'Forged', dateOfBirth: '2010-01-01',
      sex: 'FEMALE', hospitalIdentifier: 'FORGED' }, consents: [{ kind: 'CARE', givenOn: '2024-01-01', form: { version: '1',
      language: 'en' } }] });
  check(`${other}: no screen offers enrolment at the lead's centre, and a forged one is refused with 403`,
    await otherPage.locator(`option[value="${scenario.leadCentre}"]`).count() === 0 && forgedEnrolment === 403,
    forgedEnrolment);

  // The invitation: the expert accepts it, then asks for more data (which they do not answer themselves).
  await otherPage.goto(`${scenario.base}/panels/${selecting.id}`);
  await otherPage.getByText('You are invited to take part in this panel.').waitFor({ timeout: 30_000 });
  await screen(otherPage, other, '05c-invited', `Panel ${selecting.nickname}`, allSecrets);
  check(`${other}: an invitee is offered neither comment nor data request before accepting`,
    await otherPage.getByLabel('Your comment').count() === 0
      && await otherPage.getByLabel('Request additional data').count() === 0);
  await otherPage.getByRole('button', { name: 'Accept the invitation' }).click();
  await otherPage.getByLabel('Request additional data').waitFor({ timeout: 30_000 });
  await settled(otherPage);
  await otherPage.getByLabel('Request additional data').fill(scenario.dataRequest);
  await otherPage.getByRole('button', { name: 'Send the request' }).click();
  await otherPage.locator('.data-request', { hasText: scenario.dataRequest }).waitFor({ timeout: 30_000 });
  await settled(otherPage);
  await screen(otherPage, other, '05d-data-requested', `Panel ${selecting.nickname}`, allSecrets);
  check(`${other}: the member who asked is not offered to answer`, await otherPage.getByLabel('Your answer').count() === 0);

  // In assessment: the expert contributes and comments on the lead's contribution (not on their own).
  await otherPage.goto(`${scenario.base}/panels/${assessing.id}`);
  await otherPage.getByLabel('Your contribution').fill(scenario.contribution);
  await otherPage.getByRole('button', { name: 'Save the contribution' }).click();
  await otherPage.locator('.contribution', { hasText: scenario.contribution }).waitFor({ timeout: 30_000 });
  await settled(otherPage);
  await otherPage.getByLabel(`Your comment on the contribution of ${scenario.leadName}`).fill(scenario.contributionComment);
  await otherPage.getByRole('button', { name: 'Send the comment' }).click();
  await otherPage.locator('.comments li', { hasText: scenario.contributionComment }).waitFor({ timeout: 30_000 });
  await settled(otherPage);
  await screen(otherPage, other, '05e-contributed', `Panel ${assessing.nickname}`, allSecrets);
  check(`${other}: no comment is offered on one's own contribution, which can be revised`,
    await otherPage.getByLabel('Your comment on the contribution of You').count() === 0
      && await otherPage.getByLabel('Revise your contribution').inputValue() === scenario.contribution);

  // The closed panel: its rating shows, but a member is not offered to rate, and a forged rating is refused.
  await otherPage.goto(`${scenario.base}/panels/${closed.id}`);
  await otherPage.getByText('Rated 4 of 5').waitFor({ timeout: 30_000 });
  const forgedRating = await forge(otherPage, 'POST', `/api/panels/${closed.id}/usefulness`, { rating: 1 });
  check(`${other}: a member is not offered the rating, and a forged one is refused with 403`,
    await otherPage.getByRole('button', { name: 'Rate the panel' }).count() === 0 && forgedRating === 403, forgedRating);

  await otherPage.goto(`${scenario.base}/panels/${panel.id}`);
  await screen(otherPage, other, '06-panel-deep-link', `Panel ${panel.nickname}`, allSecrets);

  // Back to the coordinator's open page: the member's message has arrived live; forged posts are refused.
  await coordinatorPage.locator('.chat li', { hasText: scenario.otherChat }).waitFor({ timeout: 30_000 });
  check(`${coordinator}: the member's chat message arrives live on an open panel page`, true);
  await screen(coordinatorPage, coordinator, '02-panel', `Panel ${panel.nickname}`, allSecrets);
  check(`${coordinator}: the panel page offers someone who takes no part no comment and no chat`,
    await coordinatorPage.getByLabel('Your comment').count() === 0
      && await coordinatorPage.getByLabel('Message').count() === 0);
  const forgedComment = await forge(coordinatorPage, 'POST', `/api/panels/${panel.id}/timeline`, { text: 'forged' });
  const forgedChat = await forge(coordinatorPage, 'POST', `/api/panels/${panel.id}/chat`, { text: 'forged' });
  check(`${coordinator}: a forged comment and a forged chat message are refused with 403`,
    forgedComment === 403 && forgedChat === 403, `${forgedComment} ${forgedChat}`);
  const forgedRequest = await forge(coordinatorPage, 'POST', `/api/panels/${panel.id}/data-requests`, { text: 'forged' });
  check(`${coordinator}: no data request is offered to the coordinator, and a forged one is refused with 403`,
    await coordinatorPage.getByLabel('Request additional data').count() === 0 && forgedRequest === 403, forgedRequest);

  // The lead again: answers the member's request for data.
  await signIn(leadPage, lead, '11-sign-in-again');
  await leadPage.getByRole('heading', { level: 1, name: 'My panels' }).waitFor({ timeout: 30_000 });
  await leadPage.goto(`${scenario.base}/panels/${selecting.id}`);
  await leadPage.getByLabel('Your answer').fill(scenario.dataAnswer);
  await leadPage.getByRole('button', { name: 'Send the answer' }).click();
  await leadPage.locator('.data-request .answer', { hasText: scenario.dataAnswer }).waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '12-data-answered', `Panel ${selecting.nickname}`, []);
} catch (failure) {
  console.error(failure);
  process.exitCode = 1;
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
}
