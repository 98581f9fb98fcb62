import { useState } from 'preact/hooks';
import type { AccessRequest } from '../access';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { formatDateTime, useT } from '../i18n';
import { useSubmit } from '../submit';

/**
 * One waiting access request and its decision: accept ({@code POST .../acceptance}) or reject with a reason
 * ({@code POST .../rejection}), each with the request's version in If-Match. Buttons and the reason's field are named
 * after the requester, so that each is told apart from those of the other requests on the screen.
 */
export function AccessDecision({ request, centre, onDecided }: {
  request: AccessRequest; centre: string; onDecided: (note: string) => void;
}) {
  const { api } = useSignedIn();
  const { t, label, language } = useT();
  const [reason, setReason] = useState('');
  const who = request.requesterName ?? '';
  const params = { path: { id: request.id as string }, header: { 'If-Match': `"${request.version}"` } };
  const accepting = useSubmit<unknown>(() => onDecided(t('decide.accepted', { name: who })));
  const rejecting = useSubmit<unknown>(() => onDecided(t('decide.rejected', { name: who })));
  const reasonId = `reason-${request.id}`;
  const error = rejecting.errors.reason;
  return (
    <li class="card wide">
      <h2>{who}</h2>
      <dl class="facts">
        <dt>{t('decide.email')}</dt><dd>{request.requesterEmail}</dd>
        <dt>{t('request.centre')}</dt><dd>{centre}</dd>
        <dt>{t('request.roles')}</dt><dd>{(request.roles ?? []).map(role => label('grant', role)).join(', ')}</dd>
        <dt>{t('request.motivation')}</dt><dd>{request.motivation}</dd>
        <dt>{t('decide.requestedAt')}</dt><dd>{formatDateTime(language, request.requestedAt)}</dd>
      </dl>
      <form noValidate onSubmit={event => {
        event.preventDefault();
        void accepting.submit(() => api.POST('/api/access-requests/{id}/acceptance', { params }));
      }}>
        <SubmitRow label={t('decide.accept', { name: who })} busyLabel={t('decide.accepting')} submission={accepting} />
      </form>
      <form noValidate onSubmit={event => {
        event.preventDefault();
        void rejecting.submit(() => api.POST('/api/access-requests/{id}/rejection', { params,
          // a blank reason is not sent: the server names the missing field, worded as every required one
          body: { reason: (reason.trim() || undefined) as string } }));
      }}>
        <Field id={reasonId} label={t('decide.reason', { name: who })} error={error}>
          <textarea {...described(reasonId, error)} rows={2} value={reason}
                    onInput={event => setReason(event.currentTarget.value)} />
        </Field>
        <SubmitRow label={t('decide.reject', { name: who })} busyLabel={t('decide.rejecting')} submission={rejecting} />
      </form>
    </li>
  );
}
