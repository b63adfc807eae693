import { randomUUID } from 'node:crypto';
import { decide } from '../policy/decide.ts';
import type { Realization, RealizeContext, Realizer } from '../realizer/types.ts';
import { type SafetyConfig, scopeStatement } from '../safety/index.ts';
import type { SessionEvent } from '../session/events.ts';
import { applyEvent, foldEvents } from '../session/fold.ts';
import { initialState, type PendingNudgeState, type SessionState } from '../session/state.ts';
import { TinystepError } from '../spec/errors.ts';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { splitSentences } from '../text/sentences.ts';
import { understandRemembered } from '../understanding/understand-memo.ts';
import { defaultRealizer } from './default-realizer.ts';
import { earlierClientTurns } from './earlier-client-turns.ts';
import { localTimeZone } from './local-time-zone.ts';
import { invitation } from './opening.ts';
import { createClockTimers, NO_LOG, type NudgeTimers, type SessionLog } from './persistence.ts';
import { realizeContext } from './realize-context.ts';
import { createSerialQueue } from './serial-queue.ts';
import {
  firedEvent,
  firedNudge,
  saidEventAndMessage,
  scheduledEvent,
  scheduledNudge,
} from './session-events.ts';
import { therapistTurnEvents } from './therapist-turn-events.ts';
import type {
  CoachSession,
  CoachSessionOptions,
  CoachTurn,
  PendingNudge,
  TherapistMessage,
} from './types.ts';

export type CoachRuntimeOptions = CoachSessionOptions & {
  /** Events of an earlier run of this session (resume); replayed without side effects, pending nudges re-armed. */
  events?: readonly SessionEvent[];
  log?: SessionLog;
  timers?: NudgeTimers;
  understand?: (text: string) => Observation[];
  /** The deployer's crisis resources (loadSafetyConfig); the built-in ones otherwise. */
  safetyConfig?: SafetyConfig;
};

/** A CoachSession plus what tools around it need: the log, the folded state, replay and ratings. */
export interface CoachRuntime extends CoachSession {
  events(): readonly SessionEvent[];
  state(): SessionState;
  /** Records another therapist's turn from a transcript being replayed: its step and promises count. */
  ingestTherapistTurn(text: string): void;
  /** Records a client turn of a replayed transcript without replying to it. */
  ingestClientTurn(text: string): Promise<void>;
  /** Records a 0–10 rating given outside the conversation (chat's /rate). */
  rate(value: number): Promise<void>;
}

const RECENT_TURNS = 4;

/**
 * The coach: understanding → fold → decide → realize → append, with nudges on the injected clock.
 * @example
 * const coach = createCoachSession({ clock: new VirtualClock(), seed: 7 });
 * await coach.open();
 * const turn = await coach.receive('nudge me in 30 seconds');
 */
