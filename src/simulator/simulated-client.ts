export type { AttemptOutcome, ClientEnd, ClientSummary, ClientTurn } from './client-turn.ts';

import type { RequestType } from '../spec/observation.ts';
import { chooseWords, type TurnSituation } from './choose-words.ts';
import { SaidLines } from './client-content.ts';
import { type ClientState, copyState, initialState } from './client-state.ts';
import type { AttemptOutcome, ClientEnd, ClientSummary, ClientTurn } from './client-turn.ts';
import { CrisisSequence } from './crisis-sequence.ts';
import { decideAttempt } from './decide-attempt.ts';
import { DisclosurePacing } from './disclosure-pacing.ts';
import { SpokenLines } from './not-twice-running.ts';
import { nothingNoticed, noticeReply } from './noticed-since.ts';
import type { Persona } from './persona-schema.ts';
import { DEFAULT_RISK_TEXT } from './phrase-bank.ts';
import { createRandom, type Random } from './prng.ts';
import { PromiseLedger } from './promise-ledger.ts';
import { reactToBehaviour } from './react-to-therapist.ts';
import { readTherapistBehaviour } from './read-therapist-behaviour.ts';
import { requestsAnswered } from './requests-answered.ts';
import { sideLife } from './side-life.ts';
import { splitMessage } from './split-message.ts';
import { changeState } from './state-change.ts';
import {
  type OfferedStep,
  sharedClientReader,
  stepOf,
  TherapistMemory,
  type TurnReader,
} from './therapist-reading.ts';
import { endingOf } from './turn-ending.ts';
import { situationFrom } from './turn-situation.ts';
import { typoCorrection } from './typo-correction.ts';

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
  readonly #spoken = new SpokenLines();
  #heard = '';
  #outstanding: RequestType[] = [];
  readonly #promises = new PromiseLedger();
  #offered: OfferedStep | undefined;
  #attempt: { outcome: AttemptOutcome; sizeSeconds: number } | undefined;
  #flags = nothingNoticed();
  #unheardStreak = 0;
  /** Turns the therapist repeated itself, and turns it missed them, this session. */
  #repeatsHeard = 0;
  #misses = 0;
  #shortStreak = 0;
  #questionStreak = 0;
  /** The rest of a message sent in two, said next turn (split-message.ts). */
  #tail: string | undefined;
  readonly #crisis = new CrisisSequence();
  readonly #disclosures: DisclosurePacing;
  #completed = 0;
  #attempts = 0;
  /** Their change and sustain talk so far this session. */
  readonly #talk = { change: 0, sustain: 0 };
  #ended: ClientEnd | undefined;

  constructor(persona: Persona, options: { seed: number; read: TurnReader }) {
    this.persona = persona;
    this.#state = initialState(persona);
    this.#random = createRandom(options.seed);
    this.reader = sharedClientReader(options.read);
    this.#memory = new TherapistMemory(this.reader);
    this.#disclosures = new DisclosurePacing(persona);
    // (the rest of their week, from dice of its own: the session's talk is as it was)
    const life = sideLife(persona.id, options.seed);
    this.#said.sideConcerns = life.concerns;
    this.#said.present = life.present;
  }

  get state(): ClientState {
    return copyState(this.#state);
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
      changeTalk: this.#talk.change,
      sustainTalk: this.#talk.sustain,
      ...(this.#ended === 'dropout' || this.#ended === 'leave-early' ? { dropoutTurn: this.#turn } : {}),
    };
  }

  /** The therapist's reply to the client's last turn (or its opening). */
  hearReply(text: string, at: number): void {
    const taken = this.#memory.take(text);
    this.#heard = text;
    this.#questionStreak = text.includes('?') ? this.#questionStreak + 1 : 0;
    const { reading } = taken;
    if (taken.repeatedSentences.length > 0) {
      this.#flags.repeat = true;
      this.#repeatsHeard += 1;
      this.#change({ frustration: 1, trust: -0.5, heard: -0.5 });
    }
    const requested = this.#outstanding.some(
      (type) => type === 'concrete' || type === 'next' || type === 'smaller',
    );
    const { stillOpen, changes } = requestsAnswered(this.#outstanding, reading);
    for (const change of changes) this.#change(change);
    this.#outstanding = stillOpen;
    this.#promises.hear(reading.promises, at, reading.withdrawsPromises === true);
    if (reading.crisis?.asksDirectly) {
      this.#disclosures.askedAboutRisk();
      this.#flags.askedAboutRisk = true;
    }
    const crisisChanges = this.#crisis.hearReply(Boolean(reading.crisis));
    if (crisisChanges) this.#change(crisisChanges);
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
    else if (heardDelta <= 0.15) {
      this.#unheardStreak += 1;
      this.#misses += 1;
    }
    noticeReply(this.#flags, { text, reaction, behaviour, stepOffered: taken.step !== undefined });
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
    const decision = decideAttempt(step, this.persona, this.#state, this.#flags.unaskedAdvice, this.#random);
    if (decision.kind === 'vague') {
      this.#flags.vague = true;
      return 0;
    }
    if (decision.kind === 'too-big') {
      this.#flags.tooBig = true;
      this.#change(decision.changes);
      return 0;
    }
    if (decision.kind === 'hesitated') {
      this.#flags.hesitated = true;
      return decision.ms;
    }
    this.#attempts += 1;
    this.#attempt = { outcome: decision.outcome, sizeSeconds: step.sizeSeconds };
    this.#change(decision.changes);
    if (decision.outcome === 'done') {
      this.#completed += 1;
      this.#unheardStreak = 0;
    }
    return decision.ms;
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
    // (a disclosure, a risk answer or an ending due now comes first; the rest of the message is dropped)
    const quiet = !this.#ended && !situation.disclosure && !situation.risk && !situation.ending;
    const tail = quiet ? this.#tail : undefined;
    this.#tail = undefined;
    const words = tail
      ? { text: tail, requests: [], talk: 'neutral' as const }
      : chooseWords(situation, persona, this.#said, this.#random);
    const split =
      words.requests.length === 0 && !this.#ended ? splitMessage(words.text, persona, this.#turn) : undefined;
    if (split) [words.text, this.#tail] = split;
    // (asked again, not an earlier message again word for word: the yes alone, or "same really")
    if (quiet && words.requests.length === 0)
      words.text = this.#spoken.once(words.text, this.#lastSaid, persona.id, this.#turn);
    else this.#spoken.add(words.text);
    // (a slip still in the message as sent may be put right in the next one: "*myself")
    this.#tail ??= this.#ended ? undefined : typoCorrection(words.text, words.slip, persona, this.#turn);
    if (words.talk !== 'neutral') {
      this.#talk[words.talk] += 1;
      this.#change({ readiness: words.talk === 'change' ? 0.2 : -0.1 });
    }
    this.#outstanding = words.requests.filter((type) => type !== 'stop' && type !== 'next');
    this.#lastSaid = words.text;
    this.#shortStreak = words.text.split(/\s+/).length <= 2 ? this.#shortStreak + 1 : 0;
    this.#flags = nothingNoticed();
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
    const situation = situationFrom(flags, {
      turn: this.#turn,
      state,
      unheardStreak: this.#unheardStreak,
      missedOften: this.#repeatsHeard >= 1 || this.#misses >= 3,
      shortStreak: this.#shortStreak,
      questionStreak: this.#questionStreak,
      unanswered: this.#outstanding,
      heard: this.#heard,
    });
    if (this.#attempt) {
      situation.attempt = {
        outcome: this.#attempt.outcome,
        discount:
          this.#attempt.outcome !== 'not-done' && this.#random.chance(persona.propensities.discountWins),
      };
    }
    if (this.#crisis.takeIgnored()) situation.risk = 'ignored';
    // (not "ok. I'll call them" at the first mention: a person who has just said it out loud
    // balks at ringing a stranger first, and agrees when the offer comes again)
    const answer = this.#crisis.takeAnswer();
    if (answer === 'crisis-accept') this.#ended = 'stop';
    if (answer) return { ...situation, risk: answer };
    const event = persona.events.find((candidate) => candidate.turn === this.#turn);
    if (event?.kind === 'risk-disclosure') {
      this.#crisis.disclosed();
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
    const ending = endingOf(persona, { turn: this.#turn, state, unheardStreak: this.#unheardStreak });
    if (ending) {
      this.#ended = ending === 'dropout' ? 'dropout' : 'stop';
      return { ...situation, ending };
    }
    const disclosure = this.#disclosures.due(situation, this.#state.trust, this.#flags.askedAboutRisk);
    if (disclosure) {
      if (disclosure.risk) this.#crisis.disclosed();
      this.#change({ distress: 0.3 * disclosure.depth, heard: -0.3 });
      return { ...situation, disclosure: disclosure.text };
    }
    return situation;
  }

  #settleBrokenPromises(now: number): void {
    const broken = this.#promises.settleBroken(now);
    for (let count = 0; count < broken; count++) {
      this.#flags.broken = true;
      this.#change({ trust: -1.5, frustration: 1.5 });
    }
  }

  #change(changes: Partial<ClientState>): void {
    changeState(this.#state, changes, this.persona);
  }
}
