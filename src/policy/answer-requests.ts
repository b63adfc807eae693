import type { SessionState } from '../session/state.ts';
import type { Move, Step } from '../spec/move.ts';
import type { Observation, RequestObservation, Weekday } from '../spec/observation.ts';
import { resolveAtClock } from '../understanding/index.ts';
import { closeMoves } from './close.ts';
import { nudgeWordsToThem } from './nudge-voice.ts';
import { concreteSteps } from './rationale.ts';
import { saidDayTime } from './said-day-time.ts';
import { saidHourHalf } from './said-hour-half.ts';
import { objectOf, topicLadderOf } from './step-choice.ts';
import { theirWordsBack } from './their-words-back.ts';
import { tomorrowTime } from './tomorrow-time.ts';
import { asInstruction, lowerFirst, secondPerson } from './words.ts';
import { wordsToSay } from './words-to-say.ts';

export const DEFAULT_NUDGE_MS = 60_000;
export const DEFAULT_HOLD_MS = 60_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const AFTER_OR_BEFORE = /^(?:after|before)\s/i;

/**
 * A step beside these requests would be a stock one: no task and no topic of theirs (raters read
 * "say to yourself, quietly…" beside a 7pm nudge as garble); or only reminders asked before any step
 * was agreed, when a reminder brings back what they planned, not a ladder step named for the first
 * time inside it ("type the first three words of the 5 papers").
 */
export function stepBesideIsStock(
  state: SessionState,
  asked: readonly RequestObservation['type'][],
): boolean {
  if (!state.task && !topicLadderOf(state) && !state.currentStep) return true;
  // (a kind word asked before any step, "tell me its fine", gets the kind word alone, no step beside it)
  const settled = (type: RequestObservation['type']) => type === 'nudge' || type === 'cue';
  return !agreedStep(state) && state.clientTurns > 1 && asked.every(settled);
}

/** A step of this session the person has on the table (ours or theirs, not another helper's). */
function agreedStep(state: SessionState): boolean {
  return state.currentStep !== undefined && state.currentStepBy !== 'external';
}

/** What the turn has settled before requests are answered: the step it works with. */
export type TurnStep = { from: Step; step: Step; shrunk: boolean };

export type ScheduledNudge = Extract<Move, { type: 'schedule-nudge' }> & {
  kind: 'cue' | 'check-in' | 'follow-up';
};

/** They asked what we would do ("what would u do", "should i…? what would you do"): our view is wanted. */
export function opinionAsked(observations: readonly Observation[]): boolean {
  return observations.some((item) => item.kind === 'their-question' && item.question.asks === 'should');
}

