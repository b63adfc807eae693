/**
 * The coach turn of several commits side by side, for telling a speed change from this shared machine's
 * drift: each commit's src/ is extracted (support/source-at-commit.ts) and imported into one process,
 * and the same measurement as bench:coach-vs-eliza (the ten utterances, 200 fresh sessions, the median
 * turn) is taken of each in turn, round after round, the order reversed every other round, so load
 * that comes and goes hits every commit alike. Prints each commit's median over the rounds.
 *
 * node --import tsx bench/coach-at-commits.ts [--rounds N] <commit> <commit>…   (default: HEAD~1 HEAD)
 */
import type { VirtualClock } from '../src/clock/index.ts';
import type { createCoachSession } from '../src/coach/coach-session.ts';
import type { settle } from '../src/coach/replay.ts';
import type { understand } from '../src/understanding/index.ts';
import { median, UTTERANCES } from './support/coach-beside-eliza.ts';
import { extractSourceAtCommit } from './support/source-at-commit.ts';

type Coach = {
  name: string;
  create: typeof createCoachSession;
  understand: typeof understand;
  Clock: typeof VirtualClock;
  settle: typeof settle;
  dispose: () => void;
};

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 6;
const commits = roundsAt >= 0 ? [...args.slice(0, roundsAt), ...args.slice(roundsAt + 2)] : args;

async function load(commit: string): Promise<Coach> {
  const source = extractSourceAtCommit(commit);
  if (typeof source === 'string') throw new Error(source);
  return {
    name: commit,
    create: (await source.load('src/coach/coach-session.ts')).createCoachSession as Coach['create'],
    Clock: (await source.load('src/clock/index.ts')).VirtualClock as Coach['Clock'],
    understand: (await source.load('src/understanding/index.ts')).understand as Coach['understand'],
    settle: (await source.load('src/coach/replay.ts')).settle as Coach['settle'],
    dispose: source.dispose,
  };
}

async function medianTurn(coach: Coach): Promise<number> {
  const times: number[] = [];
  for (let session = 0; session < 200; session++) {
    const clock = new coach.Clock(0);
    // each commit's understand itself, as bench:coach-vs-eliza: a memo of repeated texts is not measured
    const coachSession = coach.create({
      clock,
      seed: session,
      sessionId: `b${session}`,
      understand: coach.understand,
    });
    await coachSession.open();
    for (const text of UTTERANCES) {
      const started = performance.now();
      await coachSession.receive(text);
      times.push(performance.now() - started);
      clock.advance(20_000);
      await coach.settle();
    }
  }
  return median(times);
}

const coaches = await Promise.all((commits.length > 0 ? commits : ['HEAD~1', 'HEAD']).map(load));
try {
  for (const coach of coaches) await medianTurn(coach);
  const medians: number[][] = coaches.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const order = coaches.map((_, index) => (round % 2 === 0 ? index : coaches.length - 1 - index));
    for (const index of order) medians[index].push(await medianTurn(coaches[index]));
  }
  for (const [index, coach] of coaches.entries())
    console.log(
      `${coach.name}: coach turn ${median(medians[index]).toFixed(3)} ms (median of ${ROUNDS} rounds: ${medians[index].map((value) => value.toFixed(3)).join(' ')})`,
    );
} finally {
  for (const coach of coaches) coach.dispose();
}
