/**
 * Checks that the coach of this working tree says exactly what the coach of an earlier commit says:
 * a few hundred simulated sessions (every persona against the coach, the rule-based client, virtual
 * clock) played by both in the same process, each session's whole JSON Lines transcript (every reply,
 * every client turn, every time and state) compared string for string. A speed change to understanding
 * or the evaluator's shared readers must leave this at "0 differ". Prints only ids and the first
 * differing turn's number, never session text.
 *
 * node --import tsx scripts/check-coach-identical.ts [--against <commit>] [--sessions N] [--seed S]
 * `--against` defaults to HEAD (the tree before uncommitted changes); exit 1 when any session differs.
 */
import { extractSourceAtCommit } from '../bench/support/source-at-commit.ts';
import { type BatchOptions, runBatch } from '../src/runner/run-batch.ts';
import type { SessionRecord } from '../src/runner/session-record.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const AGAINST = argument('--against') ?? 'HEAD';
// 24 personas × 10 sessions: 240 coach sessions, about 4,000 coach replies
const SESSIONS = Number(argument('--sessions') ?? 10);
const SEED = Number(argument('--seed') ?? 23);

type RunBatch = (options: BatchOptions) => Promise<SessionRecord[]>;

const play = (run: RunBatch, personas: BatchOptions['personas']) =>
  run({
    personas,
    therapists: [{ kind: 'coach' }],
    sessions: SESSIONS,
    seed: SEED,
    maxTurns: 25,
    workers: 0,
    keepTranscripts: true,
    measure: false,
  });

/** The number of the first line (turn) where two transcripts differ, or -1. */
function firstDifferentLine(left: string, right: string): number {
  const leftLines = left.split('\n');
  const rightLines = right.split('\n');
  for (let index = 0; index < Math.max(leftLines.length, rightLines.length); index++)
    if (leftLines[index] !== rightLines[index]) return index;
  return -1;
}

const source = extractSourceAtCommit(AGAINST);
if (typeof source === 'string') {
  console.error(`check-coach-identical: ${source}`);
  process.exit(1);
}
try {
  const old = await source.load('src/runner/run-batch.ts');
  // the same persona cards for both (the extracted copy holds src/ only)
  const personas = loadPersonaDirectory();
  const before = await play(old.runBatch as RunBatch, personas);
  const after = await play(runBatch, personas);
  let differ = 0;
  let replies = 0;
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    const left = before[index]?.jsonl ?? '';
    const right = after[index]?.jsonl ?? '';
    replies += right.split('\n').filter((line) => line.includes('"role":"therapist"')).length;
    if (left === right && left !== '') continue;
    differ++;
    if (differ <= 20)
      console.log(
        `differs: ${after[index]?.persona ?? before[index]?.persona}-${index} at turn ${firstDifferentLine(left, right)}`,
      );
  }
  console.log(
    `check-coach-identical: ${after.length} coach sessions (${replies} coach turns) against ${AGAINST}: ${after.length - differ} identical, ${differ} differ`,
  );
  process.exitCode = differ === 0 && after.length > 0 ? 0 : 1;
} finally {
  source.dispose();
}
