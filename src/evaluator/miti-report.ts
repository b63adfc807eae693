import { escapeHtml } from './charts.ts';
import type { SessionCoding } from './coding/code-session.ts';
import { MITI_THRESHOLDS, type Verdict } from './coding/miti-summary.ts';
import { mitiCodesChart } from './miti-chart.ts';
import type { EvaluationResult } from './types.ts';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);
const number = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

type Row = { measure: string; value: string; fair: string; good: string; verdict: Verdict | '' };

function summaryRows(coding: SessionCoding): Row[] {
  const summary = coding.summary;
  const globals = coding.globals;
  return [
    {
      measure: 'Reflection : question',
      value: number(summary.reflectionToQuestion),
      fair: `${MITI_THRESHOLDS.reflectionToQuestion.fair}:1`,
      good: `${MITI_THRESHOLDS.reflectionToQuestion.good}:1`,
      verdict: summary.verdicts.reflectionToQuestion,
    },
    {
      measure: 'Complex reflections',
      value: percent(summary.percentComplexReflections),
      fair: percent(MITI_THRESHOLDS.percentComplexReflections.fair),
      good: percent(MITI_THRESHOLDS.percentComplexReflections.good),
      verdict: summary.verdicts.percentComplexReflections,
    },
    {
      measure: 'Open questions (MITI 3)',
      value: percent(summary.percentOpenQuestions),
      fair: percent(MITI_THRESHOLDS.percentOpenQuestions.fair),
      good: percent(MITI_THRESHOLDS.percentOpenQuestions.good),
      verdict: summary.verdicts.percentOpenQuestions,
    },
    {
      measure: 'MI-adherent (affirm, collaboration, autonomy)',
      value: String(summary.miAdherent),
      fair: '',
      good: '',
      verdict: '',
    },
    {
      measure: 'MI-non-adherent (confront, persuade)',
      value: String(summary.miNonAdherent),
      fair: '',
      good: '',
      verdict: '',
    },
    {
      measure: 'Change-talk ratio (change / change + sustain)',
      value: number(summary.changeTalkRatio),
      fair: '',
      good: '',
      verdict: '',
    },
    {
      measure: 'Relational global, estimated',
      value: globals.relational.toFixed(1),
      fair: String(MITI_THRESHOLDS.relational.fair),
      good: String(MITI_THRESHOLDS.relational.good),
      verdict: globals.relational >= 4 ? 'good' : globals.relational >= 3.5 ? 'fair' : 'below fair',
    },
    {
      measure: 'Technical global, estimated',
      value: globals.technical.toFixed(1),
      fair: String(MITI_THRESHOLDS.technical.fair),
      good: String(MITI_THRESHOLDS.technical.good),
      verdict: globals.technical >= 4 ? 'good' : globals.technical >= 3 ? 'fair' : 'below fair',
    },
  ];
}

const GLOBAL_NAMES = [
  ['cultivatingChangeTalk', 'Cultivating change talk'],
  ['softeningSustainTalk', 'Softening sustain talk'],
  ['partnership', 'Partnership'],
  ['empathy', 'Empathy'],
] as const;

function countsLine(coding: SessionCoding): string {
  return Object.entries(coding.summary.counts)
    .filter(([, count]) => count > 0)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
}

/** The MITI sections of the Markdown report: summary against thresholds, estimated globals, turn by turn. */
export function mitiMarkdown(result: EvaluationResult): string[] {
  const coding = result.miti;
  const lines = ['', '## MITI 4.2.1 coding', '', `Behaviour counts: ${countsLine(coding) || 'none'}.`, ''];
  lines.push('| Measure | Value | Fair | Good | Verdict |', '|---|---|---|---|---|');
  for (const row of summaryRows(coding))
    lines.push(`| ${row.measure} | ${row.value} | ${row.fair} | ${row.good} | ${row.verdict} |`);
  lines.push('', "### Global ratings (estimates from the counts and cues, not a coder's ratings)", '');
  lines.push('| Global | Estimate (1–5) | Why |', '|---|---|---|');
  for (const [key, name] of GLOBAL_NAMES) {
    const estimate = coding.globals[key];
    lines.push(`| ${name} | ${estimate.score} | ${cell(estimate.reasons.join('; '))} |`);
  }
  lines.push('', '### Turn by turn', '', '| Turn | Who | Utterance | Code | Why |', '|---|---|---|---|---|');
  for (const turn of coding.turns) {
    if (turn.role === 'client') {
      const text = result.timeline[turn.index]?.text ?? '';
      lines.push(
        `| ${turn.index} | client | ${cell(clip(text, 80))} | ${turn.talk.code} talk | ${cell(turn.talk.reasons.join('; '))} |`,
      );
      continue;
    }
    for (const utterance of turn.utterances)
      lines.push(
        `| ${turn.index} | therapist | ${cell(clip(utterance.text, 80))} | ${utterance.code} | ${cell(utterance.reasons.slice(0, 3).join('; '))} |`,
      );
  }
  return lines;
}

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** The MITI sections of the HTML report: summary against thresholds, estimated globals, a chart and the per-utterance table. */
export function mitiHtml(result: EvaluationResult): string {
  const coding = result.miti;
  const rows = summaryRows(coding)
    .map(
      (row) =>
        `<tr><th>${escapeHtml(row.measure)}</th><td>${escapeHtml(row.value)}</td><td>${escapeHtml(row.fair)}</td><td>${escapeHtml(row.good)}</td><td class="verdict ${row.verdict.replace(/\s+/g, '-')}">${escapeHtml(row.verdict)}</td></tr>`,
    )
    .join('');
  const globals = GLOBAL_NAMES.map(([key, name]) => {
    const estimate = coding.globals[key];
    return `<tr><th>${name}</th><td>${estimate.score}</td><td class="meaning">${escapeHtml(estimate.reasons.join('; '))}</td></tr>`;
  }).join('');
  const table = coding.turns
    .flatMap((turn) =>
      turn.role === 'client'
        ? [
            `<tr class="client"><td>${turn.index}</td><td>client</td><td>${escapeHtml(result.timeline[turn.index]?.text ?? '')}</td><td>${turn.talk.code} talk</td><td class="meaning">${escapeHtml(turn.talk.reasons.join('; '))}</td></tr>`,
          ]
        : turn.utterances.map(
            (utterance) =>
              `<tr><td>${turn.index}</td><td>therapist</td><td>${escapeHtml(utterance.text)}</td><td>${utterance.code}</td><td class="meaning">${escapeHtml(utterance.reasons.join('; '))}</td></tr>`,
          ),
    )
    .join('');
  return [
    `<h2>MITI 4.2.1 summary</h2><p class="legend-row">Behaviour counts: ${escapeHtml(countsLine(coding) || 'none')}</p>`,
    `<table><tr><th>Measure</th><th>Value</th><th>Fair</th><th>Good</th><th>Verdict</th></tr>${rows}</table>`,
    `<h2>Global ratings — estimates</h2><p class="legend-row">Estimated from the counts and cues, not rated by a coder.</p><table>${globals}</table>`,
    `<h2>Codes across the session</h2>${mitiCodesChart(coding)}`,
    `<h2>MITI codes turn by turn</h2><table class="codes"><tr><th>Turn</th><th>Who</th><th>Utterance</th><th>Code</th><th>Why</th></tr>${table}</table>`,
  ].join('\n');
}
