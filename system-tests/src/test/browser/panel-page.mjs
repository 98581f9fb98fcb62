// The panel page's lifecycle moves and meetings in a real browser (Debian's Chromium, driven by playwright-core), run
// by PanelPageIT against the deployed EAR. Input: SCENARIO (see PanelPageIT). Prints {screens, checks} on stdout like
// web-application.mjs; exits 1 only when a screen does not appear at all.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, check, forge, report, scenario, screen, settled, signedIn } from './screens.mjs';

const browser = await chromium.launch({ executablePath: scenario.chromium, timeout: 60_000, args: CHROMIUM_ARGS });
const { lead, member, draft, throwaway, selecting, shortOfQuorum, closable, aborting, assessing } = scenario;

/** The panel as the server has it now, read with the page's token. */
async function panelOf(page, panel) {
  return JSON.parse((await forge(page, 'GET', `/api/panels/${panel.id}`)).body);
}

async function open(page, panel) {
  await page.goto(`${scenario.base}/panels/${panel.id}`);
  await page.getByRole('heading', { level: 1, name: `Panel ${panel.nickname}` }).waitFor({ timeout: 30_000 });
}

/** The state the page shows in its facts. */
async function stateShown(page, state) {
  await page.locator('.facts').first().locator('dd', { hasText: state }).first().waitFor({ timeout: 30_000 });
  await settled(page);
}

const button = (page, name) => page.getByRole('button', { name, exact: true });

