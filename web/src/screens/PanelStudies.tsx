import { useSignedIn } from '../context';
import { formatDateTime, useT } from '../i18n';
import { useLoad } from '../load';

/** The imaging studies attached to a panel (GET /api/panels/{id}/studies), each a link to the DICOM viewer. */
export function PanelStudies({ panel }: { panel: string }) {
  const { api } = useSignedIn();
  const { t, language } = useT();
  const studies = useLoad(() => api.GET('/api/panels/{id}/studies', { params: { path: { id: panel } } }), [panel]);
  const items = studies.data?.items ?? [];
  return (
    <section aria-labelledby="studies">
      <h2 id="studies">{t('viewer.studies')}</h2>
      {studies.problem && <p role="alert" class="problem">{t('app.problem', { detail: studies.problem })}</p>}
      {items.length === 0 ? <p>{t('viewer.noStudies')}</p> : (
        <ul>
          {items.map(study => (
            <li key={study.studyInstanceUid}>
              <a href={`/panels/${panel}/studies/${study.studyInstanceUid}`}>
                {t('viewer.studyLabel', { modalities: study.modalities ?? '', series: study.seriesCount ?? 0,
                  count: study.instanceCount ?? 0 })}
              </a>{' '}
              <span class="hint"><time dateTime={study.receivedAt}>{formatDateTime(language, study.receivedAt)}</time></span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
