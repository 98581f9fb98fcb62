import { useState } from 'preact/hooks';
import { useAuthor } from '../author';
import { useSignedIn } from '../context';
import { regionalLocale, useT } from '../i18n';
import { meetingTime, minutesOf, participants } from '../meetings';
import { allows, type Panel } from '../panels';
import { CalendarFeed } from './CalendarFeed';
import { CancelMeeting, RescheduleMeeting, ScheduleMeeting } from './MeetingForms';

type Changed = (panel: Panel) => void;
export type Meeting = NonNullable<Panel['meetings']>[number];

/**
 * The panel's meetings, in order of time, each with its time in the user's locale and time zone, its participants,
 * video link and recording; who organises them (the lead or a panel manager: {@code ORGANISE_MEETINGS}) schedules,
 * moves and cancels them ({@code /meetings}, the panel's version in If-Match); every participant gets the address of
 * their calendar feed, where the meetings of all their panels appear.
 */
export function Meetings({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { me } = useSignedIn();
  const { t } = useT();
  const meetings = [...(panel.meetings ?? [])].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const organising = allows(panel, 'ORGANISE_MEETINGS');
  const taking = panel.lead === me.userId || (panel.members ?? []).includes(me.userId ?? '');
  if (meetings.length === 0 && !organising) {
    return null;
  }
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">{t('meetings.title')}</h2>
      {meetings.length === 0 ? <p>{t('meetings.empty')}</p> : (
        <ul class="meetings">
          {meetings.map(meeting => (
            <MeetingItem key={meeting.id} panel={panel} meeting={meeting} organising={organising} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {organising && <ScheduleMeeting panel={panel} onChanged={onChanged} />}
      {(taking || organising) && <CalendarFeed />}
    </section>
  );
}

function MeetingItem({ panel, meeting, organising, onChanged }: {
  panel: Panel; meeting: Meeting; organising: boolean; onChanged: Changed;
}) {
  const { t, language } = useT();
  const [changing, setChanging] = useState<'time' | 'cancel'>();
  const minutes = minutesOf(meeting.duration);
  const when = meetingTime(regionalLocale(language), meeting.start, minutes);
  const cancelled = meeting.status === 'CANCELLED';
  const name = useAuthor(panel);
  const done = (changed: Panel) => {
    setChanging(undefined);
    onChanged(changed);
  };
  return (
    <li class={cancelled ? 'meeting cancelled' : 'meeting'}>
      <p><strong><time dateTime={meeting.start}>{when}</time></strong>{' '}
        <span class="hint">({t('meetings.minutes', { minutes })})</span>
        {cancelled && <> · <strong>{t('meetings.cancelled')}</strong></>}</p>
      <dl class="facts">
        <dt>{t('meetings.attendees')}</dt>
        <dd>{participants(panel).filter(id => (meeting.attendees ?? []).includes(id)).map(name).join(', ')}</dd>
        <dt>{t('meetings.video')}</dt>
        <dd>{cancelled ? meeting.videoLink
          : <a href={meeting.videoLink} target="_blank" rel="noopener noreferrer">{meeting.videoLink}</a>}</dd>
        {meeting.recording && <><dt>{t('meetings.recording')}</dt><dd>{meeting.recording}</dd></>}
      </dl>
      {organising && !cancelled && (changing === 'time'
        ? <RescheduleMeeting panel={panel} meeting={meeting} when={when} onChanged={done} onClose={() => setChanging(undefined)} />
        : changing === 'cancel'
          ? <CancelMeeting panel={panel} meeting={meeting} when={when} onChanged={done} onClose={() => setChanging(undefined)} />
          : (
            <p class="actions">
              <button type="button" onClick={() => setChanging('time')}>{t('meetings.reschedule', { when })}</button>{' '}
              <button type="button" onClick={() => setChanging('cancel')}>{t('meetings.cancel', { when })}</button>
            </p>
          ))}
    </li>
  );
}
