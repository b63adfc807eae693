/**
 * node --import tsx bench/coach-versus.ts OTHER_CHECKOUT [ROUNDS]
 * The coach turn of another checkout beside this one's, in one process, alternating rounds of 100
 * fresh sessions each (bench:coach-vs-eliza's ten utterances), with elizabot's turn in the same rounds:
 * two separate runs of bench:coach-vs-eliza on the shared machine differ by more than a change does.
 * Both trees are loaded as TypeScript through tsx; the other checkout needs node_modules (a symlink is
 * enough). Prints each tree's median turn in ms and its ratio to elizabot's median.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import ElizaBot from 'elizabot';
import { median, UTTERANCES } from './support/coach-beside-eliza.ts';

type Tree = {
  name: string;
  VirtualClock: new (start: number) => { advance(ms: number): void };
  createCoachSession: (options: object) => {
    open(): Promise<unknown>;
    receive(text: string): Promise<unknown>;
  };
  settle: () => Promise<void>;
  times: number[];
};

const [other, roundsText] = process.argv.slice(2);
if (!other) {
  console.error('usage: node --import tsx bench/coach-versus.ts OTHER_CHECKOUT [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsText ?? 6);
const SESSIONS_PER_ROUND = 100;

async function load(root: string, name: string): Promise<Tree> {
  const { VirtualClock } = await import(`${root}/src/clock/index.ts`);
  const { createCoachSession } = await import(`${root}/src/coach/coach-session.ts`);
  const { settle } = await import(`${root}/src/coach/replay.ts`);
  return { name, VirtualClock, createCoachSession, settle, times: [] };
}

async function coachRound(tree: Tree, times?: number[]): Promise<void> {
  for (let session = 0; session < SESSIONS_PER_ROUND; session++) {
    const clock = new tree.VirtualClock(0);
    const coach = tree.createCoachSession({ clock, seed: session, sessionId: `v${session}` });
    await coach.open();
    for (const text of UTTERANCES) {
      const started = performance.now();
      await coach.receive(text);
      times?.push(performance.now() - started);
      clock.advance(20_000);
      await tree.settle();
    }
  }
}

function elizaRound(times?: number[]): void {
  for (let session = 0; session < SESSIONS_PER_ROUND; session++) {
    const bot = new ElizaBot();
    bot.getInitial();
    for (const text of UTTERANCES) {
      const started = performance.now();
      bot.transform(text);
      times?.push(performance.now() - started);
    }
  }
}

const trees = [
  await load(resolve(other), `other (${resolve(other)})`),
  await load(resolve(import.meta.dirname, '..'), 'this'),
];
// two unmeasured rounds of each compile the code and load the models
for (const tree of trees) for (let warm = 0; warm < 2; warm++) await coachRound(tree);
elizaRound();
const eliza: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const tree of trees) await coachRound(tree, tree.times);
  elizaRound(eliza);
}
const elizaMedian = median(eliza);
console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}; ${rounds} alternating rounds`,
);
for (const tree of trees) {
  const coachMedian = median(tree.times);
  console.log(
    `${tree.name}: coach turn median ${coachMedian.toFixed(3)} ms, ${(coachMedian / elizaMedian).toFixed(1)}× elizabot`,
  );
}
console.log(`elizabot turn median ${elizaMedian.toFixed(4)} ms`);
