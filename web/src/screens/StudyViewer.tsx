import { useEffect, useMemo, useState } from 'preact/hooks';
import { useSignedIn } from '../context';
import { formatDate, useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';
import { day, Tag, text, type DataSet } from '../viewer/dicomJson';
import { dicomWeb, DicomWebProblem } from '../viewer/dicomweb';
import { seriesInOrder, type Series } from '../viewer/series';
import { SeriesView, type ViewerModule } from '../viewer/SeriesView';

type Loaded = { loading: boolean; problem?: string; data?: Series[] };

/**
 * An imaging study of a panel, its heading naming the panel's nickname and the study (date and description, from
 * QIDO-RS; the title it was attached with when the de-identified study has no description): its series (QIDO-RS on our DICOMweb, with the session's token; a study the user may not
 * see is answered as one that does not exist) and the DICOM viewer on the chosen one, the first series by number at
 * once ({@link SeriesView}: first image fast). The viewer's code (Cornerstone3D) is fetched when this screen opens,
 * while the series are being listed.
 */
export function StudyViewer({ id, study }: { id: string; study: string }) {
  const { api, session } = useSignedIn();
  const { t, language } = useT();
  const panel = useLoad(() => api.GET('/api/panels/{id}', { params: { path: { id } } }), [id]);
  const [found, setFound] = useState<DataSet>();
  const web = useMemo(() => dicomWeb(() => session.token), [session.token]);
  const [viewer, setViewer] = useState<ViewerModule>();
  const [listed, setListed] = useState<Loaded>({ loading: true });
  const [chosen, choose] = useState<Series>();
  useEffect(() => {
    import('../viewer/Viewer').then(setViewer,
      (failure: unknown) => setListed({ loading: false, problem: String(failure) }));
    web.study(study).then(setFound, () => undefined);
    web.series(study).then(found => {
      const series = seriesInOrder(found);
      setListed({ loading: false, data: series });
      choose(series[0]);
    }, (failure: unknown) => setListed({ loading: false, problem: failure instanceof DicomWebProblem && failure.status === 404
      ? t('viewer.notFound') : String(failure instanceof Error ? failure.message : failure) }));
  }, [study]);
  const attached = panel.data?.attachments?.find(attachment => attachment.reference === study);
  const about = [formatDate(language, found && day(found, Tag.StudyDate)),
    (found && text(found, Tag.StudyDescription)) ?? attached?.title].filter(Boolean).join(', ');
  const nickname = panel.data?.patient?.nickname;
  const title = !nickname ? t('viewer.title') : about ? t('viewer.headingStudy', { nickname, study: about })
    : t('viewer.heading', { nickname });
  return (
    <Page title={title} state={listed}>
      <section aria-labelledby="series-title">
        <h2 id="series-title">{t('viewer.series')}</h2>
        <ul class="series">
          {listed.data?.map(series => (
            <li key={series.uid}>
              <button type="button" aria-pressed={chosen?.uid === series.uid} onClick={() => choose(series)}>
                {t('viewer.seriesLabel', { number: series.number ?? '–', modality: series.modality,
                  count: series.instances })}{series.description && ` · ${series.description}`}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {chosen && <SeriesView key={chosen.uid} web={web} study={study} series={chosen} token={() => session.token}
        viewer={viewer} />}
      <p><a href={`/panels/${id}`}>{t('viewer.back')}</a></p>
    </Page>
  );
}
