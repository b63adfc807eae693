/**
 * The coach's turn beside elizabot's, measured one way for every bench that prints the ratio
 * (bench:coach-vs-eliza, bench:understanding): the same ten utterances of an avoidance session,
 * 200 fresh sessions of each, a full coach turn (understanding, policy, realizer, session log, the
 * nudge timers settled) against a fresh ElizaBot's transform, one unmeasured pass of each first.
 * Issue 16/17's budget: the coach's median turn at most 10× elizabot's median turn.
 *
 * coachBesideElizaSettled measures the same thing again after more unmeasured passes. After the one
 * warm-up pass V8 is still compiling the coach's code: with --trace-opt, round 13 counted about 440
 * functions optimised before the first measured pass ended, then 156, 118, 50 and 68 more in the next
 * four pairs of passes, and the coach's median fell from 0.24–0.34 ms to about 0.18 ms by the fourth
 * (elizabot, a few small functions, is settled from the start). Both figures are printed; which one the
 * budget means is the lead's call.
 */
import ElizaBot from 'elizabot';
import { VirtualClock } from '../../src/clock/index.ts';
import { createCoachSession } from '../../src/coach/coach-session.ts';
import { settle } from '../../src/coach/replay.ts';
import { understand } from '../../src/understanding/index.ts';

export const UTTERANCES = [
  'I have been avoiding my thesis intro for two weeks',
  "I can't even make myself open it. I feel like such a failure.",
  'I lost my job last week and I don’t know what to do with myself',
  'my exams start in two weeks and I haven’t studied at all',
  'can you make it smaller?',
  'my chest is tight and my hands are shaky',
  'I opened it but I am not sure that counts',
  'nudge me in 30 seconds if I start fiddling',
  'tell me exactly what to do',
  'yeah. idk',
];
const SESSIONS = 200;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

async function coachTurns(): Promise<number[]> {
  const times: number[] = [];
  for (let session = 0; session < SESSIONS; session++) {
    const clock = new VirtualClock(0);
    // understand itself, not the coach's memo of it (understand-memo.ts): these ten texts come back 200
    // times, and a real person's turn is a text never read before, so each turn here is read afresh
    const coach = createCoachSession({ clock, seed: session, sessionId: `b${session}`, understand });
    await coach.open();
    for (const text of UTTERANCES) {
      const started = performance.now();
      await coach.receive(text);
      times.push(performance.now() - started);
      clock.advance(20_000);
      await settle();
    }
  }
  return times;
}

function elizaTurns(): number[] {
  const times: number[] = [];
  for (let session = 0; session < SESSIONS; session++) {
    const bot = new ElizaBot();
    bot.getInitial();
    for (const text of UTTERANCES) {
      const started = performance.now();
      bot.transform(text);
      times.push(performance.now() - started);
    }
  }
  return times;
}

export type CoachBesideEliza = { coachMedian: number; elizaMedian: number; ratio: number; turns: number };

/** Medians in wall milliseconds, and their ratio. */
export async function coachBesideEliza(): Promise<CoachBesideEliza> {
  // one unmeasured pass of each compiles the code and loads the models
  await coachTurns();
  elizaTurns();
  const coach = await coachTurns();
  const eliza = elizaTurns();
  const coachMedian = median(coach);
  const elizaMedian = median(eliza);
  return { coachMedian, elizaMedian, ratio: coachMedian / elizaMedian, turns: coach.length };
}

/** Extra unmeasured passes before the settled measurement: by then round 13 saw the median stop falling. */
export const SETTLING_PASSES = 6;

/** coachBesideEliza after SETTLING_PASSES more unmeasured passes of each (call it after coachBesideEliza). */
export async function coachBesideElizaSettled(): Promise<CoachBesideEliza> {
  for (let pass = 0; pass < SETTLING_PASSES; pass++) {
    await coachTurns();
    elizaTurns();
  }
  return coachBesideEliza();
}

export function describeCoachBesideEliza(result: CoachBesideEliza): string {
  return [
    `coach turn median ${result.coachMedian.toFixed(3)} ms, elizabot turn median ${result.elizaMedian.toFixed(3)} ms (${result.turns} turns each)`,
    `ratio ${result.ratio.toFixed(1)}× (budget ≤ 10×)`,
  ].join('\n');
}
