import { describeBody } from '../../../src/simulator/client-state.ts';
import type { FreshSentences, Slots } from '../../../src/simulator/grammar.ts';
import type { Persona } from '../../../src/simulator/persona-schema.ts';
import * as bank from '../../../src/simulator/phrase-bank.ts';
import type { Random } from '../../../src/simulator/prng.ts';
import type { RequestType } from '../../../src/spec/observation.ts';
import { normalizeSentence, splitSentences } from '../../../src/text/sentences.ts';

export type PlannedRequest = { type: RequestType; urgency: number };

/** What the client means to say this turn; compose() turns it into words. */
export type TurnPlan = {
  opening: boolean;
  eventText?: string;
  callRepeat: boolean;
  complainBroken: boolean;
  thankNudge: boolean;
  riskIgnored: boolean;
  crisisAccept: boolean;
  attempt?: { outcome: 'done' | 'partial' | 'not-done'; discount: boolean };
  refuse: boolean;
  /** Willing in principle, but did not try this time. */
  hesitate: boolean;
  accept: boolean;
  vagueComplaint: boolean;
  talk: boolean;
  heard: boolean;
  tired: boolean;
  dropout: boolean;
  requests: PlannedRequest[];
};

const RISK_IGNORED = ["(Did you hear what I just said|You didn't respond to what I just told you)"];

/** Most sentences (besides requests) each style says in one turn. */
const STYLE_LENGTH: Record<Persona['style'], number> = {
  reserved: 1,
  plain: 3,
  pleasing: 3,
  upset: 3,
  tangent: 4,
  verbose: 6,
};

/** The words of a turn and the requests they actually voice (a request the grammar could not say freshly is dropped). */
export type ComposedTurn = { text: string; requests: PlannedRequest[] };

/** What one turn's sentences are drawn with: the session's fresh-sentence memory and this turn's slots. */
type Speaker = { fresh: FreshSentences; slots: PersonaSlots };

/** A new sentence from the templates (undefined when none is fresh); requests also get {time} and {cue}. */
function say(speaker: Speaker, templates: readonly string[], forRequest = false): string | undefined {
  const slots = speaker.slots;
  return speaker.fresh.compose(templates, forRequest ? slots.moment : slots.plain);
}

