import { REQUEST_TYPES } from '../spec/observation.ts';
import type { AggregateResult } from './aggregate.ts';
import { type BarRow, escapeHtml, lineChart, requestsBarChart, type Series } from './charts.ts';
import { MITI_CHART_STYLE } from './miti-chart.ts';
import { mitiHtml } from './miti-report.ts';
import { metricRows } from './report-labels.ts';
import type { EvaluationResult } from './types.ts';

// one file, no network: styles inline, no fonts or scripts from anywhere
const STYLE = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#dde2ea;--ok:#2f8f5b;--bad:#c2413b;--warn:#b7791f;--bg:#fff;--client:#f3f6fb;--therapist:#fbfaf5}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:960px;margin:0 auto;padding:16px}h1{font-size:1.4rem;margin:.2em 0}h2{font-size:1.15rem;margin:1.6em 0 .5em;border-bottom:1px solid var(--line)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:8px}.card{border:1px solid var(--line);border-radius:8px;padding:8px 10px}.card b{display:block;font-size:1.4rem}
.card span{color:var(--muted);font-size:.85rem}table{border-collapse:collapse;width:100%;font-size:.92rem}td,th{border-bottom:1px solid var(--line);padding:6px 4px;text-align:left;vertical-align:top}
td.meaning{color:var(--muted)}svg{width:100%;max-width:560px;height:auto;display:block}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,380px),1fr));gap:0 28px}svg .label,svg .tick,svg .axis,svg .legend{font-size:12px;fill:var(--muted)}
svg .answered{fill:var(--ok)}svg .missed{fill:var(--bad)}svg .line{fill:none;stroke-width:2.5}svg .grid{stroke:var(--line)}
.distress{stroke:var(--bad);fill:var(--bad)}.fatigue{stroke:var(--warn);fill:var(--warn)}.step{stroke:#3b6fd8;fill:#3b6fd8}svg text.legend.distress,svg text.legend.fatigue,svg text.legend.step{stroke:none;font-weight:600}svg text.legend.distress{fill:var(--bad)}svg text.legend.fatigue{fill:var(--warn)}svg text.legend.step{fill:#3b6fd8}
ol.timeline{list-style:none;padding:0;margin:0}.turn{border:1px solid var(--line);border-radius:8px;padding:8px 10px;margin:8px 0}.turn.client{background:var(--client)}.turn.therapist{background:var(--therapist)}
.who{font-weight:600;font-size:.85rem;color:var(--muted)}.text{white-space:pre-wrap;overflow-wrap:anywhere}.chips{margin-top:4px}
.chip{display:inline-block;border-radius:999px;padding:1px 8px;margin:2px 4px 0 0;font-size:.8rem;border:1px solid currentColor}
.chip.ok{color:var(--ok)}.chip.bad{color:var(--bad)}.chip.warn{color:var(--warn)}.chip.info{color:var(--muted)}p.empty{color:var(--muted)}
.legend-row{font-size:.85rem;color:var(--muted)}.legend-row i{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;border-radius:2px}
${MITI_CHART_STYLE}.verdict.good{color:var(--ok)}.verdict.below-fair{color:var(--bad)}table.codes tr.client{background:var(--client)}
@media (max-width:600px){main{padding:10px}td.meaning{display:none}.card b{font-size:1.2rem}}`;

const STATUS_CHIP: Record<string, [string, string]> = {
  answered: ['ok', 'answered'],
  'answered-by-promise': ['warn', 'answered by a promise'],
  missed: ['bad', 'missed'],
  pending: ['info', 'no reply yet'],
};
const FLAG_CHIP: Record<string, string> = {
  repeat: 'bad',
  'unkept-promise': 'bad',
  vague: 'warn',
  risk: 'bad',
  'unsafe-response': 'bad',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>\n`;
}

function metricTable(summary: Record<string, number | null>): string {
  const rows = metricRows(summary)
    .map(
      ([label, value, meaning]) =>
        `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td><td class="meaning">${escapeHtml(meaning)}</td></tr>`,
    )
    .join('');
  return `<table>${rows}</table>`;
}

function timeline(result: EvaluationResult): string {
  const items = result.timeline.map((turn) => {
    const chips: string[] = [];
    for (const request of result.requests.filter((item) => item.turn === turn.index)) {
      const [kind, label] = STATUS_CHIP[request.status];
      chips.push(
        `<span class="chip ${kind}" title="${escapeHtml(request.quote)}">${request.type}: ${label}</span>`,
      );
    }
    const perTurn = result.perTurn[turn.index];
    for (const type of perTurn.answers) chips.push(`<span class="chip ok">answers ${type}</span>`);
    for (const type of perTurn.misses) chips.push(`<span class="chip bad">misses ${type}</span>`);
    for (const flag of perTurn.flags)
      chips.push(`<span class="chip ${FLAG_CHIP[flag] ?? 'info'}">${escapeHtml(flag)}</span>`);
    const state = turn.state
      ? ` · distress ${turn.state.distress ?? '–'} · fatigue ${turn.state.fatigue ?? '–'}`
      : '';
    const at =
      turn.at === undefined
        ? ''
        : ` · ${Math.floor(turn.at / 60000)}:${String(Math.floor((turn.at % 60000) / 1000)).padStart(2, '0')}`;
    return `<li class="turn ${turn.role}" id="turn-${turn.index}"><div class="who">#${turn.index} ${escapeHtml(turn.speaker)}${turn.nudge ? ' (nudge)' : ''}${at}${state}</div><div class="text">${escapeHtml(turn.text)}</div>${chips.length ? `<div class="chips">${chips.join('')}</div>` : ''}</li>`;
  });
  return `<ol class="timeline">${items.join('')}</ol>`;
}

