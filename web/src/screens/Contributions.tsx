import { useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { problemDetail } from '../api/problem';
import { useAuthor } from '../author';
import { useSignedIn } from '../context';
import { formatDateTime, useT } from '../i18n';
import { allows, type Panel } from '../panels';
import { TextForm } from './TextForm';

type Changed = (panel: Panel) => void;
type Contribution = NonNullable<Panel['contributions']>[number];
type Comment = Pick<Schemas['CommentEntryJson'], 'author' | 'text' | 'at'>;

/**
 * The participants' contributions with the others' comments on them: the user records or revises their own
 * ({@code POST /contributions}) and comments on the others' ({@code POST /contributions/{authorId}/comments}); a
 * contribution carries its latest comments, older ones are read a page at a time
 * ({@code GET /contributions/{authorId}/comments?before=}).
 */
export function Contributions({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { me } = useSignedIn();
  const { t } = useT();
  const contributions = panel.contributions ?? [];
  const mine = contributions.find(contribution => contribution.author === me.userId);
  return (
    <section aria-labelledby="contributions">
      <h2 id="contributions">{t('panel.contributions')}</h2>
      {contributions.length === 0 ? <p>{t('panel.contributionsEmpty')}</p> : contributions.map(contribution => (
        <ContributionCard key={contribution.author} panel={panel} contribution={contribution} onChanged={onChanged}
                          mayComment={allows(panel, 'COMMENT_ON_CONTRIBUTION') && contribution.author !== me.userId} />
      ))}
      {allows(panel, 'CONTRIBUTE') && (
        <TextForm key={mine?.updatedAt} id="contribution" initial={mine?.text ?? ''}
                  label={mine ? t('contributions.revise') : t('contributions.yours')}
                  submitLabel={t('contributions.save')} busyLabel={t('contributions.saving')}
                  write={(api, text) => api.POST('/api/panels/{id}/contributions', {
                    params: { path: { id: panel.id as string } }, body: { text } })}
                  onChanged={onChanged} />
      )}
    </section>
  );
}

function ContributionCard({ panel, contribution, mayComment, onChanged }: {
  panel: Panel; contribution: Contribution; mayComment: boolean; onChanged: Changed;
}) {
  const { api } = useSignedIn();
  const { t, language } = useT();
  const author = useAuthor(panel);
  const [older, setOlder] = useState<{ comments: Comment[]; next?: string; problem?: string }>(
    { comments: [], next: contribution.commentsNext });
  const authorId = contribution.author as string;
  async function readOlder() {
    const { data, error, response } = await api.GET('/api/panels/{id}/contributions/{authorId}/comments', {
      params: { path: { id: panel.id as string, authorId }, query: { before: older.next, limit: '50' } } });
    setOlder(data ? { comments: [...(data.items ?? []), ...older.comments], next: data.next ?? undefined }
      : { ...older, problem: problemDetail(error, response) });
  }
  const comments = [...older.comments, ...(contribution.comments ?? [])];
  const formId = `comment-on-${authorId}`;
  return (
    <article class="contribution" aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{author(contribution.author)}</h3>
      <p>{contribution.text}</p>
      <p class="hint"><time dateTime={contribution.updatedAt}>{formatDateTime(language, contribution.updatedAt)}</time></p>
      {older.next && <button type="button" class="link" onClick={() => void readOlder()}>{t('contributions.older')}</button>}
      {older.problem && <p role="alert" class="problem">{t('app.problem', { detail: older.problem })}</p>}
      {comments.length > 0 && (
        <ul class="comments">
          {comments.map(comment => (
            <li key={`${comment.at}-${comment.author}`}>{t('panel.by', { author: author(comment.author) })}: {comment.text}</li>
          ))}
        </ul>
      )}
      {mayComment && (
        <TextForm id={formId} label={t('contributions.comment', { author: author(contribution.author) })}
                  submitLabel={t('contributions.sendComment')} busyLabel={t('contributions.saving')}
                  write={(api, text) => api.POST('/api/panels/{id}/contributions/{authorId}/comments', {
                    params: { path: { id: panel.id as string, authorId } }, body: { text } })}
                  onChanged={onChanged} />
      )}
    </article>
  );
}
