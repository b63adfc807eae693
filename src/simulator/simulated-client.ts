import type { RequestType } from '../spec/observation.ts';
import { chooseWords, type TurnSituation } from './choose-words.ts';
import { SaidLines } from './client-content.ts';
import { type ClientState, initialState, onScale, successChance, tolerableSeconds } from './client-state.ts';
import type { Disclosure, Persona } from './persona-schema.ts';
import { DEFAULT_RISK_TEXT } from './phrase-bank.ts';
import { createRandom, type Random } from './prng.ts';
import { PromiseLedger } from './promise-ledger.ts';
import { reactToBehaviour } from './react-to-therapist.ts';
import { readTherapistBehaviour } from './read-therapist-behaviour.ts';
import {
  type OfferedStep,
  sharedClientReader,
  stepOf,
  TherapistMemory,
  type TurnReader,
} from './therapist-reading.ts';

export type AttemptOutcome = 'done' | 'partial' | 'not-done';
export type ClientEnd = 'dropout' | 'leave-early' | 'stop';

/** One client utterance, with what the client meant (for the runner) and its state after it. */
export type ClientTurn = {
  text: string;
  requests: RequestType[];
  end?: ClientEnd;
  state: ClientState;
  /** Motivational interviewing's client talk: toward change, for the status quo, or neither. */
  talk: 'change' | 'sustain' | 'neutral';
};

export type ClientSummary = {
  completedSteps: number;
  attempts: number;
  distressStart: number;
  distressEnd: number;
  dropout: boolean;
  turns: number;
  /** How heard the client felt at the start and at the end (0–10); absent for an LLM client. */
  heardStart?: number;
  heardEnd?: number;
  changeTalk?: number;
  sustainTalk?: number;
  /** The client turn at which they left without finishing (dropout or leaving early). */
  dropoutTurn?: number;
};

/** "How heavy does it feel, 0 to 10?": a number is the natural answer. */
const RATING_QUESTION =
  /\b(?:0|zero)\s*(?:to|-|–)\s*10\b[^.!?]*\?|\b(?:how heavy|rate|a number|tell me how)\b[^.!?]*\b(?:0|zero)\s*(?:to|-|–)\s*10\b/i;

/** What the client noticed since it last spoke; cleared each time it speaks. */
function noFlags() {
  return {
    repeat: false,
    broken: false,
    thanks: false,
    vague: false,
    tooBig: false,
    hesitated: false,
    felt: 'neutral' as TurnSituation['felt'],
    unaskedAdvice: false,
    welcomeAdvice: false,
    askedOpen: false,
    askedClosed: false,
    askedAboutRisk: false,
    askedRating: false,
    stepOffered: false,
  };
}

/**
 * A rule-driven client played from a persona card. It reads only the therapist's text — by its
 * behaviour, through the evaluator's turn coding — so it works against any therapist. Its inner
 * state (feeling heard, trust, distress, readiness, frustration) moves with how it is treated,
 * and its words come from that state. Call hearReply / hearNudge as messages arrive, planAttempt
 * when the client would act on the last reply, then speak.
 */
export class SimulatedClient {
  readonly persona: Persona;
  /** How this client reads therapist text; metrics reuse it so they judge what the client heard. */
  readonly reader: TurnReader;
  #state: ClientState;
  readonly #random: Random;
  readonly #said = new SaidLines();
  readonly #memory: TherapistMemory;
  #turn = 0;
  #lastSaid = '';
  #outstanding: RequestType[] = [];
  readonly #promises = new PromiseLedger();
  #offered: OfferedStep | undefined;
  #attempt: { outcome: AttemptOutcome; sizeSeconds: number } | undefined;
  #flags = noFlags();
  #unheardStreak = 0;
  #riskPending = false;
  #crisisAnswered = false;
  #riskIgnored = false;
  #disclosed = new Set<Disclosure>();
  #riskAsks = 0;
  #hinted = false;
  #completed = 0;
  #attempts = 0;
  #changeTalk = 0;
  #sustainTalk = 0;
  #ended: ClientEnd | undefined;