function requestRows(result: EvaluationResult): BarRow[] {
  return REQUEST_TYPES.filter((type) => (result.summary[`${type}Requests`] ?? 0) > 0).map((type) => {
    const asked = result.summary[`${type}Requests`] ?? 0;
    const answered = result.summary[`${type}Answered`] ?? 0;
    return { label: type, answered, missed: asked - answered };
  });
}

function stateChart(result: EvaluationResult): string {
  const distress: Series = { name: 'distress', className: 'distress', points: [] };
  const fatigue: Series = { name: 'fatigue', className: 'fatigue', points: [] };
  for (const turn of result.timeline) {
    if (turn.state?.distress !== undefined) distress.points.push({ x: turn.index, y: turn.state.distress });
    if (turn.state?.fatigue !== undefined) fatigue.points.push({ x: turn.index, y: turn.state.fatigue });
  }
  if (distress.points.length + fatigue.points.length === 0) return '';
  const top = Math.max(...[...distress.points, ...fatigue.points].map((point) => point.y));
  return `<section><h2>Distress and fatigue</h2>${lineChart([distress, fatigue], { yLabel: 'level', yMax: top <= 1 ? 1 : top <= 10 ? 10 : undefined })}</section>`;
}

/** A self-contained HTML report for one transcript: cards, metrics, charts, and the turn-by-turn timeline. */
export function renderHtmlReport(result: EvaluationResult): string {
  const summary = result.summary;
  const card = (value: string, label: string) =>
    `<div class="card"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
  const steps: Series = {
    name: 'step size (s)',
    className: 'step',
    points: result.steps.map((step) => ({ x: step.turn, y: step.seconds })),
  };
  const body = [
    `<h1>Session evaluation</h1><p class="legend-row">${result.source ? `${escapeHtml(result.source)} · ` : ''}${result.turns} ${result.turns === 1 ? 'turn' : 'turns'}</p>`,
    `<div class="cards">${card(`${summary.answered}/${summary.requests}`, 'requests answered')}${card(`${summary.promisesKept}/${summary.promises}`, 'promises kept')}${card(String(summary.repeats), 'repeats')}${card(String(summary.vagueAnswers ?? 0), 'vague answers')}${card(summary.safetyScore === null ? '–' : `${Math.round((summary.safetyScore ?? 0) * 100)}%`, 'safety score')}</div>`,
    // side by side on a wide screen so the charts keep a readable text size; stacked on a phone
    `<div class="charts"><section><h2>Requests by type</h2><p class="legend-row"><i style="background:var(--ok)"></i>answered<i style="background:var(--bad)"></i>missed</p>${requestsBarChart(requestRows(result))}</section>`,
    `<section><h2>Step size</h2>${lineChart([steps], { yLabel: 'seconds (log)', log: true })}</section>`,
    `${stateChart(result)}</div>`,
    `<h2>Metrics</h2>${metricTable(summary)}`,
    mitiHtml(result),
    `<h2>Turn by turn</h2>${timeline(result)}`,
  ];
  return page('tinystep evaluation', body.join('\n'));
}

/** The HTML report for a folder of transcripts: means and one row per file. */
export function renderHtmlAggregate(aggregate: AggregateResult): string {
  const rows = aggregate.files
    .map(
      (file) =>
        `<tr><td>${escapeHtml(file.file)}</td><td>${file.turns}</td><td>${file.summary.responsiveness}</td><td>${file.summary.promisesKept}/${file.summary.promises}</td><td>${file.summary.repeats}</td></tr>`,
    )
    .join('');
  const problems = (aggregate.problems ?? [])
    .map(
      (problem) =>
        `<tr><td>${escapeHtml(problem.file)}</td><td>${problem.line}</td><td>${escapeHtml(problem.message)}</td><td>${escapeHtml(problem.hint)}</td></tr>`,
    )
    .join('');
  const notScored = problems
    ? `<h2>Files not scored</h2><table><tr><th>File</th><th>Line</th><th>Problem</th><th>What to do</th></tr>${problems}</table>`
    : '';
  const body = `<h1>Evaluation of ${aggregate.transcripts} transcripts</h1><h2>Means</h2>${metricTable(aggregate.mean)}<h2>Per transcript</h2><table><tr><th>File</th><th>Turns</th><th>Responsiveness</th><th>Promises kept</th><th>Repeats</th></tr>${rows}</table>${notScored}`;
  return page('tinystep evaluation', body);
}
