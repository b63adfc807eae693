import { planSafety, type SafetyConfig, scopeReply } from '../safety/index.ts';
import type { SessionState } from '../session/state.ts';
import type { Move, Step } from '../spec/move.ts';
import type { Observation, RequestObservation } from '../spec/observation.ts';
import { indefiniteArticle, sameWords } from '../text/plain-words.ts';
import { actMoves, broughtContent } from './act-moves.ts';
import {
  answerRequests,
  opinionAsked,
  type ScheduledNudge,
  stepBesideIsStock,
  withoutDoubtBesideStep,
} from './answer-requests.ts';
import { withWordsAsked } from './answer-words-asked.ts';
import { withoutSmallerInApology } from './apology-not-ask.ts';
import { closeMoves, endsTheSession } from './close.ts';
import { crisisDecision } from './crisis-turn.ts';
import { dedupeRequests } from './dedupe-requests.ts';
import { withoutFearedProposals } from './feared-proposal.ts';
import { listenMoves } from './listen.ts';
import { noForNowPlan, offeredIfTooMuch, ownedTurnDown, withoutStepAsksBesideNo } from './no-for-now.ts';
import { OPTIONAL, trimOptional } from './optional-moves.ts';
import { withoutSmallerInQuestion } from './question-not-ask.ts';
import { rationaleTopic } from './rationale.ts';
import { reflectionsFor, turnIsUnheard } from './reflections.ts';
import { firstTimeWhenUnasked, inTheirWords, leftOpen } from './safety-moves.ts';
import { topicLadderOf } from './step-choice.ts';
import { suggestionTurnedDown } from './their-turn-moves.ts';
import { adoptedProposal, chooseStep } from './turn-step.ts';
import { POSITIVE_FEELINGS } from './words.ts';

/** What a deployment fixes for every session (read once at start): still pure inputs. */
export type DecideContext = { safetyConfig?: SafetyConfig };

export type Decision = {
  plan: Move[];
  /** Nudges this plan schedules, with their kind (the plan's schedule-nudge moves, same order). */
  nudges: ScheduledNudge[];
  /** Pending nudges to cancel before the plan is carried out (crisis, close, superseded). */
  cancelNudges: string[];
  /** The step the plan leaves as current, and who proposed it. */
  step?: { step: Step; by: 'coach' | 'client' };
  closes: boolean;
};

// a clause this heavy names a struggle (the statements reader's weight; listen.ts uses the same)
const STRUGGLE_WEIGHT = 2;

/**
 * The policy: what to do this turn, given the state (already folded with this turn's
 * observations) and the observations. Pure: the same inputs give the same plan.
 * @example decide(state, [{ kind: 'request', type: 'smaller', span: [0, 5] }]).plan[0].type === 'shrink-step'
 */
export function decide(
  state: SessionState,
  observations: readonly Observation[],
  context: DecideContext = {},
): Decision {
  const read = withoutSmallerInQuestion(
    withoutSmallerInApology(withoutStepAsksBesideNo(withWordsAsked(withoutFearedProposals(observations)))),
  );
  return decideTurn(state, read, context);
}

