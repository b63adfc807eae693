import type { RequestType } from '../spec/observation.ts';
import { normalizeSentence, splitSentences } from '../text/sentences.ts';
import { describeBody } from './client-state.ts';
import type { FreshSentences, Slots } from './grammar.ts';
import type { Persona } from './persona-schema.ts';
import * as bank from './phrase-bank.ts';
import type { Random } from './prng.ts';

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

export function composeTurn(
  plan: TurnPlan,
  persona: Persona,
  fresh: FreshSentences,
  random: Random,
  distress: number,
): ComposedTurn {
  const slots = slotsFor(persona, random);
  const say = (templates: readonly string[], extra: Slots = {}) =>
    fresh.compose(templates, { ...slots, ...extra });
  const body: Array<string | undefined> = [];
  const lead: Array<string | undefined> = [];

  if (plan.dropout)
    return { text: finish([say(bank.DROPOUT) ?? 'I am leaving now'], [], persona, random), requests: [] };
  if (plan.eventText) lead.push(fresh.remember(plan.eventText) ? plan.eventText : undefined);
  if (plan.riskIgnored) lead.push(say(RISK_IGNORED));
  if (plan.crisisAccept) lead.push(say(bank.CRISIS_ACCEPT));
  if (plan.callRepeat) lead.push(say(bank.REPEAT_CALLOUT));
  if (plan.complainBroken) lead.push(say(bank.BROKEN_PROMISE));
  if (plan.thankNudge) body.push(say(bank.NUDGE_THANKS));

  if (plan.opening) {
    body.push(say(bank.OPENING), say(bank.TASK_MENTION), say(bank.WORRY));
    if (persona.style === 'verbose') body.push(say(bank.CONTEXT), say(bank.SELF_TALK));
    body.push(say(bank.BODY));
  }
  if (plan.attempt) {
    const outcome = plan.attempt.outcome;
    body.push(
      say(
        outcome === 'done'
          ? bank.ATTEMPT_DONE
          : outcome === 'partial'
            ? bank.ATTEMPT_PARTIAL
            : bank.ATTEMPT_FAILED,
      ),
    );
    if (plan.attempt.discount) body.push(say(bank.DISCOUNT));
    body.push(say(bank.BODY));
    if (outcome !== 'done' || random.chance(0.3)) body.push(say(random.chance(0.5) ? bank.MIND : bank.URGE));
  }
  if (plan.refuse) body.push(say(bank.REFUSE));
  if (plan.hesitate) body.push(say(bank.HESITATE));
  if (plan.accept) body.push(say(bank.ACCEPT));
  if (plan.vagueComplaint) body.push(say(bank.VAGUE_COMPLAINT));
  if (plan.heard) body.push(say(bank.HEARD));
  if (plan.talk) {
    const pool = [bank.WORRY, bank.BODY, bank.SELF_TALK, bank.URGE, bank.TASK_MENTION];
    if (persona.values.length > 0) pool.push(bank.VALUE);
    const first = distress >= 5 && random.chance(0.5) ? bank.BODY : random.pick(pool);
    body.push(say(first), say(random.pick(pool.filter((templates) => templates !== first))));
  }
  addStyle(body, persona, random, say);
  if (plan.tired) body.push(say(bank.FATIGUE));

  const limit = STYLE_LENGTH[persona.style] + (plan.opening ? 2 : 0);
  const kept = [...lead, ...body.filter((sentence) => sentence !== undefined).slice(0, limit)];
  // one urgent lead-in per turn is enough; a second would sound like a script
  const requests = plan.requests.map((request, index) =>
    composeRequest(index === 0 ? request : { ...request, urgency: 0 }, say, random),
  );
  // the client holds the therapist only to what it actually said
  const voiced = plan.requests.filter((_request, index) => requests[index] !== undefined);
  return { text: finish(kept, requests, persona, random), requests: voiced };
}

function addStyle(
  body: Array<string | undefined>,
  persona: Persona,
  random: Random,
  say: (templates: readonly string[]) => string | undefined,
): void {
  const resistance = persona.resistance;
  if ((persona.style === 'tangent' || resistance === 'irrelevant-talk') && persona.tangents.length > 0) {
    if (random.chance(0.6)) body.unshift(say(bank.TANGENT));
  }
  if (persona.style === 'upset' && random.chance(0.6)) body.unshift(say(bank.UPSET));
  if (persona.style === 'pleasing' && random.chance(0.5)) body.push(say(bank.PLEASING));
  if (persona.style === 'verbose' && persona.values.length > 0 && random.chance(0.4))
    body.push(say(bank.VALUE));
  if (resistance === 'defensiveness' && random.chance(0.3)) body.unshift(say(bank.DEFENSIVE));
  if (resistance === 'intellectualising' && random.chance(0.35)) body.unshift(say(bank.INTELLECTUAL));
  if (resistance === 'hostility' && random.chance(0.3)) body.unshift(say(bank.HOSTILE));
}

function composeRequest(
  request: PlannedRequest,
  say: (templates: readonly string[], extra?: Slots) => string | undefined,
  random: Random,
): string | undefined {
  const urgency = bank.URGENCY[Math.min(request.urgency, bank.URGENCY.length - 1)];
  const prefix = random.pick(urgency);
  const templates = bank.REQUESTS[request.type];
  const core = say(templates, { time: bank.TIMES, cue: bank.CUES });
  if (!core) return undefined;
  const prefixed = prefix ? expandPrefix(prefix, random) : '';
  const sentence = prefixed ? `${prefixed} ${lowerFirst(core)}` : core;
  return /\b(?:can|could|what|why|how)\b/i.test(sentence) ? `${sentence}?` : `${sentence}.`;
}

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

/** The slots that come straight from the card, built once per persona (cards do not change). */
const cardSlots = new WeakMap<Persona, Slots>();

function slotsOfCard(persona: Persona): Slots {
  let slots = cardSlots.get(persona);
  if (!slots) {
    slots = {
      summary: persona.problem.summary,
      context: persona.problem.context,
      task: persona.tasks.map((task) => task.object),
      fear: persona.fears,
      selfTalk: persona.selfTalk,
      urge: persona.urges,
      value: persona.values,
      tangent: persona.tangents,
    };
    cardSlots.set(persona, slots);
  }
  return slots;
}

function slotsFor(persona: Persona, random: Random): Slots {
  const entry = random.pick(persona.body);
  const second = random.pick(persona.body);
  const bodyOne = describeBody(entry.part, random.pick(entry.qualities));
  const bodyTwo = describeBody(second.part, random.pick(second.qualities));
  return {
    ...slotsOfCard(persona),
    body: second === entry ? [bodyOne] : [bodyOne, `${bodyOne} and ${bodyTwo}`],
  };
}

/** True when no sentence of `text` was said in `earlier` (normalised); used by tests and the runner. */
export function sentencesOf(text: string): string[] {
  return splitSentences(text).map(normalizeSentence);
}
