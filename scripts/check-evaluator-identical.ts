/**
 * Checks that the evaluator of this working tree gives exactly the same result as the evaluator of an
 * earlier commit: the full `evaluateTranscript` JSON (every key, every code, every reason) compared
 * string for string over many transcripts — the seed session, simulated sessions of four therapists,
 * the coded MITI sets turned into transcripts (read, never printed) and long joined transcripts — each
 * evaluated cold (memos cleared) and again warm (memos full), in both evaluators in the same process.
 * A speed change to the evaluator must leave this at "0 differ". Prints only ids and the first JSON
 * path that differs, never session text.
 *
 * node --import tsx scripts/check-evaluator-identical.ts [--against <commit>] [--sessions N] [--set file.jsonl]…
 * `--against` defaults to HEAD (the tree before uncommitted changes); exit 1 when any result differs.
 */
import { existsSync } from 'node:fs';
import { loadEvaluatorAtCommit } from '../bench/support/evaluator-at-commit.ts';
import { readCodedSet } from '../src/evaluator/coding/coded-set.ts';
import { evaluateTranscript } from '../src/evaluator/index.ts';
import { clearEvaluatorMemos } from '../src/evaluator/memos.ts';
import { runBatch } from '../src/runner/run-batch.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import type { Turn } from '../src/spec/transcript.ts';
import { readTranscriptFile } from '../src/transcript/index.ts';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const AGAINST = argument('--against') ?? 'HEAD';
const SESSIONS = Number(argument('--sessions') ?? 3);
const SEED_SESSION = new URL('../../shared/reference/seed-session.txt', import.meta.url).pathname;
const DEFAULT_SETS = [
  'data/train/miti-train-v1/exchanges.jsonl',
  'data/blind/miti-v1/exchanges.jsonl',
  'data/blind/miti-v2/exchanges.jsonl',
];
const sets = process.argv.flatMap((value, index) => (process.argv[index - 1] === '--set' ? [value] : []));

type Case = { id: string; turns: Turn[] };

async function simulated(): Promise<Case[]> {
  const personas = loadPersonaDirectory();
  const cases: Case[] = [];
  const kinds = ['coach', 'eliza', 'generic-advice', 'reflective'] as const;
  for (const kind of kinds) {
    const records = await runBatch({
      personas,
      therapists: [{ kind }],
      sessions: SESSIONS,
      seed: 11,
      maxTurns: 25,
      workers: 0,
      keepTranscripts: true,
      measure: false,
    });
    for (const [index, record] of records.entries()) {
      if (!record.jsonl) continue;
      const turns = record.jsonl
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Turn);
      cases.push({ id: `${kind}-${record.persona}-${index}`, turns });
    }
  }
  return cases;
}

function codedSetCases(path: string): Case[] {
  return readCodedSet(path).map((exchange) => ({
    id: `${path}:${exchange.id}`,
    turns: exchange.turns.map((turn) =>
      turn.speaker === 'client'
        ? { role: 'client' as const, text: turn.text }
        : { role: 'therapist' as const, text: turn.utterances.map((utterance) => utterance.text).join(' ') },
    ),
  }));
}

/** Long transcripts: consecutive cases joined until each holds about `length` turns. */
function joined(cases: readonly Case[], length: number): Case[] {
  const result: Case[] = [];
  let turns: Turn[] = [];
  for (const item of cases) {
    turns.push(...item.turns);
    if (turns.length >= length) {
      result.push({ id: `joined-${result.length}`, turns: turns.slice(0, length) });
      turns = [];
    }
  }
  return result;
}

/** The first JSON path where two values differ (keys and positions only, no text). */
function firstDifference(left: unknown, right: unknown, path = '$'): string {
  if (typeof left !== typeof right || Array.isArray(left) !== Array.isArray(right)) return path;
  if (left === null || right === null || typeof left !== 'object') return left === right ? '' : path;
  const leftKeys = Object.keys(left as object);
  const rightKeys = Object.keys(right as object);
  if (leftKeys.join('\u0000') !== rightKeys.join('\u0000')) return `${path} (keys)`;
  for (const key of leftKeys) {
    const found = firstDifference(
      (left as Record<string, unknown>)[key],
      (right as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return '';
}

const old = await loadEvaluatorAtCommit(AGAINST);
if (typeof old === 'string') {
  console.error(`check-evaluator-identical: ${old}`);
  process.exit(1);
}
try {
  const cases: Case[] = [];
  if (existsSync(SEED_SESSION)) cases.push({ id: 'seed-session', turns: readTranscriptFile(SEED_SESSION) });
  const simulatedCases = await simulated();
  cases.push(...simulatedCases);
  const setCases = (sets.length > 0 ? sets : DEFAULT_SETS).filter(existsSync).flatMap(codedSetCases);
  cases.push(...setCases, ...joined(simulatedCases, 100), ...joined(setCases, 100));
  let differ = 0;
  for (const pass of ['cold', 'warm'] as const) {
    for (const item of cases) {
      if (pass === 'cold') {
        old.clearEvaluatorMemos();
        clearEvaluatorMemos();
      }
      const before = JSON.stringify(old.evaluateTranscript(item.turns));
      const after = JSON.stringify(evaluateTranscript(item.turns));
      if (before === after) continue;
      differ++;
      if (differ <= 20)
        console.log(
          `differs (${pass}): ${item.id} at ${firstDifference(JSON.parse(before), JSON.parse(after))}`,
        );
    }
  }
  const turns = cases.reduce((sum, item) => sum + item.turns.length, 0);
  console.log(
    `check-evaluator-identical: ${cases.length} transcripts (${turns} turns), cold and warm, against ${AGAINST}: ${cases.length * 2 - differ} identical, ${differ} differ`,
  );
  process.exitCode = differ === 0 ? 0 : 1;
} finally {
  old.dispose();
}