export function composeTurn(
  plan: TurnPlan,
  persona: Persona,
  fresh: FreshSentences,
  random: Random,
  distress: number,
): ComposedTurn {
  const speaker: Speaker = { fresh, slots: slotsFor(persona, random) };
  const body: Array<string | undefined> = [];
  const lead: Array<string | undefined> = [];

  if (plan.dropout)
    return {
      text: finish([say(speaker, bank.DROPOUT) ?? 'I am leaving now'], [], persona, random),
      requests: [],
    };
  if (plan.eventText) lead.push(fresh.remember(plan.eventText) ? plan.eventText : undefined);
  if (plan.riskIgnored) lead.push(say(speaker, RISK_IGNORED));
  if (plan.crisisAccept) lead.push(say(speaker, bank.CRISIS_ACCEPT));
  if (plan.callRepeat) lead.push(say(speaker, bank.REPEAT_CALLOUT));
  if (plan.complainBroken) lead.push(say(speaker, bank.BROKEN_PROMISE));
  if (plan.thankNudge) body.push(say(speaker, bank.NUDGE_THANKS));

  if (plan.opening) {
    body.push(say(speaker, bank.OPENING), say(speaker, bank.TASK_MENTION), say(speaker, bank.WORRY));
    if (persona.style === 'verbose') body.push(say(speaker, bank.CONTEXT), say(speaker, bank.SELF_TALK));
    body.push(say(speaker, bank.BODY));
  }
  if (plan.attempt) {
    const outcome = plan.attempt.outcome;
    body.push(
      say(
        speaker,
        outcome === 'done'
          ? bank.ATTEMPT_DONE
          : outcome === 'partial'
            ? bank.ATTEMPT_PARTIAL
            : bank.ATTEMPT_FAILED,
      ),
    );
    if (plan.attempt.discount) body.push(say(speaker, bank.DISCOUNT));
    body.push(say(speaker, bank.BODY));
    if (outcome !== 'done' || random.chance(0.3))
      body.push(say(speaker, random.chance(0.5) ? bank.MIND : bank.URGE));
  }
  if (plan.refuse) body.push(say(speaker, bank.REFUSE));
  if (plan.hesitate) body.push(say(speaker, bank.HESITATE));
  if (plan.accept) body.push(say(speaker, bank.ACCEPT));
  if (plan.vagueComplaint) body.push(say(speaker, bank.VAGUE_COMPLAINT));
  if (plan.heard) body.push(say(speaker, bank.HEARD));
  if (plan.talk) {
    const pool = persona.values.length > 0 ? TALK_WITH_VALUES : TALK;
    const first = distress >= 5 && random.chance(0.5) ? bank.BODY : random.pick(pool);
    body.push(say(speaker, first), say(speaker, random.pick(othersThan(pool, first))));
  }
  addStyle(body, persona, random, speaker);
  if (plan.tired) body.push(say(speaker, bank.FATIGUE));

  const limit = STYLE_LENGTH[persona.style] + (plan.opening ? 2 : 0);
  const kept = lead;
  let keptFromBody = 0;
  for (const sentence of body) {
    if (keptFromBody >= limit) break;
    if (sentence === undefined) continue;
    kept.push(sentence);
    keptFromBody += 1;
  }
  // one urgent lead-in per turn is enough; a second would sound like a script; the client holds
  // the therapist only to what it actually said
  const requests: Array<string | undefined> = [];
  const voiced: PlannedRequest[] = [];
  for (let index = 0; index < plan.requests.length; index++) {
    const request = plan.requests[index];
    const sentence = composeRequest(index === 0 ? request : { ...request, urgency: 0 }, speaker, random);
    requests.push(sentence);
    if (sentence !== undefined) voiced.push(request);
  }
  return { text: finish(kept, requests, persona, random), requests: voiced };
}

/** What the client may talk about on an ordinary turn (values only when the card has some). */
const TALK = [bank.WORRY, bank.BODY, bank.SELF_TALK, bank.URGE, bank.TASK_MENTION];
const TALK_WITH_VALUES = [...TALK, bank.VALUE];
const othersCache = new Map<readonly string[], Map<readonly string[], ReadonlyArray<readonly string[]>>>();

/** The pool without `first` (kept per pool and bank, as both are constants). */
function othersThan(
  pool: ReadonlyArray<readonly string[]>,
  first: readonly string[],
): ReadonlyArray<readonly string[]> {
  let byFirst = othersCache.get(pool as never);
  if (!byFirst) {
    byFirst = new Map();
    othersCache.set(pool as never, byFirst);
  }
  let others = byFirst.get(first);
  if (!others) {
    others = pool.filter((templates) => templates !== first);
    byFirst.set(first, others);
  }
  return others;
}

function addStyle(body: Array<string | undefined>, persona: Persona, random: Random, speaker: Speaker): void {
  const resistance = persona.resistance;
  if ((persona.style === 'tangent' || resistance === 'irrelevant-talk') && persona.tangents.length > 0) {
    if (random.chance(0.6)) body.unshift(say(speaker, bank.TANGENT));
  }
  if (persona.style === 'upset' && random.chance(0.6)) body.unshift(say(speaker, bank.UPSET));
  if (persona.style === 'pleasing' && random.chance(0.5)) body.push(say(speaker, bank.PLEASING));
  if (persona.style === 'verbose' && persona.values.length > 0 && random.chance(0.4))
    body.push(say(speaker, bank.VALUE));
  if (resistance === 'defensiveness' && random.chance(0.3)) body.unshift(say(speaker, bank.DEFENSIVE));
  if (resistance === 'intellectualising' && random.chance(0.35))
    body.unshift(say(speaker, bank.INTELLECTUAL));
  if (resistance === 'hostility' && random.chance(0.3)) body.unshift(say(speaker, bank.HOSTILE));
}

