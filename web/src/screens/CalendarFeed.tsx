import { useState } from 'preact/hooks';
import { useSignedIn } from '../context';
import { SubmitRow } from '../Form';
import { useT } from '../i18n';
import { useSubmit } from '../submit';

/**
 * The address of the user's calendar feed ({@code POST /api/users/{id}/calendar-feed}): the meetings of all their
 * panels, for a calendar client to subscribe to without signing in. The server keeps only a digest of it, so it is
 * shown once, when given (with a button to copy it); asking again gives a new address and the one before stops
 * answering, as it does once revoked ({@code DELETE}).
 */
export function CalendarFeed() {
  const { api, me } = useSignedIn();
  const { t } = useT();
  const [url, setUrl] = useState<string>();
  const [note, setNote] = useState<string>();
  const path = { params: { path: { id: me.userId as string } } };
  const asking = useSubmit<{ url?: string }>(feed => {
    setUrl(feed.url);
    setNote(undefined);
  });
  const revoking = useSubmit<unknown>(() => {
    setUrl(undefined);
    setNote(t('feed.revoked'));
  });
  function ask(event: Event) {
    event.preventDefault();
    void asking.submit(() => api.POST('/api/users/{id}/calendar-feed', path));
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(url ?? '');
      setNote(t('feed.copied'));
    } catch {
      setNote(t('feed.copyFailed'));
    }
  }
  return (
    <section class="card" aria-labelledby="calendar-feed">
      <form onSubmit={ask}>
        <h3 id="calendar-feed">{t('meetings.feed')}</h3>
        <p>{t('meetings.feedExplain')}</p>
        {url && (
          <p>{t('meetings.feedAddress')}: <a href={url} class="feed-address">{url}</a>{' '}
            <button type="button" onClick={() => void copy()}>{t('feed.copy')}</button></p>
        )}
        {note && <p role="status" class="done">{note}</p>}
        <SubmitRow label={t(url ? 'meetings.feedAgain' : 'meetings.feedGet')} busyLabel={t('meetings.feedGetting')}
                   submission={asking} />
      </form>
      <form noValidate onSubmit={event => {
        event.preventDefault();
        void revoking.submit(() => api.DELETE('/api/users/{id}/calendar-feed', path));
      }}>
        <SubmitRow label={t('feed.revoke')} busyLabel={t('feed.revoking')} submission={revoking} />
      </form>
    </section>
  );
}
