import { useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { useT } from '../i18n';
import { useSubmit } from '../submit';

type Panel = Schemas['PanelJson'];

/**
 * A comment in the panel's timeline ({@code POST /api/panels/{id}/timeline}, additive: no If-Match); the panel as the
 * server answers it replaces the one shown, and the text field empties for the next comment.
 */
export function CommentForm({ panel, onChanged }: { panel: Panel; onChanged: (panel: Panel) => void }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const [text, setText] = useState('');
  const commenting = useSubmit<Panel>(changed => {
    setText('');
    onChanged(changed);
  });
  const error = commenting.errors.text;

  function comment(event: Event) {
    event.preventDefault();
    void commenting.submit(() => api.POST('/api/panels/{id}/timeline', {
      params: { path: { id: panel.id as string } }, body: { text } }));
  }

  return (
    <form onSubmit={comment} noValidate class="comment">
      <Field id="comment" label={t('comment.label')} error={error}>
        <textarea {...described('comment', error)} rows={3} value={text}
                  onInput={event => setText(event.currentTarget.value)} />
      </Field>
      <SubmitRow label={t('comment.submit')} busyLabel={t('comment.busy')} submission={commenting} />
    </form>
  );
}