function decideTurn(
  state: SessionState,
  observations: readonly Observation[],
  context: DecideContext,
): Decision {
  const { safety, doorOpen } = leftOpen(
    inTheirWords(
      firstTimeWhenUnasked(
        planSafety(state.safety, observations, state.locale, { config: context.safetyConfig }),
        state,
      ),
      observations,
    ),
    observations,
    state.lastTherapistMoves,
  );
  const crisis = crisisDecision(state, observations, safety);
  if (crisis) return crisis;

  // "why would that help" said to a suggestion just made is push-back, heard, not a request for our rationale
  const turnedDown = suggestionTurnedDown(state, observations);
  // asked of another supporter's idea just made, the why is not ours to give: owned, and asked back
  const othersWhy =
    !turnedDown &&
    state.lastSuggestion !== undefined &&
    observations.some((item) => item.kind === 'request' && item.type === 'explain');
  const asking = dedupeRequests(
    observations.filter(
      (item): item is RequestObservation =>
        item.kind === 'request' &&
        !((turnedDown || othersWhy || turnIsUnheard(state)) && item.type === 'explain') &&
        (item.type !== 'stop' || endsTheSession(item)),
    ),
  );
  // "can we stop for now" asks to end: the close answers it, not a minute's hold and a nudge after
  const requests = asking.some((request) => request.type === 'stop')
    ? asking.filter((request) => request.type !== 'pause')
    : asking;
  const asked = new Set(requests.map((request) => request.type));
  // "not today": the no is respected, and nothing is pushed after it (policy/no-for-now.ts)
  const { noForNow, plan: noPlan } = noForNowPlan(state, observations, requests);
  if (noPlan)
    return { plan: [...safety.moves, ...noPlan, ...doorOpen], nudges: [], cancelNudges: [], closes: false };
  // "I tried, it doesn't work" or "I've drafted it four times, I can't send it" is a struggle told,
  // not a step to celebrate: with a decline, a harsh word or a heavy clause beside it, it is heard
  // a clause naming a good feeling ("I feel proud") weighs as much as a hard one: it is no struggle
  const glad = observations.some((item) => item.kind === 'emotion' && POSITIVE_FEELINGS.has(item.label));
  const heavy = observations.some(
    (item) =>
      item.kind === 'self-judgement' ||
      (item.kind === 'statement' && item.weight >= STRUGGLE_WEIGHT && !glad),
  );
  const struggling = heavy || observations.some((item) => item.kind === 'decline');
  // still telling how it is (a feeling, a harsh word, a heavy clause): heard before any next step
  const pouring =
    heavy || observations.some((item) => item.kind === 'emotion' && !POSITIVE_FEELINGS.has(item.label));
  // a report is progress on a step of this session (ours or theirs); with no such step, or one
  // another therapist set in a replayed chat, "I tried" is something they told us, and is heard
  const ownStep = state.currentStep !== undefined && state.currentStepBy !== 'external';
  const progress = struggling || !ownStep ? undefined : observations.find((item) => item.kind === 'progress');
  const outcome = progress?.kind === 'progress' ? progress.status : 'none';
  // the first reply frames the session: reflect what they bring, ask how heavy it feels
  const opening = state.clientTurns <= 1 && state.ratingAsked === 0 && !state.closed;
  const stopping = asked.has('stop');

  // listening comes first while no step is agreed and nothing is asked (MI: engage, focus, evoke)
  // a yes to our offer takes it; so does an eager yes ("yes please") to a question that offered nothing
  const assented =
    observations.some((item) => item.kind === 'assent') &&
    (state.permissionAsked || observations.some((item) => item.kind === 'help-wanted'));
  const listening =
    !stopping &&
    !state.closed &&
    requests.length === 0 &&
    outcome === 'none' &&
    !observations.some((item) => item.kind === 'proposal') &&
    !(opening && state.task) &&
    (state.process !== 'plan' ||
      (!state.task && !topicLadderOf(state)) ||
      (!state.currentStep && !assented) ||
      // a step another therapist set (a replayed chat) is theirs to follow up; we listen to what is said now
      (state.currentStepBy === 'external' && !assented) ||
      // a turn that pours out a struggle is heard, not answered with the next step
      pouring);
  if (listening) {
    const front: Move[] = [...safety.moves];
    if (state.scopeTopic)
      front.push({ type: 'explain', rationale: scopeReply(state.locale, state.scopeTopic), scope: true });
    // "can we stop with the questions, I just want to vent": heard, and not asked another one
    const noQuestions = observations.some(
      (item) => item.kind === 'request' && item.type === 'stop' && !endsTheSession(item),
    );
    const heard = listenMoves(state, observations).filter(
      (move) => !noQuestions || (move.type !== 'open-question' && move.type !== 'ask-permission'),
    );
    const plan = [...front, ...heard];
    if (plan.length === 0) plan.push({ type: 'validate' });
    return { plan: [...plan, ...doorOpen], nudges: [], cancelNudges: [], closes: false };
  }

  const turnStep = chooseStep(state, observations, asked, outcome);
  let nudgeCount = state.nudgesScheduled;
  const nextId = () => `${state.sessionId}:n${++nudgeCount}`;
  const answers = answerRequests(state, requests, turnStep, nextId, opinionAsked(observations));
  const answered = offeredIfTooMuch(state, observations, answers);

  // the suggestion turned down owned first: too much, a why to another helper's idea, or a no for now
  const front: Move[] = [
    ...safety.moves,
    ...ownedTurnDown(state, observations, { turnedDown, othersWhy, noForNow }),
  ];
  // diagnosis or medication is a clinician's question: say so kindly, then carry on with the step
  if (state.scopeTopic && !stopping)
    front.push({ type: 'explain', rationale: scopeReply(state.locale, state.scopeTopic), scope: true });
  const optional: Move[] = [];
  if (progress?.kind === 'progress' && progress.status !== 'not-done')
    front.push({ type: 'acknowledge-progress', wins: state.wins, discounted: progress.discounting });
  if (opening) {
    const [reflection] = reflectionsFor(state, 1);
    const brought = broughtContent(state, observations);
    if (reflection) optional.push(reflection);
    else if (brought) optional.push({ type: 'reflect', content: brought });
  }
  optional.push(...actMoves(state, observations));
  const rating = observations.find((item) => item.kind === 'rating');
  if (rating?.kind === 'rating' && !opening && optional.length === 0)
    optional.push({
      type: 'validate',
      content: `${indefiniteArticle(rating.value)} ${rating.value} out of 10`,
    });

  const plan: Move[] = [...front, ...trimOptional(optional, state.fatigue), ...answered.moves];
  let step: Decision['step'];
  // a concrete answer carries the step too, so the turn does not propose it twice
  const proposesAlready = answered.moves.some(
    (move) => move.type === 'propose-step' || move.type === 'shrink-step' || move.type === 'answer-concrete',
  );
  if (proposesAlready)
    step = {
      step: turnStep.step,
      by: turnStep.step === adoptedProposal(state, observations) ? 'client' : 'coach',
    };

  if (stopping) {
    const closing = closeMoves({
      ...state,
      currentStep: turnStep.shrunk ? turnStep.step : state.currentStep,
    });
    plan.push(
      ...closing
        .filter((move) => !(move.type === 'propose-step' && proposesAlready))
        .map((move) => (move.type === 'close' ? { ...move, asked: true as const } : move)),
    );
    // nudges already promised still come after the close (session rule 2): the person asked for them
    return { plan, nudges: answered.nudges, cancelNudges: [], step, closes: true };
  }

  // said last turn, nothing reported or asked since: saying the same step again only repeats us
  const justProposed =
    outcome === 'none' &&
    asked.size === 0 &&
    state.lastTherapistMoves.some(
      (move) => move.type === 'propose-step' && move.step.text === turnStep.step.text,
    );
  // "say it to me" with no words of their own: the cue just said is the step, so it is not said twice
  const cueSaysStep = answered.moves.some(
    (move) => move.type === 'deliver-cue' && sameWords(move.phrase, turnStep.step.text),
  );
  // a step beside a reminder that would be a stock one, or one they never agreed: the reminder alone answers
  const stockOnly = asked.size > 0 && stepBesideIsStock(state, [...asked]);
  // their own words asked back ("sum up what i said") are the answer: a step of ours beside them was not asked for
  const wordsBack = answered.moves.some((move) => move.type === 'summarize' && move.answers === 'concrete');
  if (
    !state.closed &&
    !proposesAlready &&
    !wordsBack &&
    !justProposed &&
    !asked.has('pause') &&
    !stockOnly &&
    !noForNow &&
    // every turn of the step loop leaves the person something concrete to do, even when they only
    // reported how their body feels: a turn of warm words alone leaves them where they were
    !opening
  ) {
    if (!cueSaysStep) plan.push({ type: 'propose-step', step: turnStep.step });
    step = {
      step: turnStep.step,
      by: turnStep.step === adoptedProposal(state, observations) ? 'client' : 'coach',
    };
    const explained = plan.some((move) => move.type === 'explain');
    // someone who keeps asking why gets the why with each step, while there are words to spare
    // (only beside the step alone, so a tired person's turn still fits its words)
    if (!explained && state.explainsAsked >= 2 && (state.fatigue < 7 || answered.moves.length === 0))
      plan.push({ type: 'explain', about: rationaleTopic(turnStep.step.text) });
    else if (state.value && state.fatigue < 7 && (state.stepsProposed === 0 || state.stepsProposed % 3 === 0))
      // only a value they said in their own words (session rule 7): never a guess from the task
      plan.push({ type: 'values-link', value: state.value });
  }
  // a reminder or a step asked for is answered, not followed by a 0–10 question they did not come for
  if (opening && !rating && asked.size === 0) plan.push({ type: 'ask-rating', scale: 'distress-0-10' });
  if (!state.closed && state.fatigue >= 8 && state.wins > 0 && !state.permissionOffered)
    plan.push({ type: 'permission-to-stop' });
  if (justProposed && !plan.some((move) => OPTIONAL.has(move.type)))
    plan.push(...actMoves(state, observations).slice(0, 1));
  if (plan.length === 0) plan.push({ type: 'validate' });
  return {
    plan: [...withoutDoubtBesideStep(plan), ...doorOpen],
    nudges: answered.nudges,
    // a second nudge for the same condition is a second promise: both fire, none is dropped
    cancelNudges: [],
    step,
    closes: false,
  };
}
