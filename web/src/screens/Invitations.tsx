import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useAuthor } from '../author';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { formatDateTime, useT } from '../i18n';
import { useLoad } from '../load';
import { allows, ifMatch, type Panel } from '../panels';
import { useSubmit } from '../submit';

type Changed = (panel: Panel) => void;

/**
 * The panel's invitations: who was invited, how and with what answer; the invited expert accepts
 * ({@code POST /invitation/acceptance}) or declines ({@code POST /invitation/decline}: they no longer see the panel,
 * and go back to their panels); those who may invite choose one of the lead ERN's experts the panel would accept
 * ({@code GET /invitable-experts}, {@code POST /invitations}).
 */
export function Invitations({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { t, label, language } = useT();
  const author = useAuthor(panel);
  const invitations = panel.invitations ?? [];
  const answering = allows(panel, 'ACCEPT_INVITATION') || allows(panel, 'DECLINE_INVITATION');
  if (invitations.length === 0 && !allows(panel, 'INVITE')) {
    return null;
  }
  return (
    <section aria-labelledby="invitations">
      <h2 id="invitations">{t('invitations.title')}</h2>
      {answering && <Answer panel={panel} onChanged={onChanged} />}
      {invitations.length === 0 ? <p>{t('invitations.empty')}</p> : (
        <ul class="invitations">
          {invitations.map(invitation => (
            <li key={`${invitation.invitee}-${invitation.invitedAt}`}>
              {author(invitation.invitee)}: <strong>{label('invitation', invitation.status)}</strong>{' '}
              <span class="hint">({label('invitationKind', invitation.kind)},{' '}
                <time dateTime={invitation.invitedAt}>{formatDateTime(language, invitation.invitedAt)}</time>)</span>
            </li>
          ))}
        </ul>
      )}
      {allows(panel, 'INVITE') && <InviteForm panel={panel} onChanged={onChanged} />}
    </section>
  );
}

function Answer({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const { route } = useLocation();
  const accepting = useSubmit<Panel>(onChanged);
  const declining = useSubmit<Panel | undefined>(changed => changed ? onChanged(changed) : route('/'));
  return (
    <div class="card" role="group" aria-labelledby="invited">
      <p id="invited">{t('invitations.youAreInvited')}</p>
      <form onSubmit={event => { event.preventDefault();
        void accepting.submit(() => api.POST('/api/panels/{id}/invitation/acceptance', { params: ifMatch(panel) })); }}>
        <SubmitRow label={t('invitations.accept')} busyLabel={t('invitations.accepting')} submission={accepting} />
      </form>
      <form onSubmit={event => { event.preventDefault();
        void declining.submit(() => api.POST('/api/panels/{id}/invitation/decline', { params: ifMatch(panel) })); }}>
        <SubmitRow label={t('invitations.decline')} busyLabel={t('invitations.declining')} submission={declining} />
      </form>
    </div>
  );
}

function InviteForm({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const id = panel.id as string;
  const experts = useLoad(() => api.GET('/api/panels/{id}/invitable-experts', { params: { path: { id } } }),
    [id, panel.version]);
  const [invitee, setInvitee] = useState('');
  const inviting = useSubmit<Panel>(changed => {
    setInvitee('');
    onChanged(changed);
  });
  const error = inviting.errors.invitee;
  function invite(event: Event) {
    event.preventDefault();
    void inviting.submit(() => api.POST('/api/panels/{id}/invitations', { params: ifMatch(panel),
      body: { invitee: invitee || (undefined as unknown as string) } }));
  }
  return (
    <form onSubmit={invite} noValidate class="card">
      <Field id="invitee" label={t('invitations.expert')} error={error}>
        <select {...described('invitee', error)} value={invitee} onChange={event => setInvitee(event.currentTarget.value)}>
          <option value="">{t('invitations.choose')}</option>
          {(experts.data ?? []).map(expert => (
            <option key={expert.id} value={expert.id}>{expert.displayName} ({expert.country})</option>
          ))}
        </select>
      </Field>
      <SubmitRow label={t('invitations.invite')} busyLabel={t('invitations.inviting')} submission={inviting} />
    </form>
  );
}
