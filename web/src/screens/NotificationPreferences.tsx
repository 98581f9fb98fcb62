import { useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { useSignedIn } from '../context';
import { SubmitRow } from '../Form';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { changedChannels, CHANNELS, NOTIFICATION_KINDS, type NotificationChannel } from '../notifications';
import { useSubmit } from '../submit';

type Account = Schemas['UserJson'];
type Answer = { data?: Account; error?: unknown; response: Response };

/**
 * How the user hears about each kind of notification: in the application, by e-mail, both or not at all, as their
 * account holds it ({@code GET /api/users/{id}}); saving sends each changed kind
 * ({@code PUT .../notification-channels/{kind}} with the account's version in If-Match, read again after each).
 */
export function NotificationPreferences({ userId }: { userId: string }) {
  const { api } = useSignedIn();
  const { t, label } = useT();
  const [reloads, setReloads] = useState(0);
  const account = useLoad(() => api.GET('/api/users/{id}', { params: { path: { id: userId } } }), [userId, reloads]);
  const [chosen, setChosen] = useState<Partial<Record<string, NotificationChannel>>>({});
  const [saved, setSaved] = useState(false);
  const saving = useSubmit<Account>(() => {
    setSaved(true);
    setChosen({});
    setReloads(reloads + 1);
  });
  if (!account.data) {
    return account.problem ? <p role="alert" class="problem">{t('app.problem', { detail: account.problem })}</p> : null;
  }
  const current = account.data.notificationChannels ?? {};
  const shown = { ...current, ...chosen };

  /** Each change with the version the one before left: a failed one stops the rest and is shown. */
  async function sendChanges(): Promise<Answer> {
    let version = account.data?.version;
    let last: Answer = { data: account.data, response: new Response(null, { status: 200 }) };
    for (const [kind, channel] of changedChannels(current, chosen)) {
      const put = await api.PUT('/api/users/{id}/notification-channels/{kind}', { params: { path: { id: userId, kind },
        header: { 'If-Match': `"${version}"` } }, body: { channel } });
      if (put.error !== undefined || !put.response.ok) {
        return put as Answer;
      }
      last = await api.GET('/api/users/{id}', { params: { path: { id: userId } } });
      version = last.data?.version;
    }
    return last;
  }

  return (
    <form class="card wide" noValidate aria-labelledby="preferences-title"
          onSubmit={event => { event.preventDefault(); setSaved(false); void saving.submit(sendChanges); }}>
      <h2 id="preferences-title">{t('preferences.title')}</h2>
      <p class="hint">{t('preferences.hint')}</p>
      {NOTIFICATION_KINDS.map(kind => (
        <div class="field inline" key={kind}>
          <label for={`channel-${kind}`}>{label('kind', kind)}</label>
          <select id={`channel-${kind}`} value={shown[kind] ?? ''}
                  onChange={event => setChosen({ ...chosen, [kind]: event.currentTarget.value as NotificationChannel })}>
            {CHANNELS.map(channel => <option key={channel} value={channel}>{label('channel', channel)}</option>)}
          </select>
        </div>
      ))}
      <SubmitRow label={t('preferences.save')} busyLabel={t('preferences.saving')} submission={saving} />
      {saved && <p role="status" class="done">{t('preferences.saved')}</p>}
    </form>
  );
}