/** Answers every explicit request, one move (or two) per request, in the order they were made. */
export function answerRequests(
  state: SessionState,
  requests: readonly RequestObservation[],
  turnStep: TurnStep,
  nextNudgeId: () => string,
  opinion = false,
): { moves: Move[]; nudges: ScheduledNudge[] } {
  const moves: Move[] = [];
  const nudges: ScheduledNudge[] = [];
  const object = objectOf(state);
  // a stock step, or one never agreed, is not what a reminder brings back: the time they chose is
  const types = requests.map((request) => request.type);
  const stock = stepBesideIsStock(state, types) && types.every((type) => type === 'nudge');
  // a stock step is no words for a reminder: it brings no words of its own, and the promise names what it
  // is for, their task in their words (raters read a stock line as canned and cold)
  const stepCue = stock ? '' : asInstruction(turnStep.step.text);
  const about = stock && object ? object : undefined;
  // the cue the person chose earlier beats one we make up
  const ownCue = state.cuePhrase ? asInstruction(state.cuePhrase) : stepCue;
  const hold = requests.find((request) => request.type === 'pause');
  // "brb, back at 5": the pause lasts until the time they said, not the default minute (a promise broken)
  const holdClock = hold && hold.afterMs === undefined ? saidHourHalf(state, hold) : undefined;
  const holdMs = hold?.afterMs ?? untilClock(state, holdClock, hold?.day) ?? DEFAULT_HOLD_MS;
  // "gotta go, back tonight": time away with no clock is let go kindly, with no check-in a minute on
  const awayUntold = hold?.when === 'later' && hold.afterMs === undefined && holdClock === undefined;
  let holdCovered = awayUntold;
  let proposed = false;
  const stepStated = requests.some((request) => request.type === 'smaller' || request.type === 'next');

  const answer: Answer = { moves, nudges, nextNudgeId };

  for (const request of requests) {
    // (what the ask is about is read by understanding on its own words: request-asked.ts)
    const topic = request.about ?? 'general';
    const condition = request.condition ? secondPerson(request.condition) : undefined;
    switch (request.type) {
      case 'concrete': {
        if (request.wordsWanted === 'theirs') {
          moves.push(theirWordsBack(state));
          break;
        }
        const words = wordsToSay(request.wordsWanted, state.lifeTopics, object);
        if (words) {
          moves.push({
            type: 'answer-concrete',
            steps: [words.line],
            script: words.script,
            ...(words.opens ? { opens: true as const } : {}),
            answers: 'concrete',
          });
          break;
        }
        moves.push({
          type: 'answer-concrete',
          steps: concreteSteps(
            topic,
            turnStep.step,
            object,
            stepStated,
            !state.task && !topicLadderOf(state) && !state.currentStep,
          ),
          answers: 'concrete',
          // "what would you do" asks for our view: "Here is exactly what to do" answered an order they
          // never gave (seen v26: a rater's human reference began "If I were running on four hours sleep, I'd…")
          ...(opinion ? { asOurs: true as const } : {}),
        });
        break;
      }
      case 'smaller':
        moves.push({ type: 'shrink-step', from: turnStep.from, to: turnStep.step });
        break;
      case 'next':
        if (!proposed) moves.push({ type: 'propose-step', step: turnStep.step });
        proposed = true;
        break;
      case 'explain':
        // nothing of ours (or of another helper's) on record to explain: the why is about their own
        // plan or doubt, so our stock rationale would answer a question they did not ask
        if (!state.currentStep && !state.lastSuggestion && state.therapistTurns > 0 && !stepStated)
          moves.push({ type: 'explain', about: topic, doubt: true });
        else moves.push({ type: 'explain', about: topic });
        break;
      case 'stop':
        // the close itself is added by decide, which knows the whole turn
        break;
      case 'pause':
        if (awayUntold) moves.push(...closeMoves(state));
        else moves.push({ type: 'hold', afterMs: holdMs });
        break;
      case 'nudge':
      case 'cue': {
        // a conditional cue stays short: the step is said in the turn, the nudge only brings them back
        // their own words for what the nudge is for ("send it"), kept as they said them: a guessed
        // referent for "it" can be wrong, and they know what they meant
        // ("check if i did it" comes to them as "Check if you did it.")
        const words =
          request.type === 'nudge' && request.phrase ? nudgeWordsToThem(request.phrase) : request.phrase;
        // "after lunch", "after dinner": a time of the day said as what comes first, not a thing that may happen
        const timeOfDay =
          condition !== undefined && request.dayPart !== undefined && AFTER_OR_BEFORE.test(condition);
        const cue = words
          ? asInstruction(words)
          : condition && !timeOfDay
            ? conditionCue(condition, state.cuePhrase || !object ? ownCue : `Look back at ${object}.`)
            : ownCue;
        const now =
          (request.when === 'now' && !timeOfDay) ||
          (request.type === 'cue' && !condition && request.when !== 'later');
        if (now) {
          // a cue said now needs words: with none of theirs, the step of the turn; a kind word asked
          // before any step was agreed ("can you just tell me its fine") is a kind word, never a stock
          // step read out ("Saying it now: 'Get a glass of water'", rated 1 on fresh v23)
          // (with a task of theirs, "say it to me now so i start" asks for its step, and gets it)
          const kindWord =
            request.type === 'cue' &&
            !words &&
            !state.cuePhrase &&
            !agreedStep(state) &&
            !state.task &&
            !topicLadderOf(state);
          moves.push(
            kindWord
              ? { type: 'deliver-cue', phrase: '', kind: true }
              : {
                  type: 'deliver-cue',
                  phrase: words ? asInstruction(words) : ownCue || asInstruction(turnStep.step.text),
                },
          );
          // "nudge me now if I start fiddling": the cue now, and a check-in for the condition
          if (condition) schedule(answer, request.afterMs ?? DEFAULT_NUDGE_MS, cue, condition, 'cue');
          break;
        }
        // a nudge asked with a pause and no time of its own comes when the pause ends: one nudge, not two
        // "remind me tomorrow" with no time: a stated time tomorrow, not the default minute
        // "remind me next month": said plainly, never a promise of some other time
        if (request.timeUnkept && request.type === 'nudge') {
          moves.push({ type: 'ask-nudge-time', said: request.timeUnkept });
          break;
        }
        // "remind me on monday", "tonight", "after work": that day or part of it, said as the time kept
        const onDay = saidDayTime(state, request);
        if (onDay) {
          const when = { atClock: onDay.atClock, weekday: onDay.weekday, once: request.repeat };
          schedule(answer, onDay.afterMs, cue, condition, 'cue', when, cue ? undefined : about);
          break;
        }
        const tomorrow = tomorrowTime(request);
        const clockTime = saidHourHalf(state, request) ?? tomorrow;
        const afterMs =
          request.afterMs ??
          untilClock(state, clockTime, tomorrow ? 'tomorrow' : request.day) ??
          (hold ? holdMs : DEFAULT_NUDGE_MS);
        if (hold && afterMs === holdMs) holdCovered = true;
        // a time of day is kept as one, so it is said as the time they asked for
        const atClock = request.afterMs === undefined ? clockTime : undefined;
        const once = request.repeat;
        schedule(answer, afterMs, cue, condition, 'cue', { atClock, once }, cue ? undefined : about);
        break;
      }
    }
  }
  if (hold && !holdCovered)
    schedule(answer, holdMs, `Time is up, so ${lowerFirst(stepCue)}`, undefined, 'check-in', {
      atClock: holdClock,
    });
  return { moves, nudges };
}