function composeRequest(request: PlannedRequest, speaker: Speaker, random: Random): string | undefined {
  const urgency = bank.URGENCY[Math.min(request.urgency, bank.URGENCY.length - 1)];
  const prefix = random.pick(urgency);
  const templates = bank.REQUESTS[request.type];
  const core = say(speaker, templates, true);
  if (!core) return undefined;
  const prefixed = prefix ? expandPrefix(prefix, random) : '';
  const sentence = prefixed ? `${prefixed} ${lowerFirst(core)}` : core;
  return QUESTION_WORD.test(sentence) ? `${sentence}?` : `${sentence}.`;
}

const QUESTION_WORD = /\b(?:can|could|what|why|how)\b/i;

/** Joins sentences (each already fresh) and hedges the first one the persona's way. */
function finish(
  sentences: Array<string | undefined>,
  requests: Array<string | undefined>,
  persona: Persona,
  random: Random,
): string {
  const parts = sentences
    .filter((sentence): sentence is string => Boolean(sentence))
    .map((sentence) =>
      /[.!?…]$/.test(sentence) ? sentence : `${sentence}${persona.style === 'upset' ? '!' : '.'}`,
    );
  parts.push(...requests.filter((request): request is string => Boolean(request)));
  if (parts.length === 0) parts.push('Okay.');
  if (persona.hedges.length > 0 && random.chance(0.6)) {
    const hedge = random.pick(persona.hedges).replace(/[.…,!?\s]+$/u, '');
    parts[0] = `${hedge}, ${lowerFirst(parts[0])}`;
  }
  return parts.join(' ');
}

/** Lowercases the first letter unless the first word is "I" (or I'm, I've…). */
function lowerFirst(sentence: string): string {
  if (/^I\b/.test(sentence)) return sentence;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function expandPrefix(prefix: string, random: Random): string {
  return prefix.replace(/\(([^()]*)\)/g, (_whole, inner: string) => random.pick(inner.split('|')));
}

/**
 * A persona's slots: `plain` for ordinary sentences, `moment` adds {time} and {cue} for requests.
 * Built once per card (cards do not change); only {body} is drawn afresh each turn, and it is
 * written into both before the turn's sentences are composed (composeTurn is synchronous).
 */
type PersonaSlots = { plain: Slots; moment: Slots };

const personaSlots = new WeakMap<Persona, PersonaSlots>();

function slotsOfCard(persona: Persona): PersonaSlots {
  let slots = personaSlots.get(persona);
  if (!slots) {
    const plain: Slots = {
      summary: persona.problem.summary,
      context: persona.problem.context,
      task: persona.tasks.map((task) => task.object),
      fear: persona.fears,
      selfTalk: persona.selfTalk,
      urge: persona.urges,
      value: persona.values,
      tangent: persona.tangents,
      body: undefined,
    };
    slots = { plain, moment: { ...plain, time: bank.TIMES, cue: bank.CUES } };
    personaSlots.set(persona, slots);
  }
  return slots;
}

function slotsFor(persona: Persona, random: Random): PersonaSlots {
  const entry = random.pick(persona.body);
  const second = random.pick(persona.body);
  const bodyOne = describeBody(entry.part, random.pick(entry.qualities));
  const bodyTwo = describeBody(second.part, random.pick(second.qualities));
  const body = second === entry ? [bodyOne] : [bodyOne, `${bodyOne} and ${bodyTwo}`];
  const slots = slotsOfCard(persona);
  slots.plain.body = body;
  slots.moment.body = body;
  return slots;
}

/** True when no sentence of `text` was said in `earlier` (normalised); used by tests and the runner. */
export function sentencesOf(text: string): string[] {
  return splitSentences(text).map(normalizeSentence);
}