  constructor(persona: Persona, options: { seed: number; read: TurnReader }) {
    this.persona = persona;
    this.#state = initialState(persona);
    this.#random = createRandom(options.seed);
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
      heardStart: this.persona.start.heard,
      heardEnd: this.#state.heard,
      changeTalk: this.#changeTalk,
      sustainTalk: this.#sustainTalk,
      ...(this.#ended === 'dropout' || this.#ended === 'leave-early' ? { dropoutTurn: this.#turn } : {}),
    };
  }

  /** The therapist's reply to the client's last turn (or its opening). */
  hearReply(text: string, at: number): void {
    const taken = this.#memory.take(text);
    const { reading } = taken;
    if (taken.repeatedSentences.length > 0) {
      this.#flags.repeat = true;
      this.#change({ frustration: 1, trust: -0.5, heard: -0.5 });
    }
    const requested = this.#outstanding.some(
      (type) => type === 'concrete' || type === 'next' || type === 'smaller',
    );
    const stillOpen: RequestType[] = [];
    for (const type of this.#outstanding) {
      const answered =
        reading.answers.includes(type) ||
        ((type === 'nudge' || type === 'cue') && (reading.promises.length > 0 || reading.cues.length > 0));
      if (answered) this.#change({ frustration: -0.4, trust: 0.3 });
      else if (type !== 'stop') {
        stillOpen.push(type);
        this.#change({ frustration: 0.8, trust: -0.4 });
      }
    }
    this.#outstanding = stillOpen;
    this.#promises.hear(reading.promises, at, reading.withdrawsPromises === true);
    if (reading.crisis?.asksDirectly) {
      this.#riskAsks += 1;
      this.#flags.askedAboutRisk = true;
    }
    if (this.#riskPending) {
      this.#riskPending = false;
      if (reading.crisis) {
        this.#crisisAnswered = true;
        this.#change({ trust: 1.5, distress: -0.5, heard: 1.5 });
      } else {
        this.#riskIgnored = true;
        this.#change({ trust: -2, frustration: 2, heard: -2 });
      }
    }
    // the opening comes before the client has said anything: nothing to be heard or missed yet
    if (this.#turn === 0) {
      this.#offered = taken.step ?? this.#offered;
      return;
    }
    const behaviour = readTherapistBehaviour(text, this.#lastSaid, { requested, reading });
    const reaction = reactToBehaviour(behaviour, this.persona);
    this.#change(reaction.changes);
    if ((reaction.changes.readiness ?? 0) !== 0)
      this.#change({ willingness: (reaction.changes.readiness ?? 0) * 0.5 });
    const heardDelta = reaction.changes.heard ?? 0;
    if (heardDelta >= 0.5) this.#unheardStreak = 0;
    else if (heardDelta <= 0.15) this.#unheardStreak += 1;
    const flags = this.#flags;
    flags.felt = reaction.felt;
    flags.unaskedAdvice ||= reaction.unaskedAdvice;
    flags.welcomeAdvice ||= reaction.welcomeAdvice;
    flags.askedOpen ||= behaviour.openQuestions > 0;
    flags.askedClosed ||= behaviour.closedQuestions > 0;
    flags.askedRating ||= RATING_QUESTION.test(text);
    flags.stepOffered = taken.step !== undefined;
    this.#offered = taken.step ?? this.#offered;
    if (taken.step?.concrete) this.#change({ distress: -0.2 });
  }

