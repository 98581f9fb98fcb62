import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { Tag, text } from './dicomJson';
import { frameImageId, type DicomWeb } from './dicomweb';
import { StackView, type LeftTool } from './engine';
import { firstShown, instancesInOrder, stepped, type Series } from './series';
import { ViewerTools } from './ViewerTools';

/** Marked (Performance API) when the first image of a series is on the canvas: {@code performance.now()} at that time. */
export const FIRST_IMAGE_MARK = 'opencpms:viewer:first-image';

interface Shown {
  index: number;
  count: number;
  /** Whether every instance's metadata is here, so that any image can be shown (scrolling waits for it). */
  ready: boolean;
  problem?: string;
}

/**
 * The DICOM viewer of one series (loaded only when a study is opened: Cornerstone3D is a chunk of its own). Fast first
 * image: QIDO-RS lists the series' instances (from the index), the middle one's metadata and first frame are fetched
 * and shown, and only then the whole series' metadata, after which the user may scroll. Frames come uncompressed
 * through WADO-RS (full dynamic range, so that window/level works on the modality's values).
 */
export function Viewer({ web, study, series, token }: {
  web: DicomWeb;
  study: string;
  series: Series;
  token: () => string | undefined;
}) {
  const { t } = useT();
  const element = useRef<HTMLDivElement>(null);
  const view = useRef<StackView>();
  const [shown, setShown] = useState<Shown>({ index: 0, count: 0, ready: false });
  const [left, setLeft] = useState<LeftTool>('windowLevel');

  useEffect(() => {
    const stack = new StackView(element.current!, token);
    view.current = stack;
    let current = true;
    const offImage = stack.onImage(index => current && setShown(before => ({ ...before, index })));
    const offRendered = stack.onRendered(() => {
      offRendered();
      performance.mark(FIRST_IMAGE_MARK);
      element.current?.setAttribute('data-first-image-ms', String(Math.round(performance.now())));
    });
    (async () => {
      const instances = instancesInOrder(await web.instances(study, series.uid));
      const ids = instances.map(instance => frameImageId(web.root, study, series.uid, instance.uid));
      if (ids.length === 0) {
        throw new Error(t('viewer.empty'));
      }
      const first = firstShown(ids.length);
      const [metadata] = await web.metadata(study, series.uid, instances[first].uid);
      StackView.describe(ids[first], metadata);
      await stack.show(ids, first);
      current && setShown({ index: first, count: ids.length, ready: false });
      const byUid = new Map((await web.metadata(study, series.uid)).map(data => [text(data, Tag.SOPInstanceUID), data]));
      instances.forEach((instance, k) => k !== first && byUid.has(instance.uid) && StackView.describe(ids[k], byUid.get(instance.uid)!));
      stack.enableScrolling();
      current && setShown(before => ({ ...before, ready: true }));
    })().catch((failure: unknown) => current && setShown(before => ({ ...before,
      problem: failure instanceof Error ? failure.message : String(failure) })));
    return () => {
      current = false;
      offImage();
      stack.destroy();
    };
  }, [study, series.uid]);

  const scroll = (step: number) => {
    if (shown.ready) {
      void view.current?.scrollTo(stepped(shown.index, step, shown.count));
    }
  };
  const keys: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, PageDown: 10, ArrowUp: -1, ArrowLeft: -1, PageUp: -10,
    Home: -shown.count, End: shown.count };

  return (
    <div class="viewer">
      <ViewerTools view={view} left={left} onLeft={tool => { view.current?.useLeft(tool); setLeft(tool); }}
        scroll={scroll} ready={shown.ready} />
      <p aria-live="polite" class="viewer-position">
        {shown.count > 0 ? t('viewer.position', { index: shown.index + 1, count: shown.count }) : t('app.loading')}
        {shown.count > 0 && !shown.ready && ` · ${t('viewer.loadingRest')}`}
      </p>
      {shown.problem && <p role="alert" class="problem">{t('app.problem', { detail: shown.problem })}</p>}
      <div ref={element} class="viewer-stack" tabIndex={0} role="img" data-count={shown.count} data-ready={shown.ready}
        aria-label={t('viewer.image', { series: series.number ?? '', index: shown.index + 1, count: shown.count })}
        onContextMenu={event => event.preventDefault()}
        onKeyDown={event => {
          if (event.key in keys) {
            event.preventDefault();
            scroll(keys[event.key]);
          }
        }}
        style={{ width: '100%', maxWidth: '40rem', aspectRatio: '1 / 1', background: '#000', touchAction: 'none' }} />
      <p class="hint">{t('viewer.help')}</p>
    </div>
  );
}
