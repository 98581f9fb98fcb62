import { useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { useAuthor } from '../author';
import { useSignedIn } from '../context';
import { formatDateTime, useT } from '../i18n';
import { useLoad } from '../load';
import { participants } from '../meetings';
import { Page } from '../Page';
import { allows } from '../panels';
import { Chat } from './Chat';
import { Contributions } from './Contributions';
import { DataRequests } from './DataRequests';
import { Invitations } from './Invitations';
import { Lifecycle } from './Lifecycle';
import { Meetings } from './Meetings';
import { Outcome } from './Outcome';
import { CommentForm } from './CommentForm';
import { PanelStudies } from './PanelStudies';
import { Usefulness } from './Usefulness';

type Panel = Schemas['PanelJson'];

/**
 * One panel: the patient's nickname (panels never carry identifying data), state, deadline, lead ERN (by its full
 * name), clinical question, who takes part (by name), the lifecycle moves, the invitations, the lifecycle and
 * comment timeline, the live chat, the data requests and their answers, the meetings, the contributions with their comments, the outcome (drafted, reviewed and finalised in sign-off, and as a PDF) and the
 * usefulness rating. Each form appears only when the panel names its action among those the user may take now
 * ({@code allowedActions}). After a change, the panel the server answered replaces the one read.
 */
export function PanelPage({ id }: { id: string }) {
  return <PanelOf key={id} id={id} />;
}

function PanelOf({ id }: { id: string }) {
  const { api } = useSignedIn();
  const { t, label, language } = useT();
  const read = useLoad(() => api.GET('/api/panels/{id}', { params: { path: { id } } }), [id]);
  const [changed, setChanged] = useState<Panel>();
  const panel = { ...read, data: changed ?? read.data };
  const nickname = panel.data?.patient?.nickname ?? '';
  return (
    <Page title={t('panel.title', { nickname })} state={panel}>
      {panel.data && (
        <>
          <dl class="facts">
            <dt>{t('panel.state')}</dt><dd>{label('state', panel.data.state)}</dd>
            <dt>{t('panels.urgency')}</dt><dd>{panel.data.urgent ? t('panels.urgent') : t('panels.routine')}</dd>
            <dt>{t('panels.deadline')}</dt>
            <dd>{panel.data.deadline ? formatDateTime(language, panel.data.deadline) : t('panels.noDeadline')}</dd>
            <dt>{t('panels.ern')}</dt><dd>{panel.data.leadErnName ?? panel.data.leadErn}</dd>
            <dt>{t('panel.question')}</dt><dd>{panel.data.form?.clinicalQuestion}</dd>
            <dt>{t('panel.people')}</dt><dd class="people"><People panel={panel.data} /></dd>
          </dl>
          <Lifecycle panel={panel.data} onChanged={setChanged} />
          <Invitations panel={panel.data} onChanged={setChanged} />
          <Timeline panel={panel.data} />
          {allows(panel.data, 'COMMENT') && <CommentForm panel={panel.data} onChanged={setChanged} />}
          <Chat panel={panel.data} mayPost={allows(panel.data, 'CHAT')} />
          <PanelStudies panel={id} />
          <DataRequests panel={panel.data} onChanged={setChanged} />
          <Meetings panel={panel.data} onChanged={setChanged} />
          <Contributions panel={panel.data} onChanged={setChanged} />
          <Outcome panel={panel.data} onChanged={setChanged} />
          <Usefulness panel={panel.data} onChanged={setChanged} />
        </>
      )}
      <p><a href="/">{t('panel.back')}</a></p>
    </Page>
  );
}

/** Who takes part, by name (the panel's {@code people}): the lead first, marked as such, then the members. */
function People({ panel }: { panel: Panel }) {
  const { t } = useT();
  const name = useAuthor(panel);
  return <>{participants(panel).map(id => id === panel.lead ? `${name(id)} (${t('role.LEAD')})` : name(id)).join(', ')}</>;
}

function Timeline({ panel }: { panel: Panel }) {
  const { t, label, language } = useT();
  const author = useAuthor(panel);
  const events = [
    ...(panel.history ?? []).map(move => ({ at: move.at, who: move.by,
      text: `${label('state', move.from)} → ${label('state', move.to)}${move.reason ? `: ${move.reason}` : ''}` })),
    ...(panel.timeline ?? []).map(comment => ({ at: comment.at, who: comment.author, text: comment.text ?? '' })),
  ].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t('panel.timeline')}</h2>
      {events.length === 0 ? <p>{t('panel.timelineEmpty')}</p> : (
        <ol class="timeline">
          {events.map(event => (
            <li key={`${event.at}-${event.text}`}>
              <time dateTime={event.at}>{formatDateTime(language, event.at)}</time>{' '}
              <span class="who">{t('panel.by', { author: author(event.who) })}</span>
              <p>{event.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
