// npm run bench:coach — reply latency for one turn deep in a session, and memory per idle session.
import { readFileSync } from 'node:fs';
import { VirtualClock } from '../src/clock/index.ts';
import { createCoachSession } from '../src/coach/coach-session.ts';
import { settle } from '../src/coach/replay.ts';
import type { Observation } from '../src/spec/observation.ts';
import { understand } from '../src/understanding/index.ts';

const SEED_PATH = new URL('../../shared/reference/seed-session.txt', import.meta.url);
const FALLBACK = [
  'I keep putting off the report for my boss',
  'maybe a 7',
  'can you make it smaller?',
  'my chest is tight and my hands are shaky',
  'I opened it but I am not sure that counts',
  'nudge me in 30 seconds if I start fiddling',
  'tell me exactly what to do',
  'what is the next step?',
  'why does noticing help?',
  'can we pause for a minute?',
];

function utterances(): string[] {
  try {
    const text = readFileSync(SEED_PATH, 'utf8');
    const turns = text
      .split(/\n\s*\n/)
      .filter((block) => block.startsWith('Patient:'))
      .map((block) => block.slice('Patient:'.length).trim());
    return turns.length > 0 ? [...turns, ...FALLBACK] : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

const texts = utterances();
const TURNS = 30;
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 200);
const WARMUP = 20;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

// the same words read once: isolates the coach (fold, policy, realizer) from understanding's cost
const cache = new Map<string, Observation[]>();
function understandOnce(text: string): Observation[] {
  const known = cache.get(text);
  if (known) return known;
  const observations = understand(text);
  cache.set(text, observations);
  return observations;
}

async function latency(label: string, read?: (text: string) => Observation[]): Promise<void> {
  const samples: number[] = [];
  for (let session = 0; session < SESSIONS; session++) {
    const clock = new VirtualClock(0);
    const coach = createCoachSession({ clock, seed: session, sessionId: `b${session}`, understand: read });
    await coach.open();
    for (let turn = 0; turn < TURNS - 1; turn++) {
      await coach.receive(texts[(session + turn) % texts.length]);
      clock.advance(20_000);
      await settle();
    }
    const started = performance.now();
    await coach.receive(texts[(session + TURNS) % texts.length]);
    // the first sessions warm the JIT and load the realizer; they are not measured
    if (session >= WARMUP) samples.push(performance.now() - started);
  }
  samples.sort((first, second) => first - second);
  console.log(
    `${label}: reply latency, turn ${TURNS} of a session (${SESSIONS} sessions): p50 ${percentile(samples, 0.5).toFixed(2)} ms, p99 ${percentile(samples, 0.99).toFixed(2)} ms (target p99 < 5 ms)`,
  );
}

async function memory(): Promise<void> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) {
    console.log('memory: run with node --expose-gc (npm run bench:coach does)');
    return;
  }
  const count = 1000;
  const clock = new VirtualClock(0);
  collect();
  const before = process.memoryUsage().heapUsed;
  const sessions = [];
  for (let index = 0; index < count; index++) {
    const coach = createCoachSession({ clock, seed: index, sessionId: `m${index}` });
    await coach.open();
    await coach.receive(texts[index % texts.length]);
    sessions.push(coach);
  }
  collect();
  const after = process.memoryUsage().heapUsed;
  const perSession = (after - before) / count / 1024;
  console.log(
    `memory per idle session (opened + one turn, ${count} sessions): ${perSession.toFixed(1)} KB (target < 50 KB)`,
  );
  if (sessions.length !== count) throw new Error('sessions were collected early');
}

await latency('whole turn (understanding included)');
await latency('coach only (observations cached)', understandOnce);
await memory();