try {
  const leadPage = await signedIn(browser, lead, { timezoneId: 'Europe/Berlin' });

  // A draft: submitting asks first; "no" leaves it a draft, "yes" submits it (and deleting is no longer offered).
  await open(leadPage, draft);
  check(`${lead}: the panel page names the lead ERN in full`,
    (await leadPage.locator('.facts').innerText()).includes(scenario.ernName), await leadPage.locator('.facts').innerText());
  const draftMoves = (await leadPage.locator('.moves > button, .moves button[type=submit]').allInnerTexts()).join('|');
  check(`${lead}: a draft offers submitting, aborting and deleting, nothing else of the lifecycle`,
    draftMoves === 'Submit the draft|Abort the panel|Delete the draft', draftMoves);
  await button(leadPage, 'Submit the draft').click();
  await button(leadPage, 'Yes, submit the draft').waitFor({ timeout: 30_000 });
  await screen(leadPage, lead, '01-submit-confirmation', `Panel ${draft.nickname}`);
  await button(leadPage, 'No, leave the panel as it is').click();
  check(`${lead}: saying no sends nothing`, (await panelOf(leadPage, draft)).state === 'DRAFT'
    && await button(leadPage, 'Submit the draft').count() === 1);
  await button(leadPage, 'Submit the draft').click();
  await button(leadPage, 'Yes, submit the draft').click();
  await stateShown(leadPage, 'Panel selection');
  await screen(leadPage, lead, '02-submitted', `Panel ${draft.nickname}`);
  check(`${lead}: the submitted panel is in panel selection, no longer deletable`,
    (await panelOf(leadPage, draft)).state === 'PANEL_SELECTION' && await button(leadPage, 'Delete the draft').count() === 0);

  // Another draft, deleted once confirmed: back to my panels, and the panel is gone.
  await open(leadPage, throwaway);
  await button(leadPage, 'Delete the draft').click();
  await button(leadPage, 'Yes, delete the draft').click();
  await leadPage.getByRole('heading', { level: 1, name: 'My panels' }).waitFor({ timeout: 30_000 });
  check(`${lead}: a deleted draft is gone`, (await forge(leadPage, 'GET', `/api/panels/${throwaway.id}`)).status === 404);

  // Panel selection -> assessment -> back, saying why (a missing reason first) -> assessment again.
  await open(leadPage, selecting);
  await button(leadPage, 'Start the assessment').click();
  await stateShown(leadPage, 'Assessment');
  await button(leadPage, 'Return to panel selection').click();
  await button(leadPage, 'Yes, return to panel selection').click();
  await leadPage.locator('[id="reason-return_to_panel_selection-error"]').waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '03-reason-missing', `Panel ${selecting.nickname}`);
  check(`${lead}: a missing reason shows next to its field`,
    await leadPage.getByLabel('Why return to panel selection?').getAttribute('aria-invalid') === 'true');
  await leadPage.getByLabel('Why return to panel selection?').fill(scenario.reason);
  await button(leadPage, 'Yes, return to panel selection').click();
  await stateShown(leadPage, 'Panel selection');
  check(`${lead}: the step back and its reason are in the timeline`,
    await leadPage.locator('.timeline li', { hasText: scenario.reason }).count() === 1);
  await button(leadPage, 'Start the assessment').click();
  await stateShown(leadPage, 'Assessment');
  await screen(leadPage, lead, '04-assessment-again', `Panel ${selecting.nickname}`);
  const afterMoves = await panelOf(leadPage, selecting);
  check(`${lead}: each move was one change of the panel (If-Match from the page's last answer)`,
    afterMoves.history.slice(-3).map(move => move.to).join() === 'ASSESSMENT,PANEL_SELECTION,ASSESSMENT',
    JSON.stringify(afterMoves.history));

  // Closing short of the quorum: the server's problem next to the button; the panel stays in sign-off.
  await open(leadPage, shortOfQuorum);
  await button(leadPage, 'Close the panel').click();
  await button(leadPage, 'Yes, close the panel').click();
  const problem = leadPage.locator('.confirmation .problem');
  await problem.waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '05-quorum-problem', `Panel ${shortOfQuorum.nickname}`);
  check(`${lead}: the server's refusal (quorum) shows next to the button`,
    /contributions; 2 are needed/.test(await problem.innerText()), await problem.innerText());

  // Closing and archiving, each confirmed.
  await open(leadPage, closable);
  await button(leadPage, 'Close the panel').click();
  await button(leadPage, 'Yes, close the panel').click();
  await stateShown(leadPage, 'Closed');
  await button(leadPage, 'Archive the panel').click();
  await button(leadPage, 'Yes, archive the panel').click();
  await stateShown(leadPage, 'Archived');
  await screen(leadPage, lead, '06-archived', `Panel ${closable.nickname}`);
  check(`${lead}: an archived panel offers no more move`, await leadPage.locator('#lifecycle').count() === 0);

  // Aborting, saying why.
  await open(leadPage, aborting);
  await button(leadPage, 'Abort the panel').click();
  await leadPage.getByLabel('Why is the panel aborted?').fill(scenario.abortReason);
  await button(leadPage, 'Yes, abort the panel').click();
  await stateShown(leadPage, 'Aborted');
  await screen(leadPage, lead, '07-aborted', `Panel ${aborting.nickname}`);
  check(`${lead}: the abortion's reason is recorded`, (await panelOf(leadPage, aborting)).history
    .some(move => move.to === 'ABORTED' && move.reason === scenario.abortReason));

  // Meetings: an empty form first (errors next to the fields), then a meeting at 15:30 Berlin time.
  await open(leadPage, assessing);
  await leadPage.getByLabel('Video link (https)').fill('');
  await button(leadPage, 'Schedule the meeting').click();
  await leadPage.locator('#meeting-start-error').waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '08-meeting-errors', `Panel ${assessing.nickname}`);
  check(`${lead}: the missing start and video link show next to their fields`,
    await leadPage.locator('#meeting-start').getAttribute('aria-invalid') === 'true'
      && await leadPage.locator('#meeting-video').getAttribute('aria-invalid') === 'true');
  check(`${lead}: the start is asked in the user's time zone`,
    await leadPage.getByText('Start (your time zone: Europe/Berlin)').count() === 1);
  await leadPage.locator('#meeting-start').fill('2030-03-05T15:30');
  await leadPage.locator('#meeting-minutes').fill('90');
  await leadPage.getByLabel('Video link (https)').fill(scenario.videoLink);
  await button(leadPage, 'Schedule the meeting').click();
  const scheduled = 'Tue, 5 Mar 2030, 15:30 CET – 17:00';
  await leadPage.locator('.meeting', { hasText: scheduled }).waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '09-meeting-scheduled', `Panel ${assessing.nickname}`);
  const meeting = (await panelOf(leadPage, assessing)).meetings[0];
  check(`${lead}: the meeting is stored at the instant meant (UTC), for both participants, with its link`,
    meeting.start === '2030-03-05T14:30:00Z' && meeting.duration === 'PT1H30M' && meeting.attendees.length === 2
      && meeting.videoLink === scenario.videoLink, JSON.stringify(meeting));
  check(`${lead}: the meeting shows its participants and its video link`,
    await leadPage.locator('.meeting', { hasText: `You, ${scenario.memberName}` }).count() === 1
      && await leadPage.getByRole('link', { name: scenario.videoLink }).count() === 1);

  // Moved to the next morning; the calendar feed's address, read without a token, has the meeting.
  await button(leadPage, `Change the time of the meeting of ${scheduled}`).click();
  await leadPage.locator(`#move-${meeting.id}-start`).fill('2030-03-06T09:00');
  await leadPage.locator(`#move-${meeting.id}-minutes`).fill('45');
  await button(leadPage, `Move the meeting of ${scheduled}`).click();
  const moved = 'Wed, 6 Mar 2030, 09:00 CET – 09:45';
  await leadPage.locator('.meeting', { hasText: moved }).waitFor({ timeout: 30_000 });
  await button(leadPage, 'Get the address of my calendar feed').click();
  const feedLink = leadPage.locator('a.feed-address');
  await feedLink.waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '10-meeting-moved', `Panel ${assessing.nickname}`);
  // The feed follows meeting changes after their commit (the outbox relay brings it up to date within seconds, as a
  // calendar polling the address sees it): read it again, bounded, until the move shows.
  const feedAddress = await feedLink.getAttribute('href');
  let feed = await fetch(feedAddress);
  let calendar = await feed.text();
  for (const until = Date.now() + 30_000; feed.status === 200 && !calendar.includes('20300306T080000Z')
    && Date.now() < until;) {
    await new Promise(resolve => setTimeout(resolve, 250));
    feed = await fetch(feedAddress);
    calendar = await feed.text();
  }
  check(`${lead}: the calendar feed, read without a token, holds the moved meeting and no identity`,
    feed.status === 200 && calendar.includes('BEGIN:VCALENDAR') && calendar.includes('20300306T080000Z')
      && calendar.includes(scenario.videoLink)
      && scenario.secrets.every(secret => !calendar.includes(secret)), `${feed.status} ${calendar.slice(0, 400)}`);

  // The member, in Lisbon on a phone: the meeting at their own time; no move, no meeting form; forged, refused.
  const memberPage = await signedIn(browser, member, { timezoneId: 'Europe/Lisbon', viewport: { width: 390, height: 844 } });
  await open(memberPage, assessing);
  await memberPage.locator('.meeting', { hasText: 'Wed, 6 Mar 2030, 08:00 WET – 08:45' }).waitFor({ timeout: 30_000 });
  await screen(memberPage, member, '01-meeting', `Panel ${assessing.nickname}`);
  const taking = await memberPage.locator('.facts dd.people').innerText();
  check(`${member}: the panel page names who takes part by name, the lead first`,
    taking === `${scenario.leadName} (Lead), You`, taking);
  check(`${member}: a member is offered no lifecycle move and no meeting form`,
    await memberPage.locator('#lifecycle').count() === 0 && await button(memberPage, 'Schedule the meeting').count() === 0
      && await memberPage.getByRole('button', { name: /^Cancel the meeting/ }).count() === 0);
  const version = `"${(await panelOf(memberPage, assessing)).version}"`;
  const forgedMove = await forge(memberPage, 'POST', `/api/panels/${assessing.id}/sign-off`, undefined, { 'If-Match': version });
  const forgedMeeting = await forge(memberPage, 'POST', `/api/panels/${assessing.id}/meetings`, { start: '2030-04-01T10:00:00Z',
    durationMinutes: 30, attendees: [meeting.attendees[0]], videoLink: 'https://meet.example.org/forged' }, { 'If-Match': version });
  const forgedCancel = await forge(memberPage, 'DELETE', `/api/panels/${assessing.id}/meetings/${meeting.id}`, undefined,
    { 'If-Match': version });
  check(`${member}: a forged move, meeting and cancellation are refused with 403`,
    [forgedMove.status, forgedMeeting.status, forgedCancel.status].every(status => status === 403),
    `${forgedMove.status} ${forgedMeeting.status} ${forgedCancel.status}`);

  // The lead cancels the meeting once confirmed.
  await button(leadPage, `Cancel the meeting of ${moved}`).click();
  await button(leadPage, `Yes, cancel the meeting of ${moved}`).click();
  await leadPage.locator('.meeting.cancelled', { hasText: moved }).waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '11-meeting-cancelled', `Panel ${assessing.nickname}`);
  check(`${lead}: the cancelled meeting is shown as such, without actions`,
    (await panelOf(leadPage, assessing)).meetings[0].status === 'CANCELLED'
      && await leadPage.getByRole('button', { name: /^Cancel the meeting/ }).count() === 0);

  // The member's request for data, answered with the panel's study; its link opens the viewer, headed by the panel
  // and the study.
  await leadPage.getByLabel('Your answer').fill(scenario.dataAnswer);
  await leadPage.getByLabel('Imaging study that goes with the answer (optional)').selectOption({ label: scenario.studyTitle });
  await button(leadPage, 'Send the answer').click();
  const attached = leadPage.locator('.data-request .answer a', { hasText: scenario.studyTitle });
  await attached.waitFor({ timeout: 30_000 });
  await settled(leadPage);
  await screen(leadPage, lead, '12-answer-with-study', `Panel ${assessing.nickname}`);
  const answer = (await panelOf(leadPage, assessing)).dataRequests[0].answer;
  check(`${lead}: the answer carries the study as an attachment`, answer?.text === scenario.dataAnswer
    && answer.attachments?.[0]?.kind === 'IMAGING_STUDY' && answer.attachments[0].title === scenario.studyTitle,
    JSON.stringify(answer));
  await attached.click();
  const heading = `Imaging study of panel ${assessing.nickname}: `;
  await screen(leadPage, lead, '13-viewer-heading', heading);
  const shown = await leadPage.getByRole('heading', { level: 1 }).innerText();
  check(`${lead}: the viewer's heading names the panel's nickname and the study`,
    shown.startsWith(heading) && shown.includes(scenario.studyTitle), shown);
} catch (failure) {
  console.error(failure);
  process.exitCode = 1;
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
}
