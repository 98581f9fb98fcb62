import { useState } from 'preact/hooks';
import { useSignedIn } from '../context';
import { SubmitRow } from '../Form';
import { useT } from '../i18n';
import { allows, ifMatch, type Panel } from '../panels';
import { useSubmit } from '../submit';

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * How useful the closed panel was, 1 to 5: shown once rated; the lead rates or re-rates it
 * ({@code POST /usefulness}), the range's error shown with the choice.
 */
export function Usefulness({ panel, onChanged }: { panel: Panel; onChanged: (panel: Panel) => void }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const [rating, setRating] = useState<number | undefined>(panel.usefulness?.rating);
  const sending = useSubmit<Panel>(onChanged);
  if (!panel.usefulness && !allows(panel, 'RATE_USEFULNESS')) {
    return null;
  }
  const error = sending.errors.rating;
  function rate(event: Event) {
    event.preventDefault();
    void sending.submit(() => api.POST('/api/panels/{id}/usefulness', { params: ifMatch(panel),
      body: { rating: rating as number } }));
  }
  return (
    <section aria-labelledby="usefulness">
      <h2 id="usefulness">{t('usefulness.title')}</h2>
      {panel.usefulness && <p>{t('usefulness.rated', { rating: panel.usefulness.rating ?? '' })}</p>}
      {allows(panel, 'RATE_USEFULNESS') && (
        <form onSubmit={rate} noValidate class="card">
          <fieldset aria-describedby={error ? 'rating-error' : undefined} aria-invalid={error ? 'true' : undefined}>
            <legend>{t('usefulness.question')}</legend>
            {RATINGS.map(value => (
              <label key={value} class="check">
                <input type="radio" name="rating" value={value} checked={rating === value}
                       onChange={() => setRating(value)} />{' '}{t(`usefulness.${value}`)}
              </label>
            ))}
            {error && <p id="rating-error" class="field-error">{error}</p>}
          </fieldset>
          <SubmitRow label={t('usefulness.rate')} busyLabel={t('usefulness.rating')} submission={sending} />
        </form>
      )}
    </section>
  );
}
