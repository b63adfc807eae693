import { ANSWERING_MOVES, type Move } from '../spec/move.ts';
import type { RequestType } from '../spec/observation.ts';
import { PROMISE_PATTERN } from '../text/commitments.ts';
import { countWords, normalizeSentence } from '../text/sentences.ts';
import type { SessionEvent } from './events.ts';
import { applyEvent } from './fold.ts';
import { initialState } from './state.ts';
import { wordBudgetFor } from './word-budget.ts';

export type SessionRule = 1 | 2 | 3 | 4 | 5 | 6;

/** A broken session rule. Messages name event positions and move types, never the person's words. */
export type Violation = { rule: SessionRule; eventIndex: number; message: string };

/** The one commitments lexicon (src/text/commitments.ts), re-exported for callers of the invariants. */
export { PROMISE_PATTERN };

type OpenTurn = {
  clientIndex: number;
  requests: RequestType[];
  risk: boolean;
  stepSizeBefore?: number;
  nudgesScheduled: number;
};

/**
 * Checks a session's event log against DESIGN.md's six session rules.
 * `now` is when the check runs: nudges due before it must have fired (or been cancelled).
 */
export function checkInvariants(
  events: readonly SessionEvent[],
  options: { now?: number; toleranceMs?: number } = {},
): Violation[] {
  const tolerance = options.toleranceMs ?? 0;
  const violations: Violation[] = [];
  const fail = (rule: SessionRule, eventIndex: number, message: string) =>
    violations.push({ rule, eventIndex, message });
  const said = new Set<string>();
  const scheduled = new Map<
    string,
    { dueAt: number; settled: 'fired' | 'cancelled' | undefined; index: number }
  >();
  const firedAwaitingText = new Set<string>();
  let state = initialState();
  let open: OpenTurn | undefined;

  events.forEach((event, index) => {
    switch (event.type) {
      case 'client-said':
        open = {
          clientIndex: index,
          requests: [],
          risk: false,
          stepSizeBefore: state.currentStep?.size,
          nudgesScheduled: 0,
        };
        break;
      case 'observations-recorded':
        if (open) {
          for (const observation of event.observations) {
            if (observation.kind === 'request') open.requests.push(observation.type);
            if (observation.kind === 'risk') open.risk = true;
          }
          // "too much … not today" is a no for now, not an ask for a smaller or next step: the policy
          // respects the no (policy/no-for-now.ts), so no step answers those readings
          const turnOpen = open;
          if (event.observations.some((item) => item.kind === 'turned-down' && item.declined === 'not-now'))
            turnOpen.requests = turnOpen.requests.filter((type) => type !== 'smaller' && type !== 'next');
          // "sorry too much info": a smaller ask read only inside an apology is none (policy/apology-not-ask.ts)
          const apologies = event.observations.filter((item) => item.kind === 'apology');
          const smallerAsks = event.observations.filter(
            (item) => item.kind === 'request' && item.type === 'smaller',
          );
          const inApology = (item: { span: readonly [number, number] }) =>
            apologies.some((apology) => apology.span[0] <= item.span[0] && item.span[1] <= apology.span[1]);
          if (smallerAsks.length > 0 && smallerAsks.every(inApology))
            turnOpen.requests = turnOpen.requests.filter((type) => type !== 'smaller');
        }
        break;
      case 'nudge-scheduled':
        if (scheduled.has(event.nudgeId)) fail(2, index, `nudge ${event.nudgeId} scheduled twice`);
        scheduled.set(event.nudgeId, { dueAt: event.dueAt, settled: undefined, index });
        if (open) open.nudgesScheduled++;
        break;
      case 'nudge-fired': {
        const nudge = scheduled.get(event.nudgeId);
        if (!nudge) fail(2, index, `nudge ${event.nudgeId} fired but never scheduled`);
        else if (nudge.settled) fail(2, index, `nudge ${event.nudgeId} fired after it was ${nudge.settled}`);
        else {
          nudge.settled = 'fired';
          if (Math.abs(event.at - nudge.dueAt) > tolerance)
            fail(2, index, `nudge ${event.nudgeId} fired ${event.at - nudge.dueAt} ms off its due time`);
          firedAwaitingText.add(event.nudgeId);
        }
        break;
      }
      case 'nudge-cancelled': {
        const nudge = scheduled.get(event.nudgeId);
        if (!nudge) fail(2, index, `nudge ${event.nudgeId} cancelled but never scheduled`);
        else if (nudge.settled)
          fail(2, index, `nudge ${event.nudgeId} cancelled after it was ${nudge.settled}`);
        else nudge.settled = 'cancelled';
        break;
      }
      case 'therapist-said': {
        if (event.source === 'coach') {
          checkSentences(event.sentences, said, index, fail);
          if (event.nudge) {
            if (!event.nudgeId || !firedAwaitingText.delete(event.nudgeId))
              fail(2, index, 'a nudge message without a fired nudge');
          } else {
            checkReply(event.moves, event.sentences, open, index, fail);
            const crisis = event.moves.some((move) => move.type === 'crisis');
            const budget = wordBudgetFor(state.fatigue);
            const words = countWords(event.text);
            if (!crisis && words > budget)
              fail(6, index, `${words} words over the budget of ${budget} at fatigue ${state.fatigue}`);
            open = undefined;
          }
        }
        for (const sentence of event.sentences) said.add(normalizeSentence(sentence));
        break;
      }
    }
    state = applyEvent(state, event);
  });

  const now = options.now ?? state.lastAt;
  for (const [nudgeId, nudge] of scheduled)
    if (!nudge.settled && nudge.dueAt + tolerance < now)
      fail(2, nudge.index, `nudge ${nudgeId} was due and never fired`);
  for (const nudgeId of firedAwaitingText)
    fail(2, events.length - 1, `nudge ${nudgeId} fired without a message`);
  return violations;
}

