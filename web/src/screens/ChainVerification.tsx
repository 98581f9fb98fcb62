import { useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { problemDetail } from '../api/problem';
import { useSignedIn } from '../context';
import { useT } from '../i18n';

type Verification = Schemas['ChainVerificationJson'];

/**
 * The verification of the audit trail's hash chain ({@code GET /api/audit-trail/verification}, itself audited): on
 * request, with a progress note while the server recomputes every record's hash, then a plain verdict — verified
 * (how many records, up to which) or broken (which record of which chain, how, and why).
 */
export function ChainVerification() {
  const { api } = useSignedIn();
  const { t, label } = useT();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Verification>();
  const [problem, setProblem] = useState<string>();
  async function verify() {
    setBusy(true);
    setResult(undefined);
    setProblem(undefined);
    const { data, error, response } = await api.GET('/api/audit-trail/verification');
    setBusy(false);
    if (data) {
      setResult(data);
    } else {
      setProblem(problemDetail(error, response));
    }
  }
  const breach = result?.breach;
  return (
    <section aria-labelledby="verification-title" class="card">
      <h2 id="verification-title">{t('audit.verification')}</h2>
      <p class="hint">{t('audit.verificationHint')}</p>
      <div class="submit-row">
        <button type="button" onClick={verify} disabled={busy}>{busy ? t('audit.verifying') : t('audit.verify')}</button>
        {busy && <span role="status" class="progress"><span class="spinner" aria-hidden="true" />{t('audit.verifying')}</span>}
      </div>
      {problem && <p role="alert" class="problem">{t('app.problem', { detail: problem })}</p>}
      {result?.intact && (
        <p role="status" class="done verdict">{t('audit.intact', { count: result.recordsChecked ?? 0,
          sequence: result.upToSequence ?? 0 })}</p>
      )}
      {result && !result.intact && (
        <p role="alert" class="problem verdict">{t('audit.broken', { sequence: breach?.sequence ?? '?',
          chain: breach?.chain ?? '?', tampering: label('tampering', breach?.tampering), reason: breach?.reason ?? '' })}</p>
      )}
    </section>
  );
}
