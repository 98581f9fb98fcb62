import { useState } from 'preact/hooks';
import { problemDetail } from '../api/problem';
import { useSignedIn } from '../context';
import { formatDateTime, useT } from '../i18n';
import { appendPage, replaced, type Notification } from '../notifications';
import { Page } from '../Page';
import { useOffsetPages } from '../pages';

/** How many notifications one page of the inbox shows. */
export const INBOX_PAGE = 20;

/**
 * The in-app inbox ({@code GET /api/notifications}, newest first, a page at a time): all notifications or only the
 * unread ones; each says what happened and links to its panel, and is marked read (or unread again) by the user.
 * Following the link marks it read.
 */
export function Notifications() {
  const { api } = useSignedIn();
  const { t } = useT();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { items, setItems, next, state, more } = useOffsetPages<Notification>(offset => api.GET('/api/notifications',
    { params: { query: { offset, limit: String(INBOX_PAGE), unread: String(unreadOnly) } } }), [unreadOnly], appendPage);

  return (
    <Page title={t('inbox.title')} state={state}>
      <label class="check">
        <input type="checkbox" checked={unreadOnly} onChange={event => setUnreadOnly(event.currentTarget.checked)} />
        {' '}{t('inbox.unreadOnly')}
      </label>
      {items.length === 0 ? <p>{t('inbox.empty')}</p> : (
        <ul class="inbox">
          {items.map(item => <Item key={item.id} item={item} onChanged={changed => setItems(replaced(items, changed))} />)}
        </ul>
      )}
      {next && <button type="button" onClick={more}>{t('inbox.more')}</button>}
    </Page>
  );
}

/** One notification: its subject (a link to its panel, if any), kind, time, text, and the read mark to toggle. */
function Item({ item, onChanged }: { item: Notification; onChanged: (changed: Notification) => void }) {
  const { api } = useSignedIn();
  const { t, label, language } = useT();
  const [problem, setProblem] = useState<string>();
  async function mark(read: boolean) {
    const params = { params: { path: { id: item.id as string } } };
    const { data, error, response } = read ? await api.POST('/api/notifications/{id}/read', params)
      : await api.DELETE('/api/notifications/{id}/read', params);
    if (data) {
      setProblem(undefined);
      onChanged(data);
    } else {
      setProblem(problemDetail(error, response));
    }
  }
  return (
    <li class={item.read ? 'read' : 'unread'}>
      <p>
        <strong class="subject">
          {item.panel ? <a href={`/panels/${item.panel}`} onClick={() => !item.read && void mark(true)}>{item.subject}</a>
            : item.subject}
        </strong>{' '}
        <span class="hint">{label('kind', item.kind)} · {formatDateTime(language, item.at)} · </span>
        <span class="state">{item.read ? t('inbox.read') : t('inbox.unread')}</span>
      </p>
      {item.body && <p class="body">{item.body}</p>}
      <button type="button" onClick={() => void mark(!item.read)}>
        {item.read ? t('inbox.markUnread') : t('inbox.markRead')}
      </button>
      {problem && <p role="alert" class="problem">{t('app.problem', { detail: problem })}</p>}
    </li>
  );
}
