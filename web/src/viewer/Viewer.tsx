import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { Tag, text } from './dicomJson';
import { frameImageId, type DicomWeb } from './dicomweb';
import { StackView, type LeftTool } from './engine';
import { firstShown, stepped, type Instance, type Series } from './series';
import { FIRST_IMAGE_MARK } from './Preview';
import { ViewerTools } from './ViewerTools';

/** Marked (Performance API) when the viewer itself first shows an image from its frame (after the preview). */
export const FULL_IMAGE_MARK = 'opencpms:viewer:full-image';

interface Shown {
  index: number;
  count: number;
  /** Whether every instance's metadata is here, so that any image can be shown (scrolling waits for it). */
  ready: boolean;
  problem?: string;
}

/**
 * The DICOM viewer of one series (loaded only when a study is opened: Cornerstone3D is a chunk of its own), its
 * instances in scrolling order already listed. The middle one's metadata and first frame are fetched and shown (then
 * {@code onShown}: the preview drawn over the frame, its {@code children}, goes), and only then the whole series'
 * metadata, after which the user may scroll. Frames come uncompressed through WADO-RS (full dynamic range, so that
 * window/level works on the modality's values).
 */
export function Viewer({ web, study, series, token, instances, onShown, children }: {
  web: DicomWeb;
  study: string;
  series: Series;
  token: () => string | undefined;
  instances: Instance[];
  onShown: () => void;
  children?: ComponentChildren;
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
    (async () => {
      const ids = instances.map(instance => frameImageId(web.root, study, series.uid, instance.uid));
      const first = firstShown(ids.length);
      const [metadata] = await web.metadata(study, series.uid, instances[first].uid);
      StackView.describe(ids[first], metadata);
      await stack.show(ids, first);
      const offRendered = stack.onRendered(() => {
        offRendered();
        [FIRST_IMAGE_MARK, FULL_IMAGE_MARK].filter(mark => performance.getEntriesByName(mark).length === 0)
          .forEach(mark => performance.mark(mark));
        current && onShown();
      });
      stack.render();
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
      <div class="viewer-frame">
      <div ref={element} class="viewer-stack" tabIndex={0} role="img" data-count={shown.count} data-ready={shown.ready}
        aria-label={t('viewer.image', { series: series.number ?? '', index: shown.index + 1, count: shown.count })}
        onContextMenu={event => event.preventDefault()}
        onKeyDown={event => {
          if (event.key in keys) {
            event.preventDefault();
            scroll(keys[event.key]);
          }
        }}
        style={{ width: '100%', height: '100%', touchAction: 'none' }} />
      {children}
      </div>
      <p class="hint">{t('viewer.help')}</p>
    </div>
  );
}
