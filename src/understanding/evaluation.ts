/**
 * Scores understand() against a labelled corpus. Pure: callers read the files (tests, scripts).
 * The labelling format is documented in scripts/eval-understanding.ts.
 */
import { z } from 'zod';
import type { Observation, ObservationKind } from '../spec/observation.ts';

const KINDS = [
  'request',
  'sensation',
  'urge',
  'emotion',
  'worry',
  'progress',
  'proposal',
  'task',
  'rating',
  'assent',
  'decline',
  'hedge',
  'risk',
] as const satisfies readonly ObservationKind[];

const expectedSchema = z.looseObject({ kind: z.enum(KINDS) });
const entrySchema = z.object({
  text: z.string(),
  expect: z.array(expectedSchema),
  only: z.array(z.enum(KINDS)).optional(),
});
export type Expected = Record<string, unknown> & { kind: ObservationKind };
export type CorpusEntry = {
  text: string;
  expect: Expected[];
  only?: ObservationKind[];
  split: 'dev' | 'holdout';
  source: string;
};

/** Parses one .jsonl file; files named *.holdout.jsonl form the held-out split. */
export function parseCorpus(fileName: string, content: string): CorpusEntry[] {
  const split = fileName.includes('.holdout.') ? 'holdout' : 'dev';
  return content
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => {
      const parsed = entrySchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${fileName}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      return {
        ...(parsed.data as Omit<CorpusEntry, 'split' | 'source'>),
        split,
        source: `${fileName}:${index + 1}`,
      };
    });
}

/** The fields that must agree for a predicted observation to count as the expected one. */
function keyOf(observation: Record<string, unknown>): string {
  switch (observation.kind) {
    case 'request':
      return `request:${observation.type}`;
    case 'sensation':
      return `sensation:${observation.part}`;
    case 'emotion':
      return `emotion:${observation.label}`;
    case 'progress':
      return `progress:${observation.status}`;
    case 'task':
      return `task:${observation.domain}`;
    case 'rating':
      return `rating:${observation.value}`;
    case 'risk':
      return `risk:${observation.type}`;
    default:
      return String(observation.kind);
  }
}

export type Counts = { tp: number; fp: number; fn: number };
export type Scores = Counts & { precision: number; recall: number; f1: number };
export type Mismatch = { source: string; text: string; missed: string[]; extra: string[] };
export type Evaluation = {
  utterances: number;
  byKind: Record<string, Scores>;
  byRequestType: Record<string, Scores>;
  /** requests and proposals matched by type where either side has a delay: exact agreement */
  afterMs: { checked: number; exact: number; accuracy: number };
  condition: { checked: number; agree: number; accuracy: number };
  phrase: { checked: number; exact: number; accuracy: number };
  when: { checked: number; agree: number; accuracy: number };
  discounting: { checked: number; agree: number; accuracy: number };
  riskFalseAlarmRate: number;
  mismatches: Mismatch[];
};

