/**
 * npm run eval:understanding [-- --split dev|holdout|all] [-- --mismatches]
 *
 * Scores understand() against the labelled corpus in src/understanding/corpus/*.jsonl.
 *
 * Labelling format, one JSON object per line:
 *   {"text": "nudge me in 30 seconds if I freeze",
 *    "expect": [{"kind": "request", "type": "nudge", "afterMs": 30000, "condition": "if I freeze"}],
 *    "only": ["request"]}                      // optional
 * - `expect` lists observations without spans, in the shapes of src/spec/observation.ts.
 * - `only` (optional) says which kinds the line is labelled for; other kinds are not scored on it.
 *   Without `only` the line is labelled for every kind (missing ones count as false positives).
 * - Files named *.holdout.jsonl are the held-out split (~25%), written before the rules and
 *   not tuned on; the rest is the dev split.
 * Conventions: one request per type per utterance (details merged); one sensation per body part;
 * one emotion per label (canonical labels: anxious, nervous, scared, panicky, overwhelmed,
 * stressed, tired, sad, lonely, ashamed, embarrassed, guilty, frustrated, angry, hopeless, stuck,
 * jittery, distracted, bored, calm, relieved, proud, useless); one task per domain (first
 * mention, the person's own words as object); one progress, rating and assent/decline/hedge per
 * utterance. A fear with a content ("I'm worried it won't be perfect") is a worry, not an emotion.
 * Matching: request by type, sensation by body part, emotion by label, progress by status,
 * task by domain, rating by value, risk by type, others by kind. afterMs, condition (present or
 * not), phrase, when and discounting are then checked on the matched pairs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CorpusEntry,
  type Evaluation,
  evaluate,
  failedTargets,
  parseCorpus,
  type Scores,
} from '../src/understanding/evaluation.ts';
import { understand } from '../src/understanding/index.ts';

export const CORPUS_DIRECTORY = new URL('../src/understanding/corpus/', import.meta.url).pathname;

export function loadCorpus(directory = CORPUS_DIRECTORY): CorpusEntry[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseCorpus(name, readFileSync(join(directory, name), 'utf8')));
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

function table(title: string, rows: Record<string, Scores>): string[] {
  const lines = [`${title.padEnd(12)}     tp    fp    fn  precision  recall      F1`];
  for (const [name, scores] of Object.entries(rows)) {
    lines.push(
      `${name.padEnd(12)} ${String(scores.tp).padStart(6)}${String(scores.fp).padStart(6)}${String(scores.fn).padStart(6)}    ${percent(scores.precision)} ${percent(scores.recall)} ${percent(scores.f1)}`,
    );
  }
  return lines;
}

export function formatEvaluation(label: string, evaluation: Evaluation): string {
  const risk = evaluation.byKind.risk;
  return [
    `== ${label}: ${evaluation.utterances} utterances`,
    ...table('kind', evaluation.byKind),
    '',
    ...table('request', evaluation.byRequestType),
    '',
    `exact afterMs      ${percent(evaluation.afterMs.accuracy)}  (${evaluation.afterMs.exact}/${evaluation.afterMs.checked})`,
    `condition present  ${percent(evaluation.condition.accuracy)}  (${evaluation.condition.agree}/${evaluation.condition.checked})`,
    `quoted phrase      ${percent(evaluation.phrase.accuracy)}  (${evaluation.phrase.exact}/${evaluation.phrase.checked})`,
    `when: now          ${percent(evaluation.when.accuracy)}  (${evaluation.when.agree}/${evaluation.when.checked})`,
    `discounting        ${percent(evaluation.discounting.accuracy)}  (${evaluation.discounting.agree}/${evaluation.discounting.checked})`,
    `body-part F1       ${percent(evaluation.byKind.sensation?.f1 ?? 0)}`,
    `risk (reported only; tuned by the safety suite): recall ${percent(risk?.recall ?? 1)}, false-alarm rate ${percent(evaluation.riskFalseAlarmRate)}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const splitArgument = args[args.indexOf('--split') + 1];
  const split = args.includes('--split') ? splitArgument : 'all';
  const corpus = loadCorpus();
  const splits: [string, CorpusEntry[]][] = [
    ['dev', corpus.filter((entry) => entry.split === 'dev')],
    ['holdout', corpus.filter((entry) => entry.split === 'holdout')],
    ['all', corpus],
  ];
  let failed = false;
  for (const [name, entries] of splits) {
    if (split !== 'all' && split !== name) continue;
    const evaluation = evaluate(entries, understand);
    console.log(formatEvaluation(name, evaluation));
    if (args.includes('--mismatches')) {
      for (const mismatch of evaluation.mismatches) {
        console.log(
          `  ${mismatch.source}  missed [${mismatch.missed.join(', ')}] extra [${mismatch.extra.join(', ')}]  ${mismatch.text.slice(0, 140)}`,
        );
      }
    }
    const failures = failedTargets(evaluation);
    console.log(failures.length === 0 ? 'targets: met\n' : `targets: MISSED: ${failures.join('; ')}\n`);
    if (name === 'all' && failures.length > 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
