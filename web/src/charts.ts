import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

// Chart.js, tree-shaken to the bar chart: fetched by BarChart.tsx when a screen with charts opens, not with the first screen
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/**
 * A horizontal bar chart of whole counts on {@code canvas} (one bar a label, drawn at once: no animation), sized by
 * its container; the returned function removes it.
 */
export function barChart(canvas: HTMLCanvasElement, labels: string[], values: number[], title: string): () => void {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ label: title, data: values, backgroundColor: '#0b4f9c' }] },
    options: {
      indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0, color: '#1b1b1b' } }, y: { ticks: { color: '#1b1b1b' } } },
    },
  });
  return () => chart.destroy();
}