function scoresOf(counts: Counts): Scores {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

const normal = (text: unknown) =>
  String(text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function evaluate(entries: CorpusEntry[], read: (text: string) => Observation[]): Evaluation {
  const byKind = new Map<string, Counts>();
  const byRequestType = new Map<string, Counts>();
  const tally = (map: Map<string, Counts>, key: string, field: keyof Counts) => {
    const counts = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    counts[field] += 1;
    map.set(key, counts);
  };
  const afterMs = { checked: 0, exact: 0 };
  const condition = { checked: 0, agree: 0 };
  const phrase = { checked: 0, exact: 0 };
  const when = { checked: 0, agree: 0 };
  const discounting = { checked: 0, agree: 0 };
  let riskFree = 0;
  let riskAlarms = 0;
  const mismatches: Mismatch[] = [];
  for (const entry of entries) {
    const scored = (kind: string) => !entry.only || entry.only.includes(kind as ObservationKind);
    // the corpus is labelled for the contract's kinds; the issue-17 extensions are not scored here
    const predicted = read(entry.text).filter(
      (observation) => (KINDS as readonly string[]).includes(observation.kind) && scored(observation.kind),
    ) as unknown as Record<string, unknown>[];
    const unmatched = [...predicted];
    const missed: string[] = [];
    if (scored('risk') && !entry.expect.some((e) => e.kind === 'risk')) {
      riskFree += 1;
      if (predicted.some((p) => p.kind === 'risk')) riskAlarms += 1;
    }
    for (const expected of entry.expect) {
      const key = keyOf(expected);
      const at = unmatched.findIndex((candidate) => keyOf(candidate) === key);
      const count = (field: keyof Counts) => {
        tally(byKind, expected.kind, field);
        if (expected.kind === 'request') tally(byRequestType, String(expected.type), field);
      };
      if (at < 0) {
        count('fn');
        missed.push(key);
        continue;
      }
      const [match] = unmatched.splice(at, 1);
      count('tp');
      if (
        (expected.kind === 'request' || expected.kind === 'proposal') &&
        (expected.afterMs !== undefined || match.afterMs !== undefined)
      ) {
        afterMs.checked += 1;
        if (expected.afterMs === match.afterMs) afterMs.exact += 1;
      }
      if (expected.kind === 'request') {
        condition.checked += 1;
        if ((expected.condition === undefined) === (match.condition === undefined)) condition.agree += 1;
        when.checked += 1;
        if (expected.when === match.when) when.agree += 1;
        if (expected.phrase !== undefined || match.phrase !== undefined) {
          phrase.checked += 1;
          if (normal(expected.phrase) === normal(match.phrase)) phrase.exact += 1;
        }
      }
      if (expected.kind === 'progress') {
        discounting.checked += 1;
        if (expected.discounting === match.discounting) discounting.agree += 1;
      }
    }
    for (const extra of unmatched) {
      tally(byKind, String(extra.kind), 'fp');
      if (extra.kind === 'request') tally(byRequestType, String(extra.type), 'fp');
    }
    if (missed.length > 0 || unmatched.length > 0) {
      mismatches.push({ source: entry.source, text: entry.text, missed, extra: unmatched.map(keyOf) });
    }
  }
  const toScores = (map: Map<string, Counts>) =>
    Object.fromEntries([...map.entries()].sort().map(([key, counts]) => [key, scoresOf(counts)]));
  return {
    utterances: entries.length,
    byKind: toScores(byKind),
    byRequestType: toScores(byRequestType),
    afterMs: { ...afterMs, accuracy: ratio(afterMs.exact, afterMs.checked) },
    condition: { ...condition, accuracy: ratio(condition.agree, condition.checked) },
    phrase: { ...phrase, accuracy: ratio(phrase.exact, phrase.checked) },
    when: { ...when, accuracy: ratio(when.agree, when.checked) },
    discounting: { ...discounting, accuracy: ratio(discounting.agree, discounting.checked) },
    riskFalseAlarmRate:
      ratio(riskAlarms, riskFree) === 1 && riskFree === 0 ? 0 : riskAlarms / Math.max(1, riskFree),
    mismatches,
  };
}

/** The targets of issue 3 (risk targets belong to the safety suite and are reported only). */
export const TARGETS = { requestF1: 0.95, afterMsExact: 0.95, bodyPartF1: 0.9 } as const;

export function failedTargets(evaluation: Evaluation): string[] {
  const failures: string[] = [];
  const requestF1 = evaluation.byKind.request?.f1 ?? 0;
  const bodyPartF1 = evaluation.byKind.sensation?.f1 ?? 0;
  if (requestF1 < TARGETS.requestF1)
    failures.push(`request F1 ${requestF1.toFixed(3)} < ${TARGETS.requestF1}`);
  if (evaluation.afterMs.accuracy < TARGETS.afterMsExact)
    failures.push(`exact afterMs ${evaluation.afterMs.accuracy.toFixed(3)} < ${TARGETS.afterMsExact}`);
  if (bodyPartF1 < TARGETS.bodyPartF1)
    failures.push(`body-part F1 ${bodyPartF1.toFixed(3)} < ${TARGETS.bodyPartF1}`);
  return failures;
}
