import { VirtualClock } from '../clock/virtual-clock.ts';
import type { ClientState } from '../simulator/client-state.ts';
import type { Persona } from '../simulator/persona-schema.ts';
import { createRandom, deriveSeed } from '../simulator/prng.ts';
import { readTherapistText } from '../simulator/read-therapist-behaviour.ts';
import { memoizedReader, type TurnReader } from '../simulator/therapist-reading.ts';
import type { RequestType } from '../spec/observation.ts';
import type { Turn } from '../spec/transcript.ts';
import { countWords } from '../text/sentences.ts';
import { type ClientFactory, type ClientReport, type ClientUtterance, ruleClient } from './client.ts';
import type { SaidMessage, TherapistFactory, TherapistUnderTest } from './therapist.ts';

/** A transcript turn with the client's state after it (JSON Lines only; the evaluator charts it). */
export type SessionTurn = Turn & { state?: Pick<ClientState, 'distress' | 'fatigue' | 'trust'> };

export type SessionEnd =
  | 'max-turns'
  | 'dropout'
  | 'stop'
  | 'leave-early'
  | 'therapist-closed'
  /** An LLM client whose model kept failing; the client's summary has a note saying why. */
  | 'client-error';

export type SessionResult = {
  persona: string;
  therapist: string;
  seed: number;
  turns: SessionTurn[];
  /** What the client asked for in each turn (empty for therapist turns): its intent, known exactly. */
  requests: RequestType[][];
  /** The reader the client used, with its readings of this session's therapist texts kept. */
  read: TurnReader;
  client: ClientReport;
  end: SessionEnd;
};

export type RunSessionOptions = {
  persona: Persona;
  therapist: TherapistFactory;
  seed: number;
  /** Client turns at most (default 25). */
  maxTurns?: number;
  /** Who plays the client: the rule-based SimulatedClient (default) or a model (llm-simulated-client.ts). */
  client?: ClientFactory;
  /** Aborts an LLM client's pending call (the session then ends through its fallback). */
  signal?: AbortSignal;
  /** When given, time spent in this session is added to it (benchmarks; costs two clock reads a call). */
  timings?: SessionTimings;
};

/** Milliseconds of real (not simulated) time, split by who spent it. */
export type SessionTimings = { sessionMs: number; clientMs: number };

/** Runs `work`, adding its duration to `timings.clientMs` when timing is on. */
function timed<T>(timings: SessionTimings | undefined, work: () => T): T {
  if (!timings) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    timings.clientMs += performance.now() - started;
  }
}

// therapists say many of the same lines across sessions (templates, nudges); readings are pure
const readAcrossSessions = memoizedReader(readTherapistText, 20_000);

/** How long after the last turn pending nudges may still fire (they are promises too). */
// a reminder at a clock time ("at 6pm") may be most of a day away, and the virtual clock starts at
// midnight: an hour's horizon judged every such promise broken. Nudges promised before the client
// left still come (DESIGN: every scheduled nudge fires once, on time, unless cancelled)
const FLUSH_HORIZON_MS = 24 * 60 * 60_000;
const MAX_FLUSHED_NUDGES = 50;

/**
 * Plays one session on a virtual clock: the client's attempts and typing take simulated time,
 * nudges land in the transcript at the moment they fire. Every loop is bounded.
 */
export async function runSession(options: RunSessionOptions): Promise<SessionResult> {
  const { persona, therapist: factory, seed, timings } = options;
  const sessionStarted = timings ? performance.now() : 0;
  const maxTurns = options.maxTurns ?? 25;
  const clock = new VirtualClock(0);
  const random = createRandom(deriveSeed(seed, 'pace'));
  const client = (options.client ?? ruleClient).create({
    persona,
    seed: deriveSeed(seed, 'client'),
    read: readAcrossSessions,
    signal: options.signal,
  });
  const therapist = factory.create({
    clock,
    seed: deriveSeed(seed, 'therapist'),
    sessionId: `sim-${persona.id}-${seed}`,
  });
  const turns: SessionTurn[] = [];
  const requests: RequestType[][] = [];
  const record = (messages: SaidMessage[]) => {
    for (const message of messages) {
      turns.push({
        role: 'therapist',
        text: message.text,
        at: message.at,
        ...(message.nudge ? { nudge: true } : {}),
      });
      requests.push([]);
      timed(timings, () => {
        if (message.nudge) client.hearNudge(message.text, message.at);
        else client.hearReply(message.text, message.at);
      });
    }
  };
  const pass = async (ms: number) => {
    await passTime(clock, therapist, ms, record);
  };

  let end: SessionEnd = 'max-turns';
  record(await therapist.open());
  for (let turn = 0; turn < maxTurns; turn++) {
    await pass(timed(timings, () => client.planAttempt()));
    await pass(2000 + random.int(6000));
    const spoken = timed(timings, () => client.speak(clock.now()));
    // the rule client answers synchronously: no extra await, so its sessions run exactly as before
    const said: ClientUtterance = spoken instanceof Promise ? await spoken : spoken;
    if (said.end === 'client-error') {
      end = 'client-error';
      break;
    }
    const state = said.state && {
      distress: said.state.distress,
      fatigue: said.state.fatigue,
      trust: said.state.trust,
    };
    turns.push({ role: 'client', text: said.text, at: clock.now(), ...(state ? { state } : {}) });
    requests.push(said.requests);
    if (said.end === 'dropout') {
      end = 'dropout';
      break;
    }
    // the therapist reads while the client's words are typed out
    await pass(Math.min(20_000, countWords(said.text) * 150));
    record(await therapist.reply(said.text));
    if (said.end) {
      end = said.end;
      break;
    }
    if (therapist.closed) {
      end = 'therapist-closed';
      break;
    }
  }
  await flushNudges(clock, therapist, record);
  if (!therapist.closed) record(await therapist.close());
  const summary = timed(timings, () => client.summary());
  if (timings) timings.sessionMs += performance.now() - sessionStarted;
  return {
    persona: persona.id,
    therapist: factory.label,
    seed,
    turns,
    requests,
    read: client.reader,
    client: summary,
    end,
  };
}

async function passTime(
  clock: VirtualClock,
  therapist: TherapistUnderTest,
  ms: number,
  record: (messages: SaidMessage[]) => void,
): Promise<void> {
  if (ms <= 0) return;
  const target = clock.now() + ms;
  // timers fire one due time at a time, so a nudge the client hears can shape what follows
  for (let step = 0; step < MAX_FLUSHED_NUDGES; step++) {
    const due = clock.nextDueAt();
    if (due === undefined || due > target) break;
    clock.advanceTo(due);
    await settle();
    record(therapist.takeNudges());
  }
  clock.advanceTo(target);
  await settle();
  record(therapist.takeNudges());
}

async function flushNudges(
  clock: VirtualClock,
  therapist: TherapistUnderTest,
  record: (messages: SaidMessage[]) => void,
): Promise<void> {
  const horizon = clock.now() + FLUSH_HORIZON_MS;
  for (let step = 0; step < MAX_FLUSHED_NUDGES; step++) {
    const due = clock.nextDueAt();
    if (due === undefined || due > horizon) break;
    clock.advanceTo(due);
    await settle();
    record(therapist.takeNudges());
  }
}

/** Lets a therapist's timer callbacks finish any awaited work before we read its nudges. */
async function settle(): Promise<void> {
  for (let tick = 0; tick < 3; tick++) await Promise.resolve();
}
