// The coordinator's, the auditor's and the researcher's screens in a real browser, run by WebReportsIT against the
// deployed EAR. Input: SCENARIO (see WebReportsIT). The ERN's coordinator finds the KPIs in the navigation: charts drawn
// from the server's figures and their CSV, also on a phone; the auditor lists the audit trail and verifies its hash
// chain; the researcher sees the anonymised data set and downloads it as CSV; a clinician is offered none of these
// screens and a forged request for their data is refused, and sees networks and centres by name where the API sends
// codes and ids (lead ERNs, the ERNs to open a panel in, the centres to choose from). Prints {screens, checks}.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, check, forge, report, scenario, screen, signedIn, walkStopped, withToken } from './screens.mjs';

const browser = await chromium.launch({ executablePath: scenario.chromium, timeout: 60_000, args: CHROMIUM_ARGS });
const { coordinator, auditor, researcher, clinician, audited } = scenario;
const STATES = { DRAFT: 'Draft', PANEL_SELECTION: 'Panel selection', ASSESSMENT: 'Assessment', SIGN_OFF: 'Sign-off',
  CLOSED: 'Closed', ARCHIVED: 'Archived', ABORTED: 'Aborted', DELETED: 'Deleted' };
const REPORT_LINKS = ['KPIs', 'Audit trail', 'Research data'];
const ERKNET = 'ERKNet (European Rare Kidney Disease Reference Network)';

/** What the server answers the page's own token for {@code path}. */
const read = async (page, path) => JSON.parse((await forge(page, 'GET', path)).body);
/** The lines of the CSV file that {@code link} downloads (the byte-order mark dropped). */
async function downloaded(page, link) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), link.click()]);
  return { name: download.suggestedFilename(),
    lines: readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n') };
}
/** The report screens the navigation offers. */
const offered = async page => (await Promise.all(REPORT_LINKS.map(async name =>
  await page.getByRole('link', { name, exact: true }).count() > 0 ? name : null))).filter(Boolean);
/** Whether the page is wider than its window (something cut off or a sideways scroll). */
const overflows = page => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