function checkSentences(
  sentences: readonly string[],
  said: Set<string>,
  index: number,
  fail: (rule: SessionRule, eventIndex: number, message: string) => void,
): void {
  const thisTurn = new Set<string>();
  for (const sentence of sentences) {
    const normal = normalizeSentence(sentence);
    if (!normal) continue;
    if (said.has(normal) || thisTurn.has(normal))
      fail(3, index, `sentence ${sentences.indexOf(sentence)} repeats an earlier one`);
    thisTurn.add(normal);
  }
}

function checkReply(
  moves: readonly Move[],
  sentences: readonly string[],
  open: OpenTurn | undefined,
  index: number,
  fail: (rule: SessionRule, eventIndex: number, message: string) => void,
): void {
  const promises = sentences.filter(
    (sentence) => PROMISE_PATTERN.test(sentence) && !/\bnow\b/i.test(sentence),
  );
  const nudgesThisTurn = moves.filter((move) => move.type === 'schedule-nudge').length;
  if (promises.length > 0 && nudgesThisTurn === 0) fail(2, index, 'a promise without a scheduled nudge');
  if (open && nudgesThisTurn !== open.nudgesScheduled)
    fail(2, index, `${nudgesThisTurn} schedule-nudge moves but ${open.nudgesScheduled} nudges scheduled`);
  if (!open) return;
  if (open.risk) {
    const first = moves[0];
    if (first?.type !== 'crisis') fail(4, index, `risk answered with ${first?.type ?? 'nothing'} first`);
    else if (first.resources.length === 0) fail(4, index, 'crisis move without resources');
    return;
  }
  // a crisis turn (safety kept the session in crisis) drops everything else by design: rule 4 over rule 1
  if (moves[0]?.type === 'crisis') return;
  // "write what i say, exact words" (a cue with no words of its own): the words to say answer it
  const scripted = moves.some((move) => move.type === 'answer-concrete' && move.script !== undefined);
  for (const request of new Set(open.requests))
    if (
      !moves.some((move) => ANSWERING_MOVES[request].includes(move.type)) &&
      !(request === 'cue' && scripted)
    )
      fail(1, index, `request '${request}' unanswered (moves: ${moves.map((move) => move.type).join(', ')})`);
  if (open.requests.includes('smaller')) {
    const before = open.stepSizeBefore;
    for (const move of moves) {
      if (
        move.type === 'shrink-step' &&
        !(move.to.size < move.from.size && (before === undefined || move.to.size < before))
      )
        fail(5, index, `shrink-step to ${move.to.size}s is not smaller than ${before ?? move.from.size}s`);
      if (move.type === 'propose-step' && before !== undefined && !(move.step.size < before))
        fail(5, index, `proposed ${move.step.size}s after 'smaller' from ${before}s`);
    }
  }
}
