// The rule-based client as it was before issue 18, kept only so bench:simulate can print the
// new client's speed beside it in the same run. Not used by tinystep itself.

import {
  type ClientState,
  initialState,
  onScale,
  successChance,
  tolerableSeconds,
} from '../../../src/simulator/client-state.ts';
import { FreshSentences } from '../../../src/simulator/grammar.ts';
import type { Persona } from '../../../src/simulator/persona-schema.ts';
import { DEFAULT_RISK_TEXT } from '../../../src/simulator/phrase-bank.ts';
import { createRandom, type Random } from '../../../src/simulator/prng.ts';
import {
  type OfferedStep,
  sharedClientReader,
  stepOf,
  TherapistMemory,
  type TurnReader,
} from '../../../src/simulator/therapist-reading.ts';
import type { RequestType } from '../../../src/spec/observation.ts';
import { composeTurn, type PlannedRequest, type TurnPlan } from './legacy-compose-turn.ts';

export type AttemptOutcome = 'done' | 'partial' | 'not-done';
export type ClientEnd = 'dropout' | 'leave-early' | 'stop';

/** One client utterance, with what the client meant (for the runner) and its state after it. */
export type ClientTurn = { text: string; requests: RequestType[]; end?: ClientEnd; state: ClientState };

export type ClientSummary = {
  completedSteps: number;
  attempts: number;
  distressStart: number;
  distressEnd: number;
  dropout: boolean;
  turns: number;
};

type Promised = { madeAt: number; dueAt?: number; settled: boolean };

/** Resistances that turn a too-big step down more often. */
const REFUSING = new Set<string>(['hostility', 'defensiveness', 'minimal-talk']);

/** How late (ms) a promised nudge may be and still count as on time. */
function tolerance(afterMs: number): number {
  return 5000 + afterMs * 0.1;
}

/**
 * A rule-driven client played from a persona card. It reads only the therapist's text, so it
 * works against any therapist: call hearReply / hearNudge as messages arrive, planAttempt when
 * the client would act on the last reply (the runner lets the attempt's time pass), then speak.
 */
/** What the client noticed in the therapist's last reply; cleared each time it speaks. */
function noFlags() {
  return {
    repeat: false,
    broken: false,
    thanks: false,
    vague: false,
    tooBig: false,
    heard: false,
    hesitated: false,
  };
}

export class LegacySimulatedClient {
  readonly persona: Persona;
  /** How this client reads therapist text; metrics reuse it so they judge what the client heard. */
  readonly reader: TurnReader;
  #state: ClientState;
  readonly #random: Random;
  readonly #fresh: FreshSentences;
  readonly #memory: TherapistMemory;
  #turn = 0;
  #outstanding: PlannedRequest[] = [];
  #promises: Promised[] = [];
  #offered: OfferedStep | undefined;
  #attempt: { outcome: AttemptOutcome; sizeSeconds: number } | undefined;
  #flags = noFlags();
  #riskPending = false;
  #stepOffered = false;
  #crisisAnswered = false;
  #riskIgnored = false;
  #completed = 0;
  #attempts = 0;
  #ended: ClientEnd | undefined;

  constructor(persona: Persona, options: { seed: number; read: TurnReader }) {
    this.persona = persona;
    this.#state = initialState(persona);
    this.#random = createRandom(options.seed);
    this.#fresh = new FreshSentences(this.#random);
    // one reading per distinct therapist text, read the client's way (lists, polite requests),
    // shared with the other clients of this thread that read with the same function
    this.reader = sharedClientReader(options.read);
    this.#memory = new TherapistMemory(this.reader);
  }

