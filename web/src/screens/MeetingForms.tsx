import { useEffect, useRef, useState } from 'preact/hooks';
import { useAuthor } from '../author';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { useT } from '../i18n';
import { instantOfLocal, localOfInstant, minutesOf, participants, userTimeZone } from '../meetings';
import { ifMatch, type Panel } from '../panels';
import { useSubmit } from '../submit';
import type { Meeting } from './Meetings';

type Changed = (panel: Panel) => void;

/** Problems of one field, by their code, put next to that field. */
const FIELD_OF_CODE = { 'panel.meeting-not-in-future': 'start', 'meeting-duration.invalid': 'durationMinutes',
  'meeting-duration': 'durationMinutes', 'video-link.invalid': 'videoLink', 'video-link': 'videoLink',
  'panel.attendee-not-participant': 'attendees' };

/** When and how long: the start in the user's time zone (named), the length in minutes. */
function TimeFields({ prefix, start, setStart, minutes, setMinutes, errors }: {
  prefix: string; start: string; setStart: (value: string) => void; minutes: string; setMinutes: (value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useT();
  return (
    <>
      <Field id={`${prefix}-start`} label={t('meetings.start', { zone: userTimeZone() })} error={errors.start}>
        <input type="datetime-local" {...described(`${prefix}-start`, errors.start)} value={start}
               onInput={event => setStart(event.currentTarget.value)} />
      </Field>
      <Field id={`${prefix}-minutes`} label={t('meetings.duration')} error={errors.durationMinutes}>
        <input type="number" min={5} max={480} step={5} {...described(`${prefix}-minutes`, errors.durationMinutes)}
               value={minutes} onInput={event => setMinutes(event.currentTarget.value)} />
      </Field>
    </>
  );
}

/** Schedules a meeting of the chosen participants (all of them at first) with its https video link. */
export function ScheduleMeeting({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const everyone = participants(panel);
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState('60');
  const [attendees, setAttendees] = useState<string[]>(everyone);
  const [videoLink, setVideoLink] = useState('');
  const scheduling = useSubmit<Panel>(changed => {
    setStart('');
    onChanged(changed);
  }, FIELD_OF_CODE);
  const errors = scheduling.errors;
  const name = useAuthor(panel);
  function schedule(event: Event) {
    event.preventDefault();
    void scheduling.submit(() => api.POST('/api/panels/{id}/meetings', { params: ifMatch(panel), body: {
      start: instantOfLocal(start) as string, durationMinutes: Number(minutes) || (undefined as unknown as number),
      attendees, videoLink } }));
  }
  return (
    <form onSubmit={schedule} noValidate class="card" aria-labelledby="schedule-meeting">
      <h3 id="schedule-meeting">{t('meetings.schedule')}</h3>
      <TimeFields prefix="meeting" start={start} setStart={setStart} minutes={minutes} setMinutes={setMinutes} errors={errors} />
      <fieldset aria-describedby={errors.attendees ? 'attendees-error' : undefined}>
        <legend>{t('meetings.who')}</legend>
        {everyone.map(id => (
          <label key={id} class="check">
            <input type="checkbox" checked={attendees.includes(id)} onChange={event => setAttendees(event.currentTarget.checked
              ? [...attendees, id] : attendees.filter(other => other !== id))} />{' '}{name(id)}
          </label>
        ))}
        {errors.attendees && <p id="attendees-error" class="field-error">{errors.attendees}</p>}
      </fieldset>
      <Field id="meeting-video" label={t('meetings.videoLink')} error={errors.videoLink}>
        <input type="url" {...described('meeting-video', errors.videoLink)} value={videoLink}
               onInput={event => setVideoLink(event.currentTarget.value)} />
      </Field>
      <SubmitRow label={t('meetings.submit')} busyLabel={t('meetings.scheduling')} submission={scheduling} />
    </form>
  );
}

/** Moves one meeting to a new time (PUT, If-Match required). */
export function RescheduleMeeting({ panel, meeting, when, onChanged, onClose }: {
  panel: Panel; meeting: Meeting; when: string; onChanged: Changed; onClose: () => void;
}) {
  const { api } = useSignedIn();
  const { t } = useT();
  const [start, setStart] = useState(localOfInstant(meeting.start));
  const [minutes, setMinutes] = useState(String(minutesOf(meeting.duration)));
  const moving = useSubmit<Panel>(onChanged, FIELD_OF_CODE);
  const prefix = `move-${meeting.id}`;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  function move(event: Event) {
    event.preventDefault();
    void moving.submit(() => api.PUT('/api/panels/{id}/meetings/{meetingId}', {
      params: { path: { id: panel.id as string, meetingId: meeting.id as string }, header: ifMatch(panel).header },
      body: { start: instantOfLocal(start) as string, durationMinutes: Number(minutes) || (undefined as unknown as number) } }));
  }
  return (
    <form ref={form} onSubmit={move} noValidate class="card">
      <TimeFields prefix={prefix} start={start} setStart={setStart} minutes={minutes} setMinutes={setMinutes}
                  errors={moving.errors} />
      <SubmitRow label={t('meetings.rescheduleSubmit', { when })} busyLabel={t('meetings.moving')} submission={moving} />
      <button type="button" class="secondary" onClick={onClose} disabled={moving.busy}>{t('meetings.keep')}</button>
    </form>
  );
}

/** Cancels one meeting, once confirmed. */
export function CancelMeeting({ panel, meeting, when, onChanged, onClose }: {
  panel: Panel; meeting: Meeting; when: string; onChanged: Changed; onClose: () => void;
}) {
  const { api } = useSignedIn();
  const { t } = useT();
  const cancelling = useSubmit<Panel>(onChanged);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.focus(), []);
  const warning = `cancel-${meeting.id}`;
  function cancel(event: Event) {
    event.preventDefault();
    void cancelling.submit(() => api.DELETE('/api/panels/{id}/meetings/{meetingId}', {
      params: { path: { id: panel.id as string, meetingId: meeting.id as string }, header: ifMatch(panel).header } }));
  }
  return (
    <form ref={form} onSubmit={cancel} class="card confirmation" aria-labelledby={warning} tabIndex={-1}>
      <p id={warning}>{t('meetings.cancelWarning', { when })}</p>
      <SubmitRow label={t('meetings.cancelYes', { when })} busyLabel={t('meetings.cancelling')} submission={cancelling} />
      <button type="button" class="secondary" onClick={onClose} disabled={cancelling.busy}>{t('meetings.keep')}</button>
    </form>
  );
}