type Answer = { moves: Move[]; nudges: ScheduledNudge[]; nextNudgeId: () => string };

/**
 * "Nudge me at 3pm": the time until the person's next 3pm (their zone, UTC when unknown), from
 * this turn's time. Pure: the turn's time is in the state, the zone arithmetic has no clock.
 */
function untilClock(state: SessionState, atClock: string | undefined, day?: 'tomorrow'): number | undefined {
  if (!atClock) return undefined;
  if (day === 'tomorrow') {
    // "tomorrow at 9" said at 8am is 25 hours away: the first 9:00 after the coming midnight
    const midnight = resolveAtClock('00:00', state.lastAt + 1, state.timeZone);
    return resolveAtClock(atClock, midnight, state.timeZone) - state.lastAt;
  }
  const due = resolveAtClock(atClock, state.lastAt, state.timeZone);
  // "at 9pm" said at 9pm is tomorrow's 9pm, not now
  return due > state.lastAt ? due - state.lastAt : due + DAY_MS - state.lastAt;
}

/** Adds a nudge to the answer: its move in the plan, and the nudge with its kind for the scheduler. */
function schedule(
  answer: Answer,
  afterMs: number,
  cue: string,
  condition: string | undefined,
  kind: ScheduledNudge['kind'],
  at: { atClock?: string; weekday?: Weekday; once?: true } = {},
  about?: string,
): void {
  const base = { type: 'schedule-nudge' as const, nudgeId: answer.nextNudgeId(), afterMs };
  const { atClock, weekday, once } = at;
  const when = {
    ...(condition ? { condition } : {}),
    ...(once ? { once } : {}),
    ...(atClock ? { atClock } : {}),
    ...(atClock && weekday ? { weekday } : {}),
  };
  // what the nudge is for is named only when it brings no words of its own (spec/move.ts NudgeWords)
  const nudge: ScheduledNudge =
    cue === ''
      ? { ...base, cue, kind, ...when, ...(about ? { about } : {}) }
      : { ...base, cue, kind, ...when };
  answer.moves.push(stripKind(nudge));
  answer.nudges.push(nudge);
}

/** A conditional nudge cannot see the condition, so its cue names it: "If you have started X, …". */
function conditionCue(condition: string | undefined, stepCue: string): string {
  // no words to bring: the fired nudge names the condition itself
  if (!condition || !stepCue) return stepCue;
  return `If ${condition.replace(/\byou start\b/, 'you have started').replace(/\byou go\b/, 'you have gone')}, ${stepCue.charAt(0).toLowerCase()}${stepCue.slice(1)}`;
}

function stripKind(nudge: ScheduledNudge): Move {
  const { kind: _kind, ...move } = nudge;
  return move;
}

/** A doubt asked about (answer-requests.ts) is no answer beside a step this turn proposes: the step's why is. */
export function withoutDoubtBesideStep(plan: Move[]): Move[] {
  if (!plan.some((move) => move.type === 'propose-step')) return plan;
  return plan.map((move) =>
    move.type === 'explain' && move.doubt ? { type: 'explain', about: move.about } : move,
  );
}