  /** A nudge from the therapist, arriving at `at` (ms from session start). */
  hearNudge(text: string, at: number): void {
    if (this.#promises.keep(at)) {
      this.#flags.thanks = true;
      this.#change({ trust: 1, frustration: -0.5, distress: -0.2 });
    } else this.#change({ trust: 0.1 });
    this.#memory.hear(text);
    if (this.#offered) return;
    const step = stepOf(this.reader(text));
    if (step?.concrete) this.#offered = step;
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
      this.#change({ distress: 0.3 });
      return 0;
    }
    const state = this.#state;
    const hostile = this.persona.resistance === 'hostility' || this.persona.resistance === 'defensiveness';
    const pushedBack = this.#flags.unaskedAdvice && this.#random.chance(this.persona.reactance * 0.6);
    const willing =
      0.2 +
      (state.readiness / 10) * 0.45 +
      (state.trust / 10) * 0.2 +
      (state.heard / 10) * 0.15 -
      (hostile ? 0.15 : 0) -
      (this.persona.goal === 'vent' ? 0.3 : 0);
    if (pushedBack || !this.#random.chance(willing)) {
      this.#flags.hesitated = true;
      return 2000 + this.#random.int(4000);
    }
    this.#attempts += 1;
    const chance = successChance(this.persona, state, step.sizeSeconds);
    const roll = this.#random.next();
    const outcome: AttemptOutcome =
      roll < chance ? 'done' : roll < chance + (1 - chance) / 2 ? 'partial' : 'not-done';
    this.#attempt = { outcome, sizeSeconds: step.sizeSeconds };
    if (outcome === 'done') {
      this.#completed += 1;
      // a step done is what a step-seeker came for: it counts as being helped
      const helped = this.persona.goal === 'step' ? 0.5 : 0.2;
      this.#change({
        distress: -0.7,
        willingness: 0.5,
        readiness: 0.5,
        trust: 0.3,
        frustration: -0.5,
        heard: helped,
      });
      this.#unheardStreak = 0;
    } else if (outcome === 'partial') this.#change({ distress: -0.3, willingness: 0.2, readiness: 0.2 });
    else this.#change({ distress: 0.5, willingness: -0.4, frustration: 0.3 });
    const share = outcome === 'done' ? 1 : outcome === 'partial' ? 0.7 : 0.5;
    const ms = step.sizeSeconds * 1000 * share * (0.8 + this.#random.next() * 0.4);
    return Math.round(Math.min(15 * 60_000, Math.max(3000, ms)));
  }

  /** The client's next utterance at `now` (ms from session start). */
  speak(now: number): ClientTurn {
    this.#turn += 1;
    const persona = this.persona;
    this.#change({ fatigue: persona.fatiguePerTurn });
    if (this.#flags.felt !== 'heard' && persona.mood.drift !== 0)
      this.#change({ distress: persona.mood.drift });
    this.#settleBrokenPromises(now);
    const situation = this.#situation();
    const words = chooseWords(situation, persona, this.#said, this.#random);
    if (words.talk === 'change') {
      this.#changeTalk += 1;
      this.#change({ readiness: 0.2 });
    } else if (words.talk === 'sustain') {
      this.#sustainTalk += 1;
      this.#change({ readiness: -0.1 });
    }
    this.#outstanding = words.requests.filter((type) => type !== 'stop' && type !== 'next');
    this.#lastSaid = words.text;
    this.#flags = noFlags();
    this.#attempt = undefined;
    return {
      text: words.text,
      requests: words.requests,
      end: this.#ended,
      state: this.state,
      talk: words.talk,
    };
  }

  #situation(): TurnSituation {
    const flags = this.#flags;
    const persona = this.persona;
    const state = this.#state;
    const situation: TurnSituation = {
      turn: this.#turn,
      state,
      felt: flags.felt,
      unheardStreak: this.#unheardStreak,
      unaskedAdvice: flags.unaskedAdvice,
      welcomeAdvice: flags.welcomeAdvice,
      askedOpen: flags.askedOpen,
      askedClosed: flags.askedClosed,
      repeat: flags.repeat,
      broken: flags.broken,
      thanks: flags.thanks,
      tooBig: flags.tooBig,
      vague: flags.vague,
      stepOffered: flags.stepOffered,
      askedRating: flags.askedRating,
      unanswered: this.#outstanding,
    };
    if (this.#attempt) {
      situation.attempt = {
        outcome: this.#attempt.outcome,
        discount:
          this.#attempt.outcome !== 'not-done' && this.#random.chance(persona.propensities.discountWins),
      };
    }
    if (this.#riskIgnored) {
      situation.risk = 'ignored';
      this.#riskIgnored = false;
    }
    if (this.#crisisAnswered) {
      this.#crisisAnswered = false;
      this.#ended = 'stop';
      return { ...situation, risk: 'crisis-accept' };
    }
    const event = persona.events.find((candidate) => candidate.turn === this.#turn);
    if (event?.kind === 'risk-disclosure') {
      this.#riskPending = true;
      return { ...situation, disclosure: event.text ?? DEFAULT_RISK_TEXT[event.riskType] };
    }
    if (event?.kind === 'leave-early') {
      this.#ended = 'leave-early';
      return {
        ...situation,
        disclosure: event.text ?? 'sorry, something came up, I have to go',
        ending: undefined,
      };
    }
    // out of patience: not heard for `patience` turns running, feeling unheard and not trusting
    const patient =
      this.#unheardStreak < persona.leaving.patience ||
      state.heard >= 1 ||
      state.trust >= 5 ||
      this.#turn < 5;
    if (state.frustration >= persona.dropoutFrustration || !patient) {
      this.#ended = 'dropout';
      return { ...situation, ending: 'dropout' };
    }
    if (
      state.fatigue >= 9.5 ||
      (persona.leaving.maxTurns !== undefined && this.#turn >= persona.leaving.maxTurns)
    ) {
      this.#ended = 'stop';
      return { ...situation, ending: 'leave' };
    }
    const disclosure = this.#dueDisclosure(situation);
    if (disclosure) {
      this.#disclosed.add(disclosure);
      if (disclosure.risk) this.#riskPending = true;
      this.#change({ distress: 0.3 * disclosure.depth, heard: -0.3 });
      return { ...situation, disclosure: disclosure.text };
    }
    return situation;
  }

  /** The first held-back disclosure whose moment has come (trust, turn, and its trigger). */
  #dueDisclosure(situation: TurnSituation): Disclosure | undefined {
    for (const disclosure of this.persona.disclosures) {
      if (this.#disclosed.has(disclosure) || this.#turn < disclosure.notBefore) continue;
      if (disclosure.trigger === 'asked-twice') {
        if (!this.#hinted) {
          this.#hinted = true;
          situation.risk = disclosure.hint ? undefined : 'hint';
          if (disclosure.hint) situation.disclosure = disclosure.hint;
          return undefined;
        }
        if (this.#riskAsks >= 2) return disclosure;
        if (this.#flags.askedAboutRisk) situation.risk = 'deflect';
        return undefined;
      }
      if (this.#state.trust < disclosure.trust) continue;
      const triggered =
        disclosure.trigger === 'any' ||
        (disclosure.trigger === 'reflection' && situation.felt === 'heard') ||
        (disclosure.trigger === 'open-question' && situation.askedOpen);
      if (triggered) return disclosure;
    }
    return undefined;
  }

  #settleBrokenPromises(now: number): void {
    const broken = this.#promises.settleBroken(now);
    for (let count = 0; count < broken; count++) {
      this.#flags.broken = true;
      this.#change({ trust: -1.5, frustration: 1.5 });
    }
  }

  /** Adds the changes in place (the object is never handed out: `state` returns copies). */
  #change(changes: Partial<ClientState>): void {
    const scale = this.persona.resistance === 'hostility' && (changes.frustration ?? 0) > 0 ? 1.5 : 1;
    const state = this.#state;
    for (const key of Object.keys(changes) as Array<keyof ClientState>) {
      const amount = (changes[key] ?? 0) * (key === 'frustration' ? scale : 1);
      state[key] = onScale(state[key] + amount);
    }
  }
}
