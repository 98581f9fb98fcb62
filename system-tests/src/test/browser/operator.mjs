// The platform operator's screens in a real browser, run by WebOperatorIT against the deployed EAR. Input: SCENARIO
// (see WebOperatorIT). The training operator signs in and lands on the centres; registers a centre with its ERKNet
// membership and finds it among ERKNet's members; imports centres from CSV text (a wrong row first: each wrong line is
// named and nothing changes; then a check without importing, then the import); establishes ERKNet, adds a disease group,
// appoints a coordinator at the new centre and then another one replacing the first. A clinician is offered none of
// these screens and a forged registration is refused. Prints {screens, checks} like the other scripts.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, check, forge, report, scenario, screen, settled, signedIn, walkStopped } from './screens.mjs';

const browser = await chromium.launch({ executablePath: scenario.chromium, timeout: 60_000, args: CHROMIUM_ARGS });
const { operator, clinician, run, issuer, first, second, secrets } = scenario;
const centre = `Web Centre ${run}`;
const imported = `Web Import ${run}`;

/** Fills the appointment form for {@code person} at the new centre and sends it; the user id the status names. */
async function appoint(page, person, replacing = '') {
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Appoint a coordinator' }) });
  await form.getByLabel('ERN', { exact: true }).selectOption('ERKNET');
  const option = form.locator('#appoint-centre option', { hasText: centre });
  await option.waitFor({ state: 'attached', timeout: 30_000 });
  await form.getByLabel('Centre', { exact: true }).selectOption(await option.getAttribute('value'));
  await form.getByLabel('Name of the coordinator').fill(person.name);
  await form.getByLabel('E-mail address of the coordinator').fill(`${person.subject}@example.invalid`);
  await form.getByLabel('Country of the coordinator (two letters)').fill('de');
  await form.getByLabel('Sign-in issuer').fill(issuer);
  await form.getByLabel('Sign-in subject').fill(person.subject);
  await form.getByLabel('Coordinator who steps down (user id, optional)').fill(replacing);
  await form.getByRole('button', { name: 'Appoint the coordinator', exact: true }).click();
  const done = form.locator('[role=status].done', { hasText: `${person.name} is a coordinator of ERKNet` });
  await done.waitFor({ timeout: 30_000 });
  const text = await done.innerText();
  check(`the appointment of ${person.name} names the centre`, text.includes(`at ${centre}`), text);
  return /user id ([0-9a-f-]{36})/.exec(text)?.[1];
}

