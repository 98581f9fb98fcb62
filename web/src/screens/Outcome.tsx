import { useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { useAuthor } from '../author';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { formatDateTime, useT } from '../i18n';
import { allows, ifMatch } from '../panels';
import { useSubmit } from '../submit';
import { OutcomePdf } from './OutcomePdf';

type Panel = Schemas['PanelJson'];
type Changed = (panel: Panel) => void;
const FIELDS = ['conclusion', 'recommendations', 'treatmentPlan'] as const;

/**
 * The panel's outcome: the draft or final text with its reviews, and the moves the panel allows the user — the
 * lead drafts ({@code PUT /outcome}) and finalises ({@code POST /outcome/finalisation}), members agree or disagree
 * ({@code POST /outcome/reviews}). Every change names the panel's version read ({@code If-Match}), so that a change
 * made meanwhile by someone else is reported rather than overwritten.
 */
export function Outcome({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { t, language } = useT();
  const author = useAuthor(panel);
  const moves = { draft: allows(panel, 'DRAFT_OUTCOME'), finalise: allows(panel, 'FINALISE_OUTCOME'),
    review: allows(panel, 'REVIEW_OUTCOME') };
  const outcome = panel.outcome;
  if (!outcome && !moves.draft) {
    return null;
  }
  return (
    <section aria-labelledby="outcome">
      <h2 id="outcome">{t('outcome.title')}</h2>
      {outcome && (
        <>
          <p class="hint">{outcome.finalisedAt ? t('outcome.final', { at: formatDateTime(language, outcome.finalisedAt) })
            : t('outcome.draft', { at: formatDateTime(language, outcome.draftedAt) })}</p>
          <dl class="facts">
            {FIELDS.map(field => outcome[field] && [<dt key={`t-${field}`}>{t(`outcome.${field}`)}</dt>,
              <dd key={`d-${field}`}>{outcome[field]}</dd>])}
          </dl>
          {(outcome.reviews ?? []).length > 0 && (
            <ul class="reviews">
              {outcome.reviews?.map(review => (
                <li key={review.reviewer}>{author(review.reviewer)}: <strong>{t(`outcome.${review.agreement ?? 'AGREE'}`)}</strong>
                  {review.comment ? ` — ${review.comment}` : ''}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {outcome && <OutcomePdf panel={panel} />}
      {moves.draft && <DraftForm panel={panel} onChanged={onChanged} />}
      {moves.finalise && <Finalise panel={panel} onChanged={onChanged} />}
      {moves.review && <ReviewForm panel={panel} onChanged={onChanged} />}
    </section>
  );
}

function DraftForm({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const [v, setV] = useState({ conclusion: panel.outcome?.conclusion ?? '',
    recommendations: panel.outcome?.recommendations ?? '', treatmentPlan: panel.outcome?.treatmentPlan ?? '' });
  const drafting = useSubmit<Panel>(onChanged);
  function draft(event: Event) {
    event.preventDefault();
    void drafting.submit(() => api.PUT('/api/panels/{id}/outcome', { params: ifMatch(panel), body: v }));
  }
  return (
    <form onSubmit={draft} noValidate class="card">
      {FIELDS.map(field => (
        <Field key={field} id={`outcome-${field}`} label={t(`outcome.${field}`)} error={drafting.errors[field]}>
          <textarea {...described(`outcome-${field}`, drafting.errors[field])} rows={3} value={v[field]}
                    onInput={event => setV({ ...v, [field]: event.currentTarget.value })} />
        </Field>
      ))}
      <SubmitRow label={t('outcome.save')} busyLabel={t('outcome.saving')} submission={drafting} />
    </form>
  );
}

function Finalise({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const finalising = useSubmit<Panel>(onChanged);
  function finalise(event: Event) {
    event.preventDefault();
    void finalising.submit(() => api.POST('/api/panels/{id}/outcome/finalisation', { params: ifMatch(panel) }));
  }
  return (
    <form onSubmit={finalise}>
      <SubmitRow label={t('outcome.finalise')} busyLabel={t('outcome.finalising')} submission={finalising} />
    </form>
  );
}

function ReviewForm({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { api, me } = useSignedIn();
  const { t } = useT();
  const mine = panel.outcome?.reviews?.find(review => review.reviewer === me.userId);
  const [agreement, setAgreement] = useState<Schemas['Agreement']>(mine?.agreement ?? 'AGREE');
  const [comment, setComment] = useState(mine?.comment ?? '');
  const reviewing = useSubmit<Panel>(onChanged);
  function review(event: Event) {
    event.preventDefault();
    void reviewing.submit(() => api.POST('/api/panels/{id}/outcome/reviews', { params: ifMatch(panel),
      body: { agreement, comment: comment.trim() === '' ? undefined : comment } }));
  }
  return (
    <form onSubmit={review} noValidate class="card">
      <fieldset>
        <legend>{t('outcome.yourReview')}</legend>
        {(['AGREE', 'DISAGREE'] as const).map(choice => (
          <label key={choice} class="check">
            <input type="radio" name="agreement" value={choice} checked={agreement === choice}
                   onChange={() => setAgreement(choice)} />{' '}{t(`outcome.${choice}`)}
          </label>
        ))}
      </fieldset>
      <Field id="review-comment" label={t('outcome.comment')} error={reviewing.errors.comment}>
        <textarea {...described('review-comment', reviewing.errors.comment)} rows={2} value={comment}
                  onInput={event => setComment(event.currentTarget.value)} />
      </Field>
      <SubmitRow label={t('outcome.sendReview')} busyLabel={t('outcome.sendingReview')} submission={reviewing} />
    </form>
  );
}
