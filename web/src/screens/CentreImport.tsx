import { useState } from 'preact/hooks';
import type { Api } from '../api/client';
import { problemDetail } from '../api/problem';
import { useSignedIn } from '../context';
import { described, Field } from '../Form';
import { useT } from '../i18n';
import { Page } from '../Page';
import { importProblems, type ImportReport } from '../reference';

/** The CSV header the import expects (the server's CentreList). */
const HEADER = 'name,country,ern,membership';

/** Sends the CSV text as it is, dry run or for real. */
function importCsv(api: Api, csv: string, dryRun: boolean) {
  return api.POST('/api/providers/import', { params: { query: { dryRun } }, body: csv,
    bodySerializer: (body: string) => body, headers: { 'Content-Type': 'text/csv' } });
}

/**
 * The platform operator's import of centres and their ERN memberships from a CSV file
 * ({@code POST /api/providers/import}): the file chosen or its text pasted, first checked without changing anything
 * ({@code dryRun=true}), then imported. The report counts what changed and lists each change; a file with wrong rows
 * changes nothing, and each wrong line is listed as the server words it.
 */
export function CentreImport() {
  const { api } = useSignedIn();
  const { t } = useT();
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport>();
  const [problem, setProblem] = useState<string>();
  const [lines, setLines] = useState<{ line: string; problem: string }[]>([]);

  async function send(dryRun: boolean) {
    setBusy(true);
    setReport(undefined);
    setProblem(undefined);
    setLines([]);
    try {
      const { data, error, response } = await importCsv(api, csv, dryRun);
      if (data) {
        setReport(data);
      } else {
        setProblem(problemDetail(error, response));
        setLines(importProblems(error));
      }
    } catch (failure) {
      setProblem(String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('import.title')}>
      <p><a href="/centres">{t('nav.centres')}</a></p>
      <p>{t('import.intro', { header: HEADER })}</p>
      <form class="card wide" noValidate onSubmit={event => {
        event.preventDefault();
        void send(false);
      }}>
        <Field id="import-file" label={t('import.file')}>
          <input id="import-file" type="file" accept=".csv,text/csv,text/plain"
                 onChange={async event => setCsv(await event.currentTarget.files?.[0]?.text() ?? '')} />
        </Field>
        <Field id="import-csv" label={t('import.csv')} hint={t('import.csvHint', { header: HEADER })}>
          <textarea {...described('import-csv', undefined, 'hint')} rows={8} value={csv} spellcheck={false}
                    onInput={event => setCsv(event.currentTarget.value)} />
        </Field>
        <div class="submit-row">
          <button type="button" class="secondary" disabled={busy} onClick={() => void send(true)}>{t('import.check')}</button>
          <button type="submit" disabled={busy}>{t('import.submit')}</button>
          {busy && <span role="status" class="progress"><span class="spinner" aria-hidden="true" />{t('app.working')}</span>}
        </div>
      </form>
      {problem && <p role="alert" class="problem">{t('app.problem', { detail: problem })}</p>}
      {lines.length > 0 && (
        <ul class="import-problems" aria-label={t('import.wrongLines')}>
          {lines.map(each => <li key={each.line}>{t('import.line', { line: each.line, problem: each.problem })}</li>)}
        </ul>
      )}
      {report && (
        <section aria-labelledby="import-report" class="card wide">
          <h2 id="import-report">{report.dryRun ? t('import.dryRunReport') : t('import.report')}</h2>
          <p role="status" class="done">{t('import.counts', { rows: report.rows ?? 0,
            centres: report.centresRegistered ?? 0, memberships: report.membershipsRecorded ?? 0,
            unchanged: report.unchanged ?? 0 })}</p>
          {(report.changes ?? []).length > 0 && <ul>{report.changes?.map(change => <li key={change}>{change}</li>)}</ul>}
        </section>
      )}
    </Page>
  );
}