try {
  // The coordinator: the KPIs of ERKNet as charts drawn from the server's figures, and as CSV.
  const kpiPage = await signedIn(browser, coordinator);
  check(`${coordinator}: the navigation offers the KPIs and nothing of the auditor's or researcher's`,
    JSON.stringify(await offered(kpiPage)) === '["KPIs"]', await offered(kpiPage));
  await kpiPage.getByRole('link', { name: 'KPIs', exact: true }).click();
  const byState = kpiPage.locator('#chart-panelsByState');
  await byState.waitFor({ timeout: 30_000 });
  // the networks' names come with GET /api/networks: wait for them (bounded) before reading what the charts say
  await kpiPage.locator('#kpis-ern option[value="ERKNET"]', { hasText: 'European Rare Kidney' })
    .waitFor({ state: 'attached', timeout: 30_000 });
  await screen(kpiPage, coordinator, '01-kpis', 'Key performance indicators');
  const kpis = await read(kpiPage, '/api/kpis?ern=ERKNET');
  const stateBars = Object.entries(kpis.panelsByState).map(([state, count]) => `${STATES[state]}: ${count}`);
  const described = await byState.getAttribute('aria-label');
  check(`${coordinator}: the chart of panels by state names the server's count of each state`,
    stateBars.length > 0 && stateBars.every(bar => described.includes(bar)), `${described} / ${stateBars}`);
  check(`${coordinator}: the chart of panels by ERN counts the server's ERKNet panels`,
    kpis.panelsByErn.ERKNET > 0 && (await kpiPage.locator('#chart-panelsByErn').getAttribute('aria-label'))
      .endsWith(`ERKNet: ${kpis.panelsByErn.ERKNET}`), kpis.panelsByErn.ERKNET);
  await kpiPage.waitForFunction(() => {
    const canvas = document.getElementById('chart-panelsByState');
    const pixels = canvas.width > 0 && canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    return pixels && pixels.some((value, index) => index % 4 === 3 && value > 0);
  }, undefined, { timeout: 30_000 }).then(() => check(`${coordinator}: Chart.js drew the chart on its canvas`, true),
    failure => check(`${coordinator}: Chart.js drew the chart on its canvas`, false, failure.message));
  const closed = await kpiPage.locator('.kpis dt', { hasText: 'Panels closed' }).locator('+ dd').innerText();
  check(`${coordinator}: the panels closed are the server's figure`, closed === String(kpis.panelsClosed), closed);
  const csv = await downloaded(kpiPage, kpiPage.getByRole('link', { name: 'Download the KPIs as CSV', exact: true }));
  check(`${coordinator}: the CSV holds the same figures`, csv.name === 'kpis-ERKNET.csv'
    && csv.lines[0] === 'figure,key,value' && csv.lines.includes(`panelsClosed,,${kpis.panelsClosed}`)
    && csv.lines.includes(`panelsByErn,ERKNET,${kpis.panelsByErn.ERKNET}`)
    && Object.entries(kpis.panelsByState).every(([state, count]) => csv.lines.includes(`panelsByState,${state},${count}`)),
  JSON.stringify(csv));
  const allErns = Object.keys((await read(kpiPage, '/api/kpis')).panelsByErn).length;
  await kpiPage.getByLabel('ERN', { exact: true }).selectOption('');
  const charted = await kpiPage.waitForFunction(count => document.getElementById('chart-panelsByErn')
    ?.getAttribute('aria-label')?.split(', ').length === count, allErns, { timeout: 30_000 }).then(() => true, () => false);
  check(`${coordinator}: all ERNs together chart every ERN the server counts`, allErns > 0 && charted, allErns);
  await kpiPage.setViewportSize({ width: 390, height: 844 });
  await screen(kpiPage, coordinator, '02-kpis-phone', 'Key performance indicators');
  check(`${coordinator}: on a phone, the KPIs fit the window's width`, !await overflows(kpiPage));

  // The auditor: the audit trail about ERKNet's patients, and its hash chain verified.
  const auditPage = await signedIn(browser, auditor);
  check(`${auditor}: the navigation offers the audit trail alone`,
    JSON.stringify(await offered(auditPage)) === '["Audit trail"]', await offered(auditPage));
  await auditPage.getByRole('link', { name: 'Audit trail', exact: true }).click();
  await screen(auditPage, auditor, '01-audit-trail', 'Audit trail');
  const trail = await read(auditPage, '/api/audit-trail?limit=50');
  const rows = await auditPage.locator('table.audit tbody tr').count();
  check(`${auditor}: the first page shows the server's first entries`, trail.items.length > 0
    && rows === trail.items.length, `${rows} / ${trail.items.length}`);
  await auditPage.getByRole('button', { name: 'Verify the audit trail', exact: true }).click();
  const verdict = auditPage.locator('.verdict');
  await verdict.waitFor({ timeout: 120_000 });
  const said = await verdict.innerText();
  const counted = /^Verified: the audit trail is intact \((\d+) records checked, up to record (\d+)\)\.$/.exec(said);
  check(`${auditor}: the chain is verified intact, with the records checked`, counted && Number(counted[1]) > 0, said);
  await screen(auditPage, auditor, '02-verified', 'Audit trail');
  const actorCells = await auditPage.locator('table.audit tbody tr td:nth-child(2)').allInnerTexts();
  const actorsSent = trail.items.map(item => item.actorName ?? item.actor ?? 'OpenCPMS');
  check(`${auditor}: each entry names who acted as the server does, by name where it can`,
    JSON.stringify(actorCells) === JSON.stringify(actorsSent),
    `${actorCells.slice(0, 3)} / ${actorsSent.slice(0, 3)}`);
  // Filters: the entries about one patient, then those of one person creating something about them.
  await auditPage.getByLabel('Patient (id)', { exact: true }).fill(audited.patient);
  await auditPage.getByRole('button', { name: 'Show the matching entries', exact: true }).click();
  const patientCells = auditPage.locator('table.audit tbody tr td:nth-child(5)');
  await auditPage.waitForFunction(patient => {
    const cells = [...document.querySelectorAll('table.audit tbody tr td:nth-child(5)')];
    return cells.length > 0 && cells.every(cell => cell.textContent === patient);
  }, audited.patient, { timeout: 30_000 });
  const aboutPatient = await read(auditPage, `/api/audit-trail?limit=50&patient=${audited.patient}`);
  check(`${auditor}: filtered by patient, the screen shows the server's entries about that patient alone`,
    aboutPatient.items.length > 0 && await patientCells.count() === aboutPatient.items.length
      && aboutPatient.items.every(item => item.patient === audited.patient), aboutPatient.items.length);
  // who created something about the patient, as the server names them
  const creator = aboutPatient.items.find(item => item.action === 'CREATE' && item.actorName)?.actorName;
  await auditPage.getByLabel('Who', { exact: true }).selectOption({ label: creator });
  await auditPage.getByLabel('Action', { exact: true }).selectOption('CREATE');
  await auditPage.getByRole('button', { name: 'Show the matching entries', exact: true }).click();
  await auditPage.waitForFunction(name => {
    const rows = [...document.querySelectorAll('table.audit tbody tr')];
    return rows.length > 0 && rows.every(row => row.children[1].textContent === name
      && row.children[2].textContent === 'Create');
  }, creator, { timeout: 30_000 });
  await screen(auditPage, auditor, '03-audit-filtered', 'Audit trail');
  const created = await auditPage.locator('table.audit tbody tr').count();
  check(`${auditor}: filtered by person and action, only their creations about the patient show`, created > 0, created);
  await auditPage.setViewportSize({ width: 390, height: 844 });
  check(`${auditor}: on a phone, the audit trail fits the window's width`, !await overflows(auditPage));

  // The researcher: the anonymised data set, and the same records as CSV.
  const researchPage = await signedIn(browser, researcher);
  check(`${researcher}: the navigation offers the research data alone`,
    JSON.stringify(await offered(researchPage)) === '["Research data"]', await offered(researchPage));
  await researchPage.getByRole('link', { name: 'Research data', exact: true }).click();
  await screen(researchPage, researcher, '01-research', 'Research data set');
  const set = await read(researchPage, '/api/research/data-set');
  const protection = `at least ${set.k} records. ${set.items.length} records; ${set.generalised} generalised, `
    + `${set.suppressed} suppressed.`;
  check(`${researcher}: the screen states the server's k and counts`,
    await researchPage.getByText(protection).count() === 1, protection);
  check(`${researcher}: the table shows every record`,
    await researchPage.locator('table.research tbody tr').count() === set.items.length, set.items.length);
  // the networks' codes come with GET /api/networks: wait for them (bounded) before reading the cells
  await researchPage.waitForFunction(() => [...document.querySelectorAll('table.research tbody td:nth-of-type(4)')]
    .every(cell => !cell.textContent.includes('ERKNET')), undefined, { timeout: 30_000 }).catch(() => undefined);
  const ernCells = await researchPage.locator('table.research tbody td:nth-of-type(4)').allInnerTexts();
  check(`${researcher}: the records name their ERNs by short code, as the networks do`,
    ernCells.every(cell => !cell.includes('ERKNET')), [...new Set(ernCells)]);
  const data = await downloaded(researchPage, researchPage.getByRole('link', { name: 'Download the data set as CSV' }));
  check(`${researcher}: the CSV holds a header and every record`, data.name === 'research-data-set.csv'
    && data.lines[0].startsWith('ageBand,sex,area,erns,') && data.lines.length === set.items.length + 2,
  `${data.lines.length} lines for ${set.items.length} records`);

  // A clinician: none of these screens is offered, and their data is refused to a forged request.
  const clinicianPage = await signedIn(browser, clinician);
  check(`${clinician}: the navigation offers no KPIs, audit trail or research data`,
    (await offered(clinicianPage)).length === 0, await offered(clinicianPage));
  const refused = await Promise.all(['/api/kpis?ern=ERKNET', '/api/audit-trail', '/api/audit-trail/verification',
    '/api/research/data-set'].map(async path => (await forge(clinicianPage, 'GET', path)).status));
  check(`${clinician}: forged reads of the KPIs, the audit trail, its verification and the data set get 403`,
    refused.every(status => status === 403), refused);
  // ... and sees networks and centres by name: the lead ERN of "My panels", the ERNs offered for a new panel.
  await clinicianPage.waitForFunction(() => document.querySelector('main tbody tr td:nth-of-type(4)')
    ?.textContent.includes('('), undefined, { timeout: 30_000 }).catch(() => undefined);
  await screen(clinicianPage, clinician, '01-my-panels', 'My panels');
  const leadErns = await clinicianPage.locator('main tbody tr td:nth-of-type(4)').allInnerTexts();
  check(`${clinician}: "My panels" names each lead ERN in full`, leadErns.length > 0
    && leadErns.every(ern => /^\S+ \(.+\)$/.test(ern)) && leadErns.includes(ERKNET), [...new Set(leadErns)]);
  await clinicianPage.getByRole('link', { name: 'Patients', exact: true }).click();
  await clinicianPage.getByRole('button', { name: /^Open a panel for / }).first().click();
  await clinicianPage.locator('#ern option[value="ERKNET"]', { hasText: 'European Rare Kidney' })
    .waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined);
  // the enrolling clinician sees their own patients' identity here, as they should: no planted values to look for
  await screen(clinicianPage, clinician, '02-open-panel', /^Patients of /, []);
  const offeredErns = await clinicianPage.locator('#ern option').allInnerTexts();
  check(`${clinician}: opening a panel offers the ERNs by their names`, offeredErns.includes(ERKNET)
    && offeredErns.every(ern => /^\S+ \(.+\)$/.test(ern)), offeredErns);
  await clinicianPage.goto(`${scenario.base}/kpis`);
  await clinicianPage.getByRole('alert').waitFor({ timeout: 30_000 });
  await screen(clinicianPage, clinician, '03-kpis-refused', 'Key performance indicators');
  check(`${clinician}: the KPIs' address shows the server's refusal and no chart`,
    await clinicianPage.locator('canvas').count() === 0);

  // A clinician at two centres chooses among them by name.
  const { twoCentres } = scenario;
  const twoPage = await withToken(browser, twoCentres.token, twoCentres.login, twoCentres.name);
  await twoPage.getByRole('heading', { level: 1, name: 'My panels' }).waitFor({ timeout: 30_000 });
  await twoPage.getByRole('link', { name: 'Patients', exact: true }).click();
  await twoPage.locator('#centre option', { hasText: twoCentres.centreNames[1] })
    .waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined);
  await screen(twoPage, twoCentres.login, '01-patients', /^Patients of /);
  const centreChoice = await twoPage.locator('#centre option').allInnerTexts();
  check(`${twoCentres.login}: the centres to choose from are named`,
    JSON.stringify([...centreChoice].sort()) === JSON.stringify([...twoCentres.centreNames].sort()), centreChoice);
} catch (failure) {
  await walkStopped(browser, failure);
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
}