  get state(): ClientState {
    return { ...this.#state };
  }

  summary(): ClientSummary {
    return {
      completedSteps: this.#completed,
      attempts: this.#attempts,
      distressStart: this.persona.start.distress,
      distressEnd: this.#state.distress,
      dropout: this.#ended === 'dropout',
      turns: this.#turn,
    };
  }

  /** The therapist's reply to the client's last turn (or its opening). */
  hearReply(text: string, at: number): void {
    const taken = this.#memory.take(text);
    const { reading } = taken;
    if (taken.repeatedSentences.length > 0) {
      this.#flags.repeat = true;
      this.#change({ frustration: 1, trust: -0.5 });
    }
    const stillOpen: PlannedRequest[] = [];
    for (const request of this.#outstanding) {
      const answered =
        reading.answers.includes(request.type) ||
        ((request.type === 'nudge' || request.type === 'cue') &&
          (reading.promises.length > 0 || reading.cues.length > 0));
      if (answered) this.#change({ frustration: -0.4, trust: 0.3 });
      else {
        stillOpen.push({ type: request.type, urgency: request.urgency + 1 });
        this.#change({ frustration: 0.8 + request.urgency * 0.4, trust: -0.4 });
      }
    }
    this.#outstanding = stillOpen.filter((request) => request.type !== 'stop');
    // a reply that answers everything and repeats nothing lets frustration ebb
    if (stillOpen.length === 0 && taken.repeatedSentences.length === 0) this.#change({ frustration: -0.5 });
    // a reminder called off out loud is no broken promise: nothing is owed any more
    if (reading.withdrawsPromises) for (const open of this.#promises) open.settled = true;
    for (const promise of reading.promises) {
      this.#promises.push({
        madeAt: at,
        dueAt: promise.afterMs === undefined ? undefined : at + promise.afterMs,
        settled: false,
      });
    }
    if (this.#riskPending) {
      this.#riskPending = false;
      if (reading.crisis) {
        this.#crisisAnswered = true;
        this.#change({ trust: 1.5, distress: -0.5 });
      } else {
        this.#riskIgnored = true;
        this.#change({ trust: -2, frustration: 2 });
      }
    }
    if (reading.reflections.simple + reading.reflections.complex > 0) {
      this.#flags.heard = this.#random.chance(0.5);
      this.#change({ trust: 0.2 });
    }
    this.#stepOffered = taken.step !== undefined;
    this.#offered = taken.step ?? this.#offered;
    if (taken.step?.concrete) this.#change({ distress: -0.3 });
    if (reading.vague && !taken.step) this.#change({ frustration: 0.3 });
  }

  /** A nudge from the therapist, arriving at `at` (ms from session start). */
  hearNudge(text: string, at: number): void {
    const due = this.#promiseKeptBy(at);
    if (due) {
      due.settled = true;
      this.#flags.thanks = true;
      this.#change({ trust: 1, frustration: -0.5, distress: -0.2 });
    } else this.#change({ trust: 0.2 });
    this.#memory.hear(text);
    // a nudge may carry a step of its own ("Just open the file."); read only when it could matter
    if (this.#offered) return;
    const step = stepOf(this.reader(text));
    if (step?.concrete) this.#offered = step;
  }

  /** The open promise a nudge at `at` keeps: the timed one due nearest to it, else the oldest untimed one. */
  #promiseKeptBy(at: number): Promised | undefined {
    let best: Promised | undefined;
    for (const promise of this.#promises) {
      if (promise.settled || promise.dueAt === undefined) continue;
      const distance = Math.abs(at - promise.dueAt);
      if (at < promise.dueAt - 2000 || distance > tolerance(promise.dueAt - promise.madeAt)) continue;
      if (!best || distance < Math.abs(at - (best.dueAt ?? 0))) best = promise;
    }
    return best ?? this.#promises.find((promise) => !promise.settled && promise.dueAt === undefined);
  }

