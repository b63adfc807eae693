import { findDurations } from '../llm/durations.ts';
import { findInjections } from '../llm/injection.ts';
import type { Move } from '../spec/move.ts';
import { isOffPlanPromise, isPromise } from '../text/commitments.ts';
import { countWords, normalizeSentence, splitSentences } from '../text/sentences.ts';
import { clockWords } from './clock-words.ts';
import type { RealizeContext } from './types.ts';

/** Why a phrasing was refused, as a verb phrase ("leaves out the nudge time (30 seconds)"); never quotes session text. */
export type PlanCheck = { ok: true } | { ok: false; reason: string; reasons: string[] };

type CheckContext = Pick<RealizeContext, 'said' | 'wordBudget'> &
  Partial<Pick<RealizeContext, 'slots' | 'recentTurns'>>;

const STOPWORDS = new Set(
  'the a an and or but to of in on at for with your you my me it its this that just then now be is are do it’s let'.split(
    ' ',
  ),
);
// directives that would push the task on; "the task can wait" stays allowed
const TASK_WORDS = /\b(open|type|write|writing|edit|draft|nudge|timer|remind|next step|first step)\w*\b/;
const SELF_TALK =
  /\b(as an ai|language model|system prompt|my instructions|previous instructions|ignore (all |the |your )?(previous |prior |above )?instructions)\b/;

/** Words that carry a step's meaning, lightly stemmed, so "open your draft" matches "Open the draft". */
function contentWords(text: string): string[] {
  return normalizeSentence(text)
    .split(' ')
    .filter((word) => word.length > 2 && !STOPWORDS.has(word))
    .map((word) => word.replace(/(ing|ed|es|s)$/, ''));
}

function containsWords(haystack: string, needle: string): boolean {
  const have = new Set(contentWords(haystack));
  const need = contentWords(needle);
  return need.every((word) => have.has(word));
}

