import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';

/** Inline SVG charts for the HTML report: d3-scale for the axes, d3-shape for the lines; no DOM needed. */

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

// narrow viewBox so 12px labels stay readable when a phone scales the chart down
const WIDTH = 420;
const MARGIN = { top: 28, right: 12, bottom: 36, left: 64 };

export type BarRow = { label: string; answered: number; missed: number };

/** Requests answered vs missed, one stacked bar per request type. */
export function requestsBarChart(rows: readonly BarRow[]): string {
  if (rows.length === 0) return '<p class="empty">No explicit requests.</p>';
  // no legend inside this chart, so little room is needed above the bars
  const top = 6;
  const height = top + MARGIN.bottom + rows.length * 34;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((row) => row.answered + row.missed))])
    .nice()
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleBand()
    .domain(rows.map((row) => row.label))
    .range([top, height - MARGIN.bottom])
    .padding(0.25);
  const bars = rows
    .map((row) => {
      const barTop = y(row.label) ?? 0;
      const answeredEnd = x(row.answered);
      const missedEnd = x(row.answered + row.missed);
      return `<text x="${MARGIN.left - 8}" y="${barTop + y.bandwidth() / 2}" class="label" text-anchor="end" dominant-baseline="middle">${escapeHtml(row.label)}</text>
<rect x="${MARGIN.left}" y="${barTop}" width="${answeredEnd - MARGIN.left}" height="${y.bandwidth()}" class="answered"><title>${row.answered} answered</title></rect>
<rect x="${answeredEnd}" y="${barTop}" width="${missedEnd - answeredEnd}" height="${y.bandwidth()}" class="missed"><title>${row.missed} missed</title></rect>`;
    })
    .join('\n');
  const ticks = x
    .ticks(Math.min(5, x.domain()[1]))
    .filter(Number.isInteger)
    .map(
      (tick) =>
        `<text x="${x(tick)}" y="${height - MARGIN.bottom + 16}" class="tick" text-anchor="middle">${tick}</text>`,
    )
    .join('');
  return svg(height, `${bars}${ticks}`, 'Requests answered and missed by type');
}

export type Series = { name: string; className: string; points: { x: number; y: number }[] };

/** Lines over turn index (distress and fatigue, or step size in seconds with `log`). */
export function lineChart(
  series: readonly Series[],
  options: { yLabel: string; log?: boolean; yMax?: number },
): string {
  const points = series.flatMap((one) => one.points);
  if (points.length === 0) return '<p class="empty">No data.</p>';
  const height = 220;
  const xMax = Math.max(1, ...points.map((point) => point.x));
  const x = scaleLinear()
    .domain([0, xMax])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const yTop = options.yMax ?? Math.max(1, ...points.map((point) => point.y));
  const y = options.log
    ? scaleLog()
        .domain([1, Math.max(10, yTop)])
        .range([height - MARGIN.bottom, MARGIN.top])
        .clamp(true)
    : scaleLinear()
        .domain([0, yTop])
        .nice()
        .range([height - MARGIN.bottom, MARGIN.top]);
  const path = line<{ x: number; y: number }>()
    .x((point) => x(point.x))
    .y((point) => y(Math.max(options.log ? 1 : 0, point.y)));
  const lines = series
    .map(
      (one) =>
        `<path d="${path(one.points) ?? ''}" class="line ${one.className}"/>` +
        one.points
          .map(
            (point) =>
              `<circle cx="${x(point.x)}" cy="${y(Math.max(options.log ? 1 : 0, point.y))}" r="3.5" class="dot ${one.className}"><title>${escapeHtml(one.name)}: ${point.y} (turn ${point.x})</title></circle>`,
          )
          .join(''),
    )
    .join('\n');
  const logTicks = [1, 10, 100, 1000, 10000, 100000].filter((tick) => tick <= y.domain()[1]);
  const yTicks = (options.log ? logTicks : y.ticks(5))
    .map(
      (tick) =>
        `<text x="${MARGIN.left - 8}" y="${y(tick)}" class="tick" text-anchor="end" dominant-baseline="middle">${tick}</text><line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" class="grid"/>`,
    )
    .join('');
  const xTicks = x
    .ticks(6)
    .filter(Number.isInteger)
    .map(
      (tick) =>
        `<text x="${x(tick)}" y="${height - MARGIN.bottom + 16}" class="tick" text-anchor="middle">${tick}</text>`,
    )
    .join('');
  const labels = `<text x="${WIDTH / 2}" y="${height - 4}" class="axis" text-anchor="middle">turn</text><text x="4" y="14" class="axis">${escapeHtml(options.yLabel)}</text>`;
  const legend = series
    .map(
      (one, index) =>
        `<text x="${WIDTH - MARGIN.right - 8}" y="${14 + index * 16}" class="legend ${one.className}" text-anchor="end">${escapeHtml(one.name)}</text>`,
    )
    .join('');
  return svg(height, `${yTicks}${xTicks}${lines}${labels}${legend}`, options.yLabel);
}

function svg(height: number, body: string, title: string): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}" preserveAspectRatio="xMinYMin meet">${body}</svg>`;
}
