// node --import tsx bench/coach-turn-stages.ts — a coach turn split in two over bench:coach-vs-eliza's
// inputs: understanding alone, and the rest of the turn (policy, realizer, session log, fold, settle)
// with understanding's answers looked up, so the rest can be profiled on its own (--cpu-prof).
// Args: rest (only the rest, many rounds, for --cpu-prof); --no-settle (no setImmediate between turns);
// --warm (five more unmeasured passes first). Neither flag changed the split (load ~11).
import { VirtualClock } from '../src/clock/index.ts';
import { createCoachSession } from '../src/coach/coach-session.ts';
import { settle } from '../src/coach/replay.ts';
import type { Observation } from '../src/spec/observation.ts';
import { understand } from '../src/understanding/index.ts';
import { median, UTTERANCES } from './support/coach-beside-eliza.ts';

const SESSIONS = 200;
const answers = new Map<string, Observation[]>();
const remembered = (text: string, earlier: readonly string[] = []) => {
  const key = `${earlier.join('\u0000')}\u0001${text}`;
  let value = answers.get(key);
  if (!value) {
    value = understand(text, earlier);
    answers.set(key, value);
  }
  // a fresh copy each turn, as understanding gives
  return structuredClone(value);
};

// understanding's share of a whole turn, timed inside it (parts timed apart run warmer than in a turn)
let insideTurn = 0;
const timedUnderstand = (text: string, earlier: readonly string[] = []) => {
  const started = performance.now();
  const observations = understand(text, earlier);
  insideTurn = performance.now() - started;
  return observations;
};
const inside: number[] = [];

async function turns(lookUp: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let session = 0; session < SESSIONS; session++) {
    const clock = new VirtualClock(0);
    const coach = createCoachSession({
      clock,
      seed: session,
      sessionId: `b${session}`,
      understand: lookUp ? remembered : timedUnderstand,
    });
    await coach.open();
    for (const text of UTTERANCES) {
      const started = performance.now();
      await coach.receive(text);
      times.push(performance.now() - started);
      if (!lookUp) inside.push(insideTurn);
      clock.advance(20_000);
      if (!process.argv.includes('--no-settle')) await settle();
    }
  }
  return times;
}

function understandingAlone(): number[] {
  const times: number[] = [];
  for (let session = 0; session < SESSIONS; session++) {
    const earlier: string[] = [];
    for (const text of UTTERANCES) {
      const started = performance.now();
      understand(text, earlier.slice(-2));
      times.push(performance.now() - started);
      earlier.push(text);
    }
  }
  return times;
}

const only = process.argv[2];
await turns(false);
if (process.argv.includes('--warm')) for (let round = 0; round < 5; round++) await turns(false);
await turns(true);
understandingAlone();
if (only === 'rest') {
  for (let round = 0; round < 30; round++) await turns(true);
} else {
  const whole = median(await turns(false));
  const alone = median(understandingAlone());
  const rest = median(await turns(true));
  inside.length = 0;
  const wholeTimes = await turns(false);
  const insideTimes = [...inside];
  const restInside = wholeTimes.map((time, at) => time - insideTimes[at]);
  const aloneTimes = understandingAlone();
  const restTimes = await turns(true);
  const per = (times: number[], index: number) =>
    median(times.filter((_, at) => at % UTTERANCES.length === index)).toFixed(3);
  for (let index = 0; index < UTTERANCES.length; index++)
    console.log(
      `turn ${index + 1}: whole ${per(wholeTimes, index)} understanding in turn ${per(insideTimes, index)} rest in turn ${per(restInside, index)} | apart: understanding ${per(aloneTimes, index)} rest ${per(restTimes, index)}`,
    );
  console.log(
    `in turn: understanding ${median(insideTimes).toFixed(3)} ms, rest ${median(restInside).toFixed(3)} ms`,
  );
  console.log(
    `whole turn ${whole.toFixed(3)} ms; understanding alone ${alone.toFixed(3)} ms; rest (understanding looked up) ${rest.toFixed(3)} ms`,
  );
}
