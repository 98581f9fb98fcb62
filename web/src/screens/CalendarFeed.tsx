import { useState } from 'preact/hooks';
import { useSignedIn } from '../context';
import { SubmitRow } from '../Form';
import { useT } from '../i18n';
import { useSubmit } from '../submit';

/**
 * The address of the user's calendar feed ({@code POST /api/users/{id}/calendar-feed}): the meetings of all their
 * panels, for a calendar client to subscribe to without signing in. The server keeps only a digest of it, so it is
 * shown once, when given; asking again gives a new address and the one before stops answering.
 */
export function CalendarFeed() {
  const { api, me } = useSignedIn();
  const { t } = useT();
  const [url, setUrl] = useState<string>();
  const asking = useSubmit<{ url?: string }>(feed => setUrl(feed.url));
  function ask(event: Event) {
    event.preventDefault();
    void asking.submit(() => api.POST('/api/users/{id}/calendar-feed', { params: { path: { id: me.userId as string } } }));
  }
  return (
    <form onSubmit={ask} class="card" aria-labelledby="calendar-feed">
      <h3 id="calendar-feed">{t('meetings.feed')}</h3>
      <p>{t('meetings.feedExplain')}</p>
      {url && (
        <p>{t('meetings.feedAddress')}: <a href={url} class="feed-address">{url}</a></p>
      )}
      <SubmitRow label={t(url ? 'meetings.feedAgain' : 'meetings.feedGet')} busyLabel={t('meetings.feedGetting')}
                 submission={asking} />
    </form>
  );
}
