// The screens outside the panel page in a real browser, run by WebAdministrationIT against the deployed EAR. Input:
// SCENARIO (see WebAdministrationIT). A newcomer signed in at the identity provider files an access request (an
// incomplete one first: the field errors show); the ERN's coordinator rejects another newcomer's request (a reason is
// required) and accepts this one; the newcomer, now registered, finds the decision in the inbox, marks it read,
// chooses how to hear about comments and gets, copies and revokes a calendar feed. A member finds the invitation to a
// panel in the inbox and follows its link. Forged requests are refused. Prints {screens, checks} like the other scripts.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, check, forge, navCutOffOnAPhone, reloadUntil, report, scenario, screen, settled, signedIn,
  walkStopped, withToken } from './screens.mjs';

const browser = await chromium.launch({ executablePath: scenario.chromium, timeout: 60_000, args: CHROMIUM_ARGS });
/** The HTTP status of a forged request. */
const forged = async (...args) => (await forge(...args)).status;

const { newcomer, refused, coordinator, member, invited, centre, secrets } = scenario;
const base = scenario.base;

try {
  // The newcomer: not registered, so the home screen is the access request; nothing else is theirs yet.
  const page = await withToken(browser, newcomer.token, newcomer.login, newcomer.name);
  await screen(page, newcomer.login, '01-request-access', 'Request access', secrets);
  check('a newcomer is offered neither notifications nor settings',
    await page.getByRole('link', { name: 'Notifications' }).count() === 0
      && await page.getByRole('link', { name: 'Settings' }).count() === 0);
  const forgedList = await forged(page, 'GET', '/api/access-requests?ern=ERKNET');
  const forgedAcceptance = await forged(page, 'POST', `/api/access-requests/${refused.request}/acceptance`);
  check('a newcomer\'s forged listing and acceptance of access requests are refused with 403',
    forgedList === 403 && forgedAcceptance === 403, `${forgedList} ${forgedAcceptance}`);

  await page.getByRole('button', { name: 'Send the access request', exact: true }).click();
  await page.locator('#motivation-error').waitFor({ timeout: 30_000 });
  await settled(page);
  await screen(page, newcomer.login, '02-request-field-errors', 'Request access', secrets);
  const invalid = await page.evaluate(() => ['request-centre', 'motivation']
    .filter(id => document.getElementById(id)?.getAttribute('aria-invalid') === 'true'));
  check('an incomplete request shows the centre\'s, the roles\' and the motivation\'s errors next to them',
    invalid.length === 2 && await page.locator('#roles-error').count() === 1, invalid);
  // the networks' names come with GET /api/networks: wait for them (bounded), then read what the choice shows
  await page.locator('#request-ern option[value="ERKNET"]', { hasText: 'European Rare Kidney' })
    .waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined);
  const ernChoice = await page.locator('#request-ern option[value="ERKNET"]').innerText();
  check('the ERNs are offered by their names, not their codes',
    ernChoice === 'ERKNet (European Rare Kidney Disease Reference Network)', ernChoice);
  await page.getByLabel('ERN', { exact: true }).selectOption('ERKNET');
  await page.locator(`#request-centre option[value="${centre}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  await page.getByLabel('Centre', { exact: true }).selectOption(centre);
  await page.getByLabel('Health professional', { exact: true }).check();
  await page.getByLabel('Motivation').fill(newcomer.motivation);
  await page.getByLabel('Your e-mail address').fill(`${newcomer.login}@example.invalid`);
  await page.getByLabel('Your country (two letters, e.g. PT)').fill('PT');
  await page.getByRole('button', { name: 'Send the access request', exact: true }).click();
  await page.getByText('Your request is sent to the coordinators of ERKNet (European Rare Kidney Disease Reference '
    + 'Network).').waitFor({ timeout: 30_000 });
  await screen(page, newcomer.login, '03-request-sent', 'Request access', secrets);
  check('the request filed waits for a decision', await page.getByText('State: waiting for a decision').count() === 1);

  // The coordinator: rejects the other request (a reason first missing), accepts the newcomer's.
  const coordinatorPage = await signedIn(browser, coordinator);
  const nav = await navCutOffOnAPhone(coordinatorPage);
  check('on a phone, every item of the coordinator\'s navigation (seven) shows whole in the window',
    nav.count === 7 && nav.cutOff.length === 0, JSON.stringify(nav));
  await coordinatorPage.getByRole('link', { name: 'Access requests', exact: true }).click();
  const mine = coordinatorPage.locator('.requests > li', { hasText: newcomer.motivation });
  await mine.waitFor({ timeout: 30_000 });
  await screen(coordinatorPage, coordinator, '01-access-requests', 'Access requests', secrets);
  check(`${coordinator}: the request shows who asks, at which centre, for what and why`,
    (await mine.innerText()).includes(newcomer.name) && (await mine.innerText()).includes('Health professional'));
  const reject = coordinatorPage.getByRole('button', { name: `Reject the request of ${refused.name}`, exact: true });
  await reject.click();
  await coordinatorPage.locator(`#reason-${refused.request}-error`).waitFor({ timeout: 30_000 });
  await settled(coordinatorPage);
  check(`${coordinator}: rejecting without a reason shows the error next to the reason`,
    await coordinatorPage.locator(`#reason-${refused.request}`).getAttribute('aria-invalid') === 'true');
  await coordinatorPage.getByLabel(`Reason for rejecting the request of ${refused.name}`, { exact: true })
    .fill(refused.reason);
  await reject.click();
  await coordinatorPage.getByText(`Rejected: ${refused.name} is told the reason.`).waitFor({ timeout: 30_000 });
  await coordinatorPage.getByRole('button', { name: `Accept the request of ${newcomer.name}`, exact: true }).click();
  await coordinatorPage.getByText(`Accepted: ${newcomer.name} now holds the roles asked for.`)
    .waitFor({ timeout: 30_000 });
  await screen(coordinatorPage, coordinator, '02-decided', 'Access requests', secrets);
  check(`${coordinator}: decided requests leave the list`, await mine.count() === 0
    && await coordinatorPage.locator('.requests > li', { hasText: refused.name }).count() === 0);

  // The newcomer, now a health professional: the decision in the inbox, marked read; unread ones only.
  await page.goto(`${base}/notifications`);
  const decision = page.locator('.inbox > li', { hasText: 'Your access request for ERKNet was accepted.' });
  await reloadUntil(page, decision);
  await screen(page, newcomer.login, '04-inbox', 'Notifications', secrets);
  check('the accepted newcomer is offered their settings', await page.getByRole('link', { name: 'Settings' }).count() === 1);
  check('the decision arrives unread', await decision.getAttribute('class') === 'unread');
  await decision.getByRole('button', { name: 'Mark as read', exact: true }).click();
  await decision.getByRole('button', { name: 'Mark as unread', exact: true }).waitFor({ timeout: 30_000 });
  check('marked read, the decision says so', await decision.getAttribute('class') === 'read');
  await page.getByLabel('Only unread notifications').check();
  await page.getByText('No notifications.').waitFor({ timeout: 30_000 });
  check('the unread ones alone leave out the decision read', await decision.count() === 0);
  const decisionId = await page.evaluate(async () => {
    const { token } = JSON.parse(sessionStorage.getItem('opencpms.session'));
    const inbox = await (await fetch('/api/notifications', { headers: { Authorization: `Bearer ${token}` } })).json();
    return inbox.items.find(item => item.topic === 'ACCESS_ACCEPTED')?.id;
  });

  // Settings: comments by e-mail (kept after a reload, and in the account); a calendar feed issued, copied, revoked.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Comments', { exact: true }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Comments', { exact: true }).selectOption('EMAIL');
  await page.getByRole('button', { name: 'Save the notification preferences', exact: true }).click();
  await page.getByText('Your notification preferences are saved.').waitFor({ timeout: 30_000 });
  await page.reload();
  await page.getByLabel('Comments', { exact: true }).waitFor({ timeout: 30_000 });
  const account = await page.evaluate(async () => {
    const { token } = JSON.parse(sessionStorage.getItem('opencpms.session'));
    const me = await (await fetch('/api/me', { headers: { Authorization: `Bearer ${token}` } })).json();
    return (await fetch(`/api/users/${me.userId}`, { headers: { Authorization: `Bearer ${token}` } })).json();
  });
  check('the choice is kept in the account and shown after a reload',
    await page.getByLabel('Comments', { exact: true }).inputValue() === 'EMAIL'
      && account.notificationChannels?.COMMENT === 'EMAIL', JSON.stringify(account.notificationChannels));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await page.getByRole('button', { name: 'Get the address of my calendar feed', exact: true }).click();
  const address = page.locator('a.feed-address');
  await address.waitFor({ timeout: 30_000 });
  const url = await address.getAttribute('href');
  await page.getByRole('button', { name: 'Copy the calendar address', exact: true }).click();
  await page.getByText('The address is copied.').waitFor({ timeout: 10_000 });
  check('the calendar address is copied', await page.evaluate(() => navigator.clipboard.readText()) === url, url);
  const feed = await page.evaluate(async url => {
    const answer = await fetch(url, { cache: 'no-store' });
    return { status: answer.status, type: answer.headers.get('Content-Type'), text: await answer.text() };
  }, url);
  check('the calendar address answers a calendar without signing in',
    feed.status === 200 && feed.type.startsWith('text/calendar') && feed.text.startsWith('BEGIN:VCALENDAR'),
    `${feed.status} ${feed.type}`);
  await screen(page, newcomer.login, '05-settings', 'Settings', secrets);
  await page.getByRole('button', { name: 'Revoke the calendar address', exact: true }).click();
  await page.getByText('The calendar address is revoked.').waitFor({ timeout: 30_000 });
  const revoked = await page.evaluate(async url => (await fetch(url, { cache: 'no-store' })).status, url);
  check('a revoked calendar address answers 404', revoked === 404 && await address.count() === 0, revoked);
  const forgedChannel = await forged(page, 'PUT', `/api/users/${member.id}/notification-channels/COMMENT`,
    { channel: 'NONE' }, { 'If-Match': '*' });
  const forgedFeed = await forged(page, 'POST', `/api/users/${member.id}/calendar-feed`);
  check('choosing another user\'s channel or feed, forged, is refused with 403',
    forgedChannel === 403 && forgedFeed === 403, `${forgedChannel} ${forgedFeed}`);

  // A member: the invitation in the inbox, unread; its link opens the panel and marks it read.
  const memberPage = await signedIn(browser, member.username);
  await memberPage.getByRole('link', { name: 'Notifications' }).click();
  const invitation = memberPage.locator('.inbox > li', { hasText: invited.nickname });
  await reloadUntil(memberPage, invitation);
  await screen(memberPage, member.username, '01-inbox', 'Notifications', secrets);
  check(`${member.username}: the invitation is in the inbox, unread`,
    await invitation.first().getAttribute('class') === 'unread');
  await invitation.first().getByRole('link').click();
  await screen(memberPage, member.username, '02-panel-from-inbox', `Panel ${invited.nickname}`, secrets);
  check(`${member.username}: the notification's link opens its panel`, memberPage.url().endsWith(`/panels/${invited.id}`));
  await memberPage.goBack();
  const read = memberPage.locator('.inbox > li.read', { hasText: invited.nickname });
  await reloadUntil(memberPage, read);
  check(`${member.username}: following the link marked the invitation read`, await read.count() >= 1);
  const forgedRead = await forged(memberPage, 'POST', `/api/notifications/${decisionId}/read`);
  check(`${member.username}: marking another user's notification read, forged, is refused as not found`,
    decisionId && forgedRead === 404, `${decisionId} ${forgedRead}`);
} catch (failure) {
  await walkStopped(browser, failure);
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
}