function containsVerbatim(haystack: string, needle: string): boolean {
  const phrase = normalizeSentence(needle);
  return phrase.length > 0 && ` ${normalizeSentence(haystack)} `.includes(` ${phrase} `);
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** Texts of the plan that may legitimately show up in the phrasing (for durations and injections). */
function planTexts(plan: readonly Move[]): string[] {
  return plan.flatMap((move): string[] => {
    switch (move.type) {
      case 'answer-concrete':
        return move.steps;
      case 'shrink-step':
        return [move.from.text, move.to.text];
      case 'schedule-nudge':
        return [move.cue, move.condition ?? ''];
      case 'deliver-cue':
        return [move.phrase];
      case 'propose-step':
        return [move.step.text];
      case 'explain':
        return [move.rationale ?? ''];
      case 'close':
        return [move.summary];
      case 'reflect':
        return [move.content];
      case 'validate':
        return [move.content ?? ''];
      case 'values-link':
        return [move.value];
      case 'defuse':
        return [move.thought];
      case 'reflect-clause':
        return [move.clause.text, move.other?.text ?? ''];
      case 'affirm':
        return [move.effort.text];
      case 'summarize':
        return move.clauses.map((clause) => clause.text);
      case 'open-question':
        return [move.task ?? ''];
      case 'crisis':
        return move.resources.flatMap((resource) => [
          resource.name,
          resource.contact,
          resource.description ?? '',
        ]);
      default:
        return [];
    }
  });
}

function requiredContent(text: string, move: Move): string | undefined {
  switch (move.type) {
    case 'schedule-nudge':
    case 'hold': {
      const times = findDurations(text).map((found) => found.ms);
      // a time of day is said as that time ("at 4pm tomorrow"), not as hours from now
      const clock =
        move.type === 'schedule-nudge' && move.atClock
          ? clockWords(move.atClock, move.afterMs, move.weekday)
          : undefined;
      if (clock) return text.includes(clock) ? undefined : 'leaves out the nudge time as planned';
      if (move.type === 'schedule-nudge' && !times.includes(move.afterMs))
        return `leaves out the nudge time as planned`;
      return undefined;
    }
    case 'deliver-cue':
      return containsVerbatim(text, move.phrase)
        ? undefined
        : 'leaves out the cue phrase, which must be word for word';
    case 'propose-step':
      return containsWords(text, move.step.text) ? undefined : 'changes or leaves out the proposed step';
    case 'shrink-step':
      return containsWords(text, move.to.text) ? undefined : 'changes or leaves out the smaller step';
    case 'answer-concrete':
      return move.steps.every((step) => containsWords(text, step))
        ? undefined
        : 'changes or leaves out one of the concrete instructions';
    case 'crisis':
      return move.resources.every((resource) =>
        /\d{3}/.test(resource.contact)
          ? digitsOf(text).includes(digitsOf(resource.contact))
          : containsVerbatim(text, resource.contact),
      )
        ? undefined
        : 'leaves out or changes a crisis contact';
    case 'ask-rating':
      return /\b(10|ten)\b/i.test(text) ? undefined : 'does not ask for the 0 to 10 rating';
    default:
      return undefined;
  }
}

/**
 * Holds an LLM's phrasing to the plan before anyone sees it: each move's required content,
 * no promise or time the plan lacks, crisis discipline, no repeats, the word budget, and
 * nothing the client's text tried to make it say.
 *
 * @example
 * const check = checkAgainstPlan(text, plan, context);
 * if (!check.ok) retryWith(check.reason);
 */
export function checkAgainstPlan(text: string, plan: readonly Move[], context: CheckContext): PlanCheck {
  const reasons: string[] = [];
  const sentences = splitSentences(text);
  const normalized = sentences.map(normalizeSentence);

  if (!text.trim()) reasons.push('is empty');
  if (/^\s*(therapist|coach|counselor|assistant)\s*:/i.test(text))
    reasons.push('starts with a speaker label');
  for (const move of plan) {
    const missing = requiredContent(text, move);
    if (missing && !reasons.includes(missing)) reasons.push(missing);
  }

  const plannedTimes = new Set<number>();
  for (const move of plan)
    if (move.type === 'schedule-nudge' || move.type === 'hold') plannedTimes.add(move.afterMs);
  for (const planText of planTexts(plan))
    for (const found of findDurations(planText)) plannedTimes.add(found.ms);
  if (findDurations(text).some((found) => !plannedTimes.has(found.ms)))
    reasons.push('mentions a time the plan does not have');

  const schedulesSomething = plan.some((move) => move.type === 'schedule-nudge' || move.type === 'hold');
  if (!schedulesSomething && normalized.some((sentence) => isPromise(sentence))) {
    reasons.push('promises a reminder or check-in the plan does not schedule');
  }
  if (normalized.some((sentence) => isOffPlanPromise(sentence)))
    reasons.push('makes a promise the plan does not make');

  const crisis = plan.find((move) => move.type === 'crisis');
  if (crisis) {
    const allowed = new Set(planTexts([crisis]).flatMap(contentWords));
    const taskWords = normalized.flatMap((sentence) => sentence.match(new RegExp(TASK_WORDS, 'g')) ?? []);
    const task = context.slots?.task;
    if (
      taskWords.some((word) => !allowed.has(word.replace(/(ing|ed|es|s)$/, ''))) ||
      (task && containsVerbatim(text, task))
    ) {
      reasons.push('talks about the task during a crisis');
    }
  }

  const seen = new Set<string>();
  for (const sentence of normalized) {
    if (context.said.has(sentence) || seen.has(sentence)) {
      reasons.push('repeats a sentence already said in this session');
      break;
    }
    seen.add(sentence);
  }

  const words = countWords(text);
  if (Number.isFinite(context.wordBudget) && context.wordBudget > 0 && words > context.wordBudget) {
    reasons.push(`is ${words} words, over the budget of ${context.wordBudget}`);
  }

  if (SELF_TALK.test(normalizeSentence(text))) reasons.push('talks about its own instructions');
  const injection = injectedContent(text, plan, context);
  if (injection) reasons.push(injection);

  return reasons.length === 0 ? { ok: true } : { ok: false, reason: reasons.join('; '), reasons };
}

function injectedContent(text: string, plan: readonly Move[], context: CheckContext): string | undefined {
  const clientTexts = (context.recentTurns ?? [])
    .filter((turn) => turn.role === 'client')
    .map((turn) => turn.text);
  const planned = planTexts(plan).join(' ');
  for (const clientText of clientTexts) {
    for (const injection of findInjections(clientText)) {
      for (const payload of injection.payloads) {
        // a phrase the policy chose to say (a cue the client asked for) is the plan's, not the client's
        if (containsVerbatim(planned, payload)) continue;
        if (containsVerbatim(text, payload)) return "follows an instruction from the client's text";
      }
      if (sharesRun(text, injection.sentence, 4)) return "copies an instruction from the client's text";
    }
  }
  return undefined;
}

/** True when `left` and `right` share a run of `length` normalised words. */
function sharesRun(left: string, right: string, length: number): boolean {
  const words = normalizeSentence(right).split(' ');
  const haystack = ` ${normalizeSentence(left)} `;
  for (let start = 0; start + length <= words.length; start += 1) {
    if (haystack.includes(` ${words.slice(start, start + length).join(' ')} `)) return true;
  }
  return false;
}
