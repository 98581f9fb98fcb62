import { useEffect, useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { problemDetail } from '../api/problem';
import { useAuthor } from '../author';
import { followChat, type ChatMessage } from '../chat';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { formatDateTime, useT } from '../i18n';
import { useSubmit } from '../submit';

/**
 * A panel's chat, live: the latest messages ({@code GET /api/panels/{id}/chat}), then each new one as the server pushes
 * it (the stream after the last one read). Those who take part post ({@code POST /api/panels/{id}/chat}); their own
 * message, too, arrives through the stream. New messages are announced politely to screen readers.
 */
export function Chat({ panel, mayPost }: { panel: Schemas['PanelJson']; mayPost: boolean }) {
  const { api } = useSignedIn();
  const { t, language } = useT();
  const author = useAuthor(panel);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [problem, setProblem] = useState<string>();
  const id = panel.id as string;
  useEffect(() => {
    const abort = new AbortController();
    const add = (message: ChatMessage) => setMessages(list => list.some(each => each.id === message.id)
      ? list : [...list, message]);
    (async () => {
      const { data, error, response } = await api.GET('/api/panels/{id}/chat', {
        params: { path: { id }, query: { limit: '50' } }, signal: abort.signal });
      if (!data) {
        setProblem(problemDetail(error, response));
        return;
      }
      (data.items ?? []).forEach(add);
      await followChat(api, id, data.items?.at(-1)?.position, abort.signal, add);
    })().catch(failure => abort.signal.aborted || setProblem(String(failure)));
    return () => abort.abort();
  }, [id]);

  return (
    <section aria-labelledby="chat">
      <h2 id="chat">{t('chat.title')}</h2>
      {problem && <p role="alert" class="problem">{t('app.problem', { detail: problem })}</p>}
      <ol class="chat" aria-live="polite">
        {messages.map(message => (
          <li key={message.id}>
            <span class="who">{author(message.author)}</span>{' '}
            <time class="hint" dateTime={message.postedAt}>{formatDateTime(language, message.postedAt)}</time>
            <p>{message.text}</p>
          </li>
        ))}
      </ol>
      {messages.length === 0 && <p>{t('chat.empty')}</p>}
      {mayPost && <ChatForm panel={id} />}
    </section>
  );
}

function ChatForm({ panel }: { panel: string }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const [text, setText] = useState('');
  const posting = useSubmit<Schemas['IdJson']>(() => setText(''));
  const error = posting.errors.text;
  function post(event: Event) {
    event.preventDefault();
    void posting.submit(() => api.POST('/api/panels/{id}/chat', { params: { path: { id: panel } }, body: { text } }));
  }
  return (
    <form onSubmit={post} noValidate class="comment">
      <Field id="chat-text" label={t('chat.label')} error={error}>
        <input {...described('chat-text', error)} autoComplete="off" value={text}
               onInput={event => setText(event.currentTarget.value)} />
      </Field>
      <SubmitRow label={t('chat.submit')} busyLabel={t('chat.busy')} submission={posting} />
    </form>
  );
}
