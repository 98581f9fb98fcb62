import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import type { DicomWeb } from './dicomweb';
import { Preview } from './Preview';
import { firstShown, instancesInOrder, type Instance, type Series } from './series';
import type { Viewer as ViewerComponent } from './Viewer';

/** The viewer's module (Cornerstone3D), fetched once, when the first study is opened. */
export type ViewerModule = { Viewer: typeof ViewerComponent };

/**
 * One series on screen, first image fast: QIDO-RS lists its instances (from the index), the middle one's server
 * rendering is drawn at once ({@link Preview}); the viewer (its own chunk, loading meanwhile) then shows that image
 * from its frame, at full dynamic range, and takes over.
 */
export function SeriesView({ web, study, series, token, viewer }: {
  web: DicomWeb;
  study: string;
  series: Series;
  token: () => string | undefined;
  viewer?: ViewerModule;
}) {
  const { t } = useT();
  const [instances, setInstances] = useState<Instance[]>();
  const [bitmap, setBitmap] = useState<ImageBitmap>();
  const [full, setFull] = useState(false);
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let current = true;
    web.instances(study, series.uid).then(async found => {
      const ordered = instancesInOrder(found);
      current && setInstances(ordered);
      if (ordered.length > 0) {
        const drawn = await createImageBitmap(await web.rendered(study, series.uid, ordered[firstShown(ordered.length)].uid));
        current && setBitmap(drawn);
      }
    }).catch((failure: unknown) => current && setProblem(failure instanceof Error ? failure.message : String(failure)));
    return () => {
      current = false;
    };
  }, [study, series.uid]);

  const preview = !full && bitmap && <Preview bitmap={bitmap} />;
  if (problem) {
    return <p role="alert" class="problem">{t('app.problem', { detail: problem })}</p>;
  }
  if (instances?.length === 0) {
    return <p>{t('viewer.empty')}</p>;
  }
  return viewer && instances ? (
    <viewer.Viewer web={web} study={study} series={series} token={token} instances={instances}
      onShown={() => setFull(true)}>{preview}</viewer.Viewer>
  ) : <div class="viewer-frame">{preview}</div>;
}