export function createCoachSession(options: CoachRuntimeOptions): CoachRuntime {
  const clock = options.clock;
  // read once per text: a simulated client says its lines again and again (understand-memo.ts)
  const understand = options.understand ?? understandRemembered;
  const log = options.log ?? NO_LOG;
  const timers = options.timers ?? createClockTimers(clock);
  const listeners = new Set<(message: TherapistMessage) => void>();
  const events: SessionEvent[] = [...(options.events ?? [])];
  const opened = events.find((event) => event.type === 'session-opened');
  const id = opened?.type === 'session-opened' ? opened.sessionId : (options.sessionId ?? randomUUID());
  const seed = opened?.type === 'session-opened' ? opened.seed : (options.seed ?? 1);
  const locale = opened?.type === 'session-opened' ? opened.locale : (options.locale ?? 'en');
  let state = foldEvents(events, initialState(id, seed, locale));
  const recentTurns: NonNullable<RealizeContext['recentTurns']> = [];
  const builtIn = options.realizer ? undefined : defaultRealizer(seed);
  const realizer: Realizer = options.realizer ?? (builtIn as Realizer);
  const queue = createSerialQueue();
  const serial = <T>(work: () => Promise<T>): Promise<T> => queue.run(work);

  /** Folds and logs at once; the log's own promise (a store write) is returned to be awaited. */
  const record = (added: SessionEvent[]) => {
    for (const event of added) {
      events.push(event);
      state = applyEvent(state, event);
    }
    return log.append(added);
  };
  // not async: awaiting an async wrapper costs a promise and extra microtask ticks on every event;
  // the caller awaits the log's own promise (or nothing) directly
  const append = (...added: SessionEvent[]) => record(added);
  const emit = (message: TherapistMessage) => {
    for (const listener of listeners) listener(message);
  };
  const remember = (role: 'client' | 'therapist', text: string) => {
    recentTurns.push({ role, text });
    if (recentTurns.length > RECENT_TURNS) recentTurns.shift();
  };
  /** The therapist-said event and message for a realization; recorded, not yet emitted. */
  const said = (realization: Realization, moves: Move[], extra: { nudgeId?: string; at?: number }) =>
    saidEventAndMessage(state, realization, moves, extra.at ?? clock.now(), extra.nudgeId);
  const say = async (
    realization: Realization,
    moves: Move[],
    extra: { nudgeId?: string; at?: number } = {},
  ) => {
    const { event, message } = said(realization, moves, extra);
    // a store's write is awaited; with no store (bench, tests, CLI) there is no promise, and no tick
    const writing = record([event]);
    if (writing) await writing;
    remember('therapist', realization.text);
    emit(message);
    return message;
  };

  // `at` is read when the timer fires, not when the queue gets to it, so lateness is the clock's own
  const fire = (nudge: PendingNudgeState, at = clock.now()) => {
    // nothing else running, nothing to await: the nudge is said the moment its timer fires
    if (queue.inFlight === 0 && builtIn && log === NO_LOG) {
      if (!state.pendingNudges.some((pending) => pending.id === nudge.id)) return;
      record([firedEvent(nudge, at)]);
      const context = realizeContext(state, { recentTurns: [...recentTurns] });
      const realization = builtIn.realizeNudgeSync(firedNudge(nudge, at), context);
      const { event, message } = said(realization, [], { nudgeId: nudge.id, at });
      record([event]);
      remember('therapist', realization.text);
      emit(message);
      return;
    }
    void serial(async () => {
      if (!state.pendingNudges.some((pending) => pending.id === nudge.id)) return;
      await append(firedEvent(nudge, at));
      const context = realizeContext(state, { recentTurns: [...recentTurns] });
      const realization = await realizer.realizeNudge(firedNudge(nudge, at), context);
      await say(realization, [], { nudgeId: nudge.id, at });
    });
  };

  const cancelNudges = async (ids: readonly string[], reason: string) => {
    for (const nudgeId of ids) {
      if (!state.pendingNudges.some((pending) => pending.id === nudgeId)) continue;
      timers.cancel(nudgeId);
      await append({ type: 'nudge-cancelled', at: clock.now(), nudgeId, reason });
    }
  };

  /** What a client turn records before any reply: their words, what was read, ratings and wins. */
  const recordClient = async (text: string | undefined, observations: Observation[], at: number) => {
    if (text !== undefined) {
      const writing = append(
        { type: 'client-said', at, text },
        { type: 'observations-recorded', at, observations },
      );
      if (writing) await writing;
      remember('client', text);
    }
    for (const observation of observations) {
      if (observation.kind === 'rating')
        await append({ type: 'rating-recorded', at, value: observation.value });
      if (observation.kind === 'progress')
        await append({
          type: 'step-completed',
          at,
          status: observation.status,
          discounted: observation.discounting,
          ...(state.currentStep ? { step: state.currentStep } : {}),
        });
    }
  };

  /** One turn of the loop, from observations to a message; `text` is undefined for close() without words. */
  const turn = async (text: string | undefined, observations: Observation[]): Promise<CoachTurn> => {
    const at = clock.now();
    await recordClient(text, observations, at);
    const decision = decide(state, observations, { safetyConfig: options.safetyConfig });
    const crisis = decision.plan.some((move) => move.type === 'crisis');
    // close() without words (quit, Ctrl-C) ends everything; a client's "stop" keeps their nudges
    const quitting = text === undefined && decision.closes;
    await cancelNudges(
      quitting ? state.pendingNudges.map((nudge) => nudge.id) : decision.cancelNudges,
      crisis ? 'crisis' : decision.closes ? 'session-closed' : 'superseded',
    );
    const context = realizeContext(state, { crisis, recentTurns: [...recentTurns] });
    // the built-in realizer answers at once: no promise and no microtask tick for it
    const realization = builtIn
      ? builtIn.realizeSync(decision.plan, context)
      : await realizer.realize(decision.plan, context);
    if (decision.step)
      await append({ type: 'step-proposed', at, step: decision.step.step, by: decision.step.by });
    const scheduled: PendingNudge[] = [];
    for (const nudge of decision.nudges) {
      await append(scheduledEvent(nudge, at));
      scheduled.push(scheduledNudge(nudge, at));
    }
    const message = await say(realization, decision.plan, { at });
    if (decision.closes) {
      const close = decision.plan.find((move) => move.type === 'close');
      await append({
        type: 'session-closed',
        at,
        reason: text === undefined ? 'quit' : 'asked',
        summary: close?.type === 'close' ? close.summary : '',
      });
    }
    for (const nudge of state.pendingNudges)
      if (scheduled.some((item) => item.id === nudge.id))
        timers.schedule(nudge, () => fire(nudge, clock.now()));
    return { messages: [message], moves: decision.plan, nudges: scheduled };
  };

  // a resumed session re-arms what was pending; overdue nudges fire at once
  for (const nudge of state.pendingNudges) timers.schedule(nudge, () => fire(nudge, clock.now()));

  return {
    id,
    get closed() {
      return state.closed;
    },
    events: () => events,
    state: () => state,
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pendingNudges: () =>
      state.pendingNudges.map((nudge) => ({
        id: nudge.id,
        dueAt: nudge.dueAt,
        afterMs: nudge.afterMs,
        cue: nudge.cue,
        ...(nudge.condition ? { condition: nudge.condition } : {}),
      })),
    open: () =>
      serial(async () => {
        if (events.some((event) => event.type === 'session-opened')) return [];
        await append({
          type: 'session-opened',
          at: clock.now(),
          sessionId: id,
          seed,
          locale,
          timeZone: options.timeZone ?? localTimeZone(),
        });
        const text = `${scopeStatement(locale, options.safetyConfig)} ${invitation(seed)}`;
        return [await say({ text, sentences: splitSentences(text), realizer: 'template' }, [])];
      }),
    receive: (text, receiveOptions) =>
      serial(async () => {
        if (typeof text !== 'string')
          throw new TinystepError('invalid-input', 'client text must be a string', {
            hint: 'pass what the person typed',
          });
        // a country chosen since the session began: this turn's crisis lines are that country's
        const locale = receiveOptions?.locale;
        if (locale && locale !== state.locale)
          await append({ type: 'locale-changed', at: clock.now(), locale });
        return turn(text, understand(text, earlierClientTurns(events)));
      }),
    close: () =>
      serial(async () => {
        if (state.closed) return [];
        const result = await turn(undefined, [{ kind: 'request', type: 'stop', span: [0, 0] }]);
        return result.messages;
      }),
    rate: (value) =>
      serial(async () => {
        await append({
          type: 'rating-recorded',
          at: clock.now(),
          value: Math.max(0, Math.min(10, Math.round(value))),
        });
      }),
    ingestClientTurn: (text) =>
      serial(() => recordClient(text, understand(text, earlierClientTurns(events)), clock.now())),
    ingestTherapistTurn(text) {
      const added = therapistTurnEvents(text, clock.now(), understand);
      for (const event of added) {
        events.push(event);
        state = applyEvent(state, event);
      }
      remember('therapist', text);
      void log.append(added);
    },
  };
}
