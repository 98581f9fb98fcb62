import { useSignedIn } from '../context';
import { SubmitRow } from '../Form';
import { useT } from '../i18n';
import type { Panel } from '../panels';
import { useSubmit } from '../submit';

/**
 * The outcome as the PDF the server prints ({@code GET /api/panels/{id}/outcome}, {@code Accept: application/pdf}),
 * saved as a file named after the patient's nickname; the request carries the session's token, so it is fetched and
 * handed to the browser as a download rather than linked.
 */
export function OutcomePdf({ panel }: { panel: Panel }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const name = `outcome-${panel.patient?.nickname ?? panel.id}.pdf`;
  const downloading = useSubmit<Blob>(pdf => save(pdf, name));
  function download(event: Event) {
    event.preventDefault();
    void downloading.submit(() => api.GET('/api/panels/{id}/outcome', { params: { path: { id: panel.id as string } },
      headers: { Accept: 'application/pdf' }, parseAs: 'blob' }));
  }
  return (
    <form onSubmit={download}>
      <SubmitRow label={t('outcome.pdf')} busyLabel={t('outcome.pdfBusy')} submission={downloading} />
    </form>
  );
}

function save(pdf: Blob, name: string) {
  const url = URL.createObjectURL(pdf);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
