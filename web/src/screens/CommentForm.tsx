import { useT } from '../i18n';
import type { Panel } from '../panels';
import { TextForm } from './TextForm';

/**
 * A comment in the panel's timeline ({@code POST /api/panels/{id}/timeline}, additive: no If-Match); the panel as the
 * server answers it replaces the one shown, and the text field empties for the next comment.
 */
export function CommentForm({ panel, onChanged }: { panel: Panel; onChanged: (panel: Panel) => void }) {
  const { t } = useT();
  return (
    <TextForm id="comment" label={t('comment.label')} submitLabel={t('comment.submit')} busyLabel={t('comment.busy')}
              write={(api, text) => api.POST('/api/panels/{id}/timeline', {
                params: { path: { id: panel.id as string } }, body: { text } })}
              onChanged={onChanged} />
  );
}
