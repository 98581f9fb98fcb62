import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { useT, type MessageKey } from '../i18n';
import type { LeftTool, StackView } from './engine';
import { CT_PRESETS, type Preset } from './windowLevel';

const LEFT_TOOLS: LeftTool[] = ['windowLevel', 'pan', 'zoom', 'length'];

/** The viewer's toolbar: what the left button does, scrolling, zoom, rotation, flips, window presets and reset. */
export function ViewerTools({ view, left, onLeft, scroll, ready }: {
  view: RefObject<StackView | undefined>;
  left: LeftTool;
  onLeft: (tool: LeftTool) => void;
  scroll: (step: number) => void;
  ready: boolean;
}) {
  const { t } = useT();
  const [preset, setPreset] = useState('');
  const act = (action: (stack: StackView) => void) => () => view.current && action(view.current);
  return (
    <div class="viewer-tools" role="toolbar" aria-label={t('viewer.tools')}>
      <div role="group" aria-label={t('viewer.leftButton')}>
        {LEFT_TOOLS.map(tool => (
          <button key={tool} type="button" aria-pressed={left === tool} onClick={() => onLeft(tool)}>
            {t(`viewer.tool.${tool}` as MessageKey)}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t('viewer.view')}>
        <button type="button" disabled={!ready} onClick={() => scroll(-1)}>{t('viewer.previous')}</button>
        <button type="button" disabled={!ready} onClick={() => scroll(1)}>{t('viewer.next')}</button>
        <button type="button" onClick={act(stack => stack.zoom(1.25))}>{t('viewer.zoomIn')}</button>
        <button type="button" onClick={act(stack => stack.zoom(0.8))}>{t('viewer.zoomOut')}</button>
        <button type="button" onClick={act(stack => stack.rotate(90))}>{t('viewer.rotate')}</button>
        <button type="button" onClick={act(stack => stack.flip('horizontal'))}>{t('viewer.flipHorizontal')}</button>
        <button type="button" onClick={act(stack => stack.flip('vertical'))}>{t('viewer.flipVertical')}</button>
        <button type="button" onClick={act(stack => { stack.reset(); setPreset(''); })}>{t('viewer.reset')}</button>
      </div>
      <label>
        {t('viewer.window')}{' '}
        <select value={preset} onChange={event => {
          const chosen = event.currentTarget.value as Preset | '';
          setPreset(chosen);
          if (view.current) {
            chosen === '' ? view.current.defaultWindow() : view.current.window(CT_PRESETS[chosen]);
          }
        }}>
          <option value="">{t('viewer.window.default')}</option>
          {(Object.keys(CT_PRESETS) as Preset[]).map(name => (
            <option key={name} value={name}>{t(`viewer.window.${name}` as MessageKey)}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