try {
  const page = await signedIn(browser, operator, undefined, 'Centres');
  await screen(page, operator, '01-centres', 'Centres', secrets);
  const links = await page.locator('header nav a').allInnerTexts();
  check('the operator is offered the centres and the networks, and no panel, patient or access request',
    links.includes('Centres') && links.includes('Networks') && !links.includes('My panels')
      && !links.includes('Patients') && !links.includes('Request access'), links.join(', '));

  // Register a centre with its ERKNet membership (a missing name first: the error shows next to it).
  await page.getByRole('button', { name: 'Register the centre', exact: true }).click();
  await page.locator('#centre-name-error').waitFor({ timeout: 30_000 });
  await settled(page);
  check('a centre without a name or country shows the errors next to the fields',
    await page.locator('#centre-name').getAttribute('aria-invalid') === 'true'
      && await page.locator('#centre-country').getAttribute('aria-invalid') === 'true');
  await page.getByLabel('Name', { exact: true }).fill(centre);
  await page.getByLabel('Country (two letters, e.g. DE)').fill('de');
  await page.getByLabel('ERKNet (European Rare Kidney Disease Reference Network)').selectOption('FULL_MEMBER');
  await page.getByRole('button', { name: 'Register the centre', exact: true }).click();
  await page.getByText(`${centre} is registered, with 1 ERN memberships.`).waitFor({ timeout: 30_000 });
  await page.getByLabel('ERN', { exact: true }).selectOption('ERKNET');
  const row = page.locator('table.centres tr', { hasText: centre });
  await row.waitFor({ timeout: 30_000 });
  await screen(page, operator, '02-registered', 'Centres', secrets);
  const cells = await row.innerText();
  check('the centre registered is listed among ERKNet\'s members, in Germany, as a full member',
    cells.includes('DE') && cells.includes('Full member'), cells);

  // Import from CSV: a wrong row refuses the whole file, line by line; then a check; then the import.
  await page.getByRole('link', { name: 'Import centres from a CSV file' }).click();
  await page.getByRole('heading', { level: 1, name: 'Import centres' }).waitFor({ timeout: 30_000 });
  const good = `${imported},FR,ERKNET,AFFILIATED_PARTNER`;
  await page.getByLabel('Or the CSV text').fill(`name,country,ern,membership\n${good}\nWeb Wrong ${run},FR,NO_SUCH_ERN,FULL_MEMBER\n`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const wrong = page.getByRole('list', { name: 'Wrong lines' });
  await wrong.waitFor({ timeout: 30_000 });
  await settled(page);
  await screen(page, operator, '03-import-refused', 'Import centres', secrets);
  const wrongText = await wrong.innerText();
  check('a file with a wrong row is refused, naming that line alone', wrongText.startsWith('Line 3:')
    && (await wrong.locator('li').count()) === 1, wrongText);
  await page.getByLabel('Or the CSV text').fill(`name,country,ern,membership\n${good}\n`);
  await page.getByRole('button', { name: 'Check without importing', exact: true }).click();
  await page.getByRole('heading', { name: 'What the import would change' }).waitFor({ timeout: 30_000 });
  const dryRun = await page.locator('#import-report + [role=status]').innerText();
  check('the check reports the centre it would register', dryRun.includes('1 centres registered'), dryRun);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('heading', { name: 'Imported', exact: true }).waitFor({ timeout: 30_000 });
  await screen(page, operator, '04-imported', 'Import centres', secrets);
  const done = await page.locator('#import-report + [role=status]').innerText();
  check('the import registers the centre and its membership',
    done.includes('1 centres registered') && done.includes('1 memberships recorded'), done);

  // Networks: establish ERKNet (again: nothing changes), add a disease group, appoint and replace a coordinator.
  await page.getByRole('link', { name: 'Networks', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Networks' }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Establish the network', exact: true }).click();
  await page.getByText('ERKNet (European Rare Kidney Disease Reference Network) is established.')
    .waitFor({ timeout: 30_000 });
  await page.getByLabel('Code of the disease group').fill(`WEB-${run}`.slice(0, 32));
  await page.getByLabel('Name of the disease group').fill(`Web group ${run}`);
  await page.getByRole('button', { name: 'Add the disease group', exact: true }).click();
  await page.getByText(`Web group ${run} is a disease group of ERKNet`).waitFor({ timeout: 30_000 });
  const firstId = await appoint(page, first);
  await screen(page, operator, '05-appointed', 'Networks', secrets);
  const secondId = await appoint(page, second, firstId);
  await screen(page, operator, '06-replaced', 'Networks', secrets);
  check('each appointment names the coordinator\'s user id', firstId && secondId && firstId !== secondId,
    `${firstId} ${secondId}`);

  // A clinician: none of the operator's screens, and a forged registration refused.
  const clinicianPage = await signedIn(browser, clinician);
  const theirs = await clinicianPage.locator('header nav a').allInnerTexts();
  check(`${clinician} is offered neither the centres nor the networks`,
    !theirs.includes('Centres') && !theirs.includes('Networks'), theirs.join(', '));
  const forged = await forge(clinicianPage, 'POST', '/api/providers', { name: `Forged ${run}`, country: 'DE' });
  check(`${clinician}: a forged registration of a centre is refused with 403`, forged.status === 403, forged.status);
  await clinicianPage.goto(`${scenario.base}/networks`);
  const establish = clinicianPage.getByRole('button', { name: 'Establish the network', exact: true });
  await establish.waitFor({ timeout: 30_000 });
  await establish.click();
  const refusal = clinicianPage.locator('form [role=alert].problem').first();
  await refusal.waitFor({ timeout: 30_000 });
  await settled(clinicianPage);
  await screen(clinicianPage, clinician, '01-networks-refused', 'Networks', secrets);
  check(`${clinician}: at the networks' address, establishing a network shows the server's refusal`,
    (await refusal.innerText()).startsWith('The server answered'), await refusal.innerText());
} catch (failure) {
  await walkStopped(browser, failure);
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
}
