import type { ComponentChildren } from 'preact';
import { useT } from './i18n';
import type { Submission } from './submit';

/**
 * A labelled form field with its error from the server next to it: the control gets {@code aria-invalid} and is
 * described by the error, so that screen readers read the error with the field. {@code children} is the control
 * (input, select, textarea) with {@code id} = {@code id}.
 */
export function Field({ id, label, error, hint, children }: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      {children}
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
    </div>
  );
}

/** The ARIA attributes of a field's control: invalid and described by its error (and hint) when it has them. */
export function described(id: string, error?: string, hint?: string) {
  const by = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': by || undefined };
}

/**
 * A form's submit button and what its request does: while the request runs, the button is disabled and says so and a
 * progress note is announced; then the server's problem, if any.
 */
export function SubmitRow({ label, busyLabel, submission }: { label: string; busyLabel: string; submission: Submission }) {
  const { t } = useT();
  return (
    <div class="submit-row">
      {submission.problem && <p role="alert" class="problem">{t('app.problem', { detail: submission.problem })}</p>}
      <button type="submit" disabled={submission.busy} aria-disabled={submission.busy}>
        {submission.busy ? busyLabel : label}
      </button>
      {submission.busy && <span role="status" class="progress"><span class="spinner" aria-hidden="true" />{t('app.working')}</span>}
    </div>
  );
}
