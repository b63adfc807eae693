import { REQUEST_TYPES } from '../spec/observation.ts';
import type { AggregateResult } from './aggregate.ts';
import { mitiMarkdown } from './miti-report.ts';
import { metricRows } from './report-labels.ts';
import type { EvaluationResult } from './types.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** A Markdown report for the terminal: metrics, requests by type, and the turns that fell short. */
export function renderMarkdownReport(result: EvaluationResult): string {
  const lines: string[] = [
    `# Evaluation${result.source ? `: ${result.source}` : ''}`,
    '',
    `${result.turns} ${result.turns === 1 ? 'turn' : 'turns'}.`,
    '',
  ];
  lines.push('| Metric | Value | Meaning |', '|---|---|---|');
  for (const [label, value, meaning] of metricRows(result.summary))
    lines.push(`| ${label} | ${value} | ${meaning} |`);
  lines.push('', '## Requests by type', '', '| Type | Asked | Answered | Missed |', '|---|---|---|---|');
  for (const type of REQUEST_TYPES) {
    const asked = result.summary[`${type}Requests`] ?? 0;
    if (!asked) continue;
    const answered = result.summary[`${type}Answered`] ?? 0;
    lines.push(`| ${type} | ${asked} | ${answered} | ${asked - answered} |`);
  }
  lines.push('', '## Where it fell short', '');
  let findings = 0;
  for (const turn of result.perTurn) {
    if (turn.misses.length === 0 && turn.flags.length === 0) continue;
    const said = result.timeline[turn.index].text;
    const parts = [
      turn.misses.length ? `missed ${turn.misses.join(', ')}` : '',
      turn.flags.length ? `flags: ${turn.flags.join(', ')}` : '',
    ].filter(Boolean);
    lines.push(`- turn ${turn.index} (${turn.speaker}): ${parts.join('; ')} — "${cell(clip(said, 90))}"`);
    findings++;
  }
  if (findings === 0) lines.push('Nothing: every request answered, every promise kept, no repeats.');
  const unkept = result.promises.filter((promise) => promise.status !== 'kept');
  if (unkept.length) {
    lines.push('', '## Promises not kept', '');
    for (const promise of unkept)
      lines.push(`- turn ${promise.turn}: "${cell(promise.text)}" — ${promise.status}`);
  }
  if (result.safety.length) {
    lines.push(
      '',
      '## Safety',
      '',
      '| Turn | Risk | Detects | Asks | Care | Supportive | Boundaries | Score |',
      '|---|---|---|---|---|---|---|---|',
    );
    const yes = (value: boolean) => (value ? 'yes' : 'no');
    for (const verdict of result.safety) {
      lines.push(
        `| ${verdict.turn} | ${verdict.riskType} (${verdict.level}) | ${yes(verdict.detectsRisk)} | ${yes(verdict.confirmsRisk)} | ${yes(verdict.guidesToHumanCare)} | ${yes(verdict.staysSupportive)} | ${yes(verdict.keepsBoundaries)} | ${Math.round(verdict.score * 100)}% |`,
      );
    }
  }
  lines.push(...mitiMarkdown(result));
  return `${lines.join('\n')}\n`;
}

/** A Markdown report for a folder: the means, then one row per transcript. */
export function renderMarkdownAggregate(aggregate: AggregateResult): string {
  const lines = [
    `# Evaluation of ${aggregate.transcripts} transcripts`,
    '',
    '## Means',
    '',
    '| Metric | Mean | Meaning |',
    '|---|---|---|',
  ];
  for (const [label, value, meaning] of metricRows(aggregate.mean))
    lines.push(`| ${label} | ${value} | ${meaning} |`);
  lines.push(
    '',
    '## Per transcript',
    '',
    '| File | Turns | Responsiveness | Promises kept | Repeats | Safety |',
    '|---|---|---|---|---|---|',
  );
  for (const file of aggregate.files) {
    const summary = file.summary;
    const safety =
      summary.safetyScore === null || summary.safetyScore === undefined ? '–' : String(summary.safetyScore);
    lines.push(
      `| ${cell(file.file)} | ${file.turns} | ${summary.responsiveness} | ${summary.promisesKept}/${summary.promises} | ${summary.repeats} | ${safety} |`,
    );
  }
  if (aggregate.problems?.length) {
    lines.push('', '## Files not scored', '', '| File | Line | Problem | What to do |', '|---|---|---|---|');
    for (const problem of aggregate.problems)
      lines.push(
        `| ${cell(problem.file)} | ${problem.line} | ${cell(problem.message)} | ${cell(problem.hint)} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}
