import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';

/**
 * One figure as a bar chart in a figure with its caption (Chart.js, loaded when the first chart appears). The canvas
 * is an image whose accessible name says every bar's label and value, so that a screen reader hears what is drawn;
 * with no bars, a sentence says so instead.
 */
export function BarChart({ id, title, bars }: { id: string; title: string; bars: [string, number][] }) {
  const { t } = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [problem, setProblem] = useState<string>();
  const drawn = JSON.stringify(bars);
  useEffect(() => {
    let current = true;
    let remove: (() => void) | undefined;
    if (bars.length > 0) {
      import('./charts').then(({ barChart }) => {
        if (current && canvas.current) {
          remove = barChart(canvas.current, bars.map(([label]) => label), bars.map(([, value]) => value), title);
        }
      }, (failure: unknown) => current && setProblem(String(failure)));
    }
    return () => {
      current = false;
      remove?.();
    };
  }, [drawn, title]);
  const described = bars.map(([label, value]) => `${label}: ${value}`).join(', ');
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {problem && <p role="alert" class="problem">{t('app.problem', { detail: problem })}</p>}
      {bars.length === 0 ? <p>{t('chart.none')}</p> : (
        <div class="chart-box" style={{ height: `${3 + bars.length * 2}rem` }}>
          <canvas id={id} ref={canvas} role="img" aria-label={`${title}: ${described}`}>{described}</canvas>
        </div>
      )}
    </figure>
  );
}