  /** Decides whether to try the offered step; returns how long the attempt takes (ms of simulated time). */
  planAttempt(): number {
    this.#attempt = undefined;
    const step = this.#offered;
    this.#offered = undefined;
    if (!step || this.#ended) return 0;
    if (!step.concrete) {
      this.#flags.vague = true;
      return 0;
    }
    if (step.sizeSeconds > tolerableSeconds(this.persona, this.#state)) {
      this.#flags.tooBig = true;
      this.#change({ distress: 0.4 });
      return 0;
    }
    const hostile = this.persona.resistance === 'hostility' || this.persona.resistance === 'defensiveness';
    const willing =
      0.45 + (this.#state.willingness / 10) * 0.5 + (this.#state.trust / 10) * 0.15 - (hostile ? 0.2 : 0);
    if (!this.#random.chance(willing)) {
      this.#flags.hesitated = true;
      this.#flags.tooBig = this.#random.chance(0.4);
      return 3000 + this.#random.int(5000);
    }
    this.#attempts += 1;
    const chance = successChance(this.persona, this.#state, step.sizeSeconds);
    const roll = this.#random.next();
    const outcome: AttemptOutcome =
      roll < chance ? 'done' : roll < chance + (1 - chance) / 2 ? 'partial' : 'not-done';
    this.#attempt = { outcome, sizeSeconds: step.sizeSeconds };
    if (outcome === 'done') {
      this.#completed += 1;
      this.#change({ distress: -0.7, willingness: 0.5, trust: 0.3, frustration: -0.5 });
    } else if (outcome === 'partial') this.#change({ distress: -0.4, willingness: 0.2 });
    else this.#change({ distress: 0.6, willingness: -0.4, frustration: 0.4 });
    const share = outcome === 'done' ? 1 : outcome === 'partial' ? 0.7 : 0.5;
    const ms = step.sizeSeconds * 1000 * share * (0.8 + this.#random.next() * 0.4);
    return Math.round(Math.min(15 * 60_000, Math.max(3000, ms)));
  }

  /** The client's next utterance at `now` (ms from session start). */
  speak(now: number): ClientTurn {
    this.#turn += 1;
    this.#change({ fatigue: this.persona.style === 'verbose' ? 0.4 : 0.3 });
    this.#settleBrokenPromises(now);
    const plan = this.#plan();
    const composed = composeTurn(plan, this.persona, this.#fresh, this.#random, this.#state.distress);
    this.#outstanding = composed.requests;
    this.#flags = noFlags();
    this.#attempt = undefined;
    return {
      text: composed.text,
      requests: composed.requests.map((request) => request.type),
      end: this.#ended,
      state: this.state,
    };
  }

  #plan(): TurnPlan {
    const persona = this.persona;
    const plan: TurnPlan = {
      opening: this.#turn === 1,
      callRepeat: this.#flags.repeat,
      complainBroken: this.#flags.broken,
      thankNudge: this.#flags.thanks,
      riskIgnored: this.#riskIgnored,
      crisisAccept: this.#crisisAnswered,
      refuse: false,
      hesitate: this.#flags.hesitated,
      accept: false,
      vagueComplaint: false,
      talk: false,
      heard: this.#flags.heard,
      tired: this.#state.fatigue >= 7 && this.#random.chance(0.5),
      dropout: false,
      requests: [],
    };
    this.#riskIgnored = false;
    const event = persona.events.find((candidate) => candidate.turn === this.#turn);
    if (this.#crisisAnswered) {
      this.#crisisAnswered = false;
      plan.requests.push({ type: 'stop', urgency: 0 });
      this.#ended = 'stop';
      return plan;
    }
    if (event?.kind === 'risk-disclosure') {
      plan.eventText = event.text ?? DEFAULT_RISK_TEXT[event.riskType];
      this.#riskPending = true;
      return plan;
    }
    if (event?.kind === 'leave-early') {
      plan.eventText = event.text ?? 'Sorry, something came up and I have to go now';
      plan.requests.push({ type: 'stop', urgency: 0 });
      this.#ended = 'leave-early';
      return plan;
    }
    if (this.#state.frustration >= persona.dropoutFrustration) {
      this.#ended = 'dropout';
      return { ...plan, dropout: true };
    }
    if (this.#state.fatigue >= 9.5) {
      plan.requests.push({ type: 'stop', urgency: 0 });
      this.#ended = 'stop';
      return plan;
    }
    this.#planContent(plan);
    this.#planRequests(plan);
    return plan;
  }

  #planContent(plan: TurnPlan): void {
    const persona = this.persona;
    const refuses = REFUSING.has(persona.resistance);
    if (this.#attempt) {
      plan.attempt = {
        outcome: this.#attempt.outcome,
        discount:
          this.#attempt.outcome !== 'not-done' && this.#random.chance(persona.propensities.discountWins),
      };
    } else if (this.#flags.tooBig) {
      plan.refuse = refuses ? this.#random.chance(0.6) : this.#random.chance(0.25);
      if (!plan.refuse || this.#random.chance(0.5)) this.#ask(plan, 'smaller');
    } else if (this.#flags.vague) {
      plan.vagueComplaint = this.#random.chance(0.6);
      this.#ask(plan, 'concrete');
    } else if (!plan.opening && !plan.hesitate) plan.talk = true;
  }

  #planRequests(plan: TurnPlan): void {
    const propensities = this.persona.propensities;
    const damp = this.persona.resistance === 'minimal-talk' ? 0.6 : 1;
    // ignored requests come back first, more urgently
    for (const request of this.#outstanding) this.#ask(plan, request.type, request.urgency);
    const attempt = plan.attempt;
    if (attempt?.outcome === 'not-done' && this.#random.chance(propensities.smaller * damp + 0.2))
      this.#ask(plan, 'smaller');
    if (attempt && this.#random.chance(propensities.nudge * damp)) this.#ask(plan, 'nudge');
    if (attempt?.outcome === 'done' && this.#random.chance(0.5)) this.#ask(plan, 'next');
    if (
      !attempt &&
      !plan.refuse &&
      this.#random.chance(Math.min(0.95, propensities.concrete * damp + this.#turn * 0.03))
    )
      this.#ask(plan, 'concrete');
    // "why would that help?" only makes sense about something the therapist proposed
    if (this.#stepOffered && this.#random.chance(propensities.explain * damp)) this.#ask(plan, 'explain');
    if ((this.#stepOffered || attempt) && this.#random.chance(propensities.cue * damp))
      this.#ask(plan, 'cue');
    if (!attempt && this.#random.chance(propensities.nudge * damp * 0.5)) this.#ask(plan, 'nudge');
  }

  /** Adds a request unless the turn already has two or the same type. */
  #ask(plan: TurnPlan, type: RequestType, urgency = 0): void {
    if (plan.requests.length >= 2 || plan.requests.some((request) => request.type === type)) return;
    plan.requests.push({ type, urgency });
  }

  #settleBrokenPromises(now: number): void {
    for (const promise of this.#promises) {
      if (promise.settled || promise.dueAt === undefined) continue;
      if (now > promise.dueAt + tolerance(promise.dueAt - promise.madeAt)) {
        promise.settled = true;
        this.#flags.broken = true;
        this.#change({ trust: -1.5, frustration: 1.5 });
      }
    }
  }

  /** Adds the changes in place (the object is never handed out: `state` returns copies). */
  #change(changes: Partial<ClientState>): void {
    const scale = this.persona.resistance === 'hostility' && (changes.frustration ?? 0) > 0 ? 1.5 : 1;
    const state = this.#state;
    // exactly adjust(): every key named in `changes` is moved and kept on 0–10, frustration always
    if ('distress' in changes) state.distress = onScale(state.distress + (changes.distress ?? 0));
    if ('fatigue' in changes) state.fatigue = onScale(state.fatigue + (changes.fatigue ?? 0));
    if ('trust' in changes) state.trust = onScale(state.trust + (changes.trust ?? 0));
    if ('willingness' in changes) state.willingness = onScale(state.willingness + (changes.willingness ?? 0));
    state.frustration = onScale(state.frustration + (changes.frustration ?? 0) * scale);
  }
}
