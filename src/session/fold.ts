import { asksIfSafe, reduceSafety, withSafeQuestion } from '../safety/index.ts';
import { closedQuestionOf } from '../text/closed-question.ts';
import { countWords, normalizeSentence } from '../text/sentences.ts';
import { copied } from './copied-state.ts';
import type { SessionEvent } from './events.ts';
import { fatigueFrom } from './fatigue.ts';
import { turnedDownAnOffer } from './offer-declined.ts';
import { nextProcess } from './process.ts';
import { passedOverBy, steppedBack } from './safety-step-back.ts';
import { initialState, type SessionState } from './state.ts';
import { heaviestOf, turnObservations } from './turn-observations.ts';

// the coach says the same template sentences in session after session: normalise each once
// (bounded, so a long-lived server starts afresh rather than grow)
const NORMALIZED_LIMIT = 20_000;
const normalizedCache = new Map<string, string>();
function normalized(sentence: string): string {
  let value = normalizedCache.get(sentence);
  if (value === undefined) {
    if (normalizedCache.size >= NORMALIZED_LIMIT) normalizedCache.clear();
    value = normalizeSentence(sentence);
    normalizedCache.set(sentence, value);
  }
  return value;
}

// recent items are enough for phrasing and summaries; the log keeps everything
const KEEP_RECENT = 8;

function recent<T>(items: readonly T[], added: readonly T[]): T[] {
  if (added.length === 0) return items as T[];
  return [...items, ...added].slice(-KEEP_RECENT);
}

/**
 * The next state after one event. Never mutates `state`: the next state is a fresh copy (its
 * lists are replaced, never pushed to) and the said-set is an immutable view.
 */
export function applyEvent(state: SessionState, event: SessionEvent): SessionState {
  const next = copied(state);
  next.lastAt = Math.max(state.lastAt, event.at);
  switch (event.type) {
    case 'session-opened':
      next.sessionId = event.sessionId;
      next.seed = event.seed;
      next.locale = event.locale;
      if (event.timeZone) next.timeZone = event.timeZone;
      next.startedAt = event.at;
      return next;
    case 'locale-changed':
      next.locale = event.locale;
      return next;
    case 'client-said':
      next.clientTurns = state.clientTurns + 1;
      next.lastClientText = event.text;
      next.lastClientWords = countWords(event.text);
      return next;
    case 'observations-recorded': {
      const observations = event.observations;
      const found = turnObservations(observations, state.lifeTopics);
      // the process moves on this turn's evidence, judged against the state before it
      next.process = nextProcess(state, observations);
      next.processTurns =
        next.process === state.process && state.clientTurns > 1 ? state.processTurns + 1 : 0;
      if (found.task) next.task = { domain: found.task.domain, object: found.task.object };
      if (found.value) next.value = found.value.value;
      next.statements = found.statements;
      const heaviest = heaviestOf(found.statements);
      if (heaviest) next.heard = recent(state.heard, [heaviest]);
      next.newTopic = found.topics[0];
      // a diagnosis or medication question is a clinician's: read by understanding (scope-question.ts)
      next.scopeTopic = observations.find((item) => item.kind === 'scope-question')?.topic;
      if (found.topics.length > 0) next.lifeTopics = [...state.lifeTopics, ...found.topics];
      // a session opened with no country takes the one the person's words place them in
      if (found.region && !/[-_][a-z]{2}\b/i.test(state.locale))
        next.locale = `${state.locale.split(/[-_]/)[0] || 'en'}-${found.region.country}`;
      next.effort = found.effort ? { text: found.effort.text, span: found.effort.span } : undefined;
      next.saidOfSelf = found.saidOfSelf
        ? { text: found.saidOfSelf.text, span: found.saidOfSelf.span }
        : undefined;
      next.selfJudgement = found.judgement?.word;
      next.selfJudgementSpan = found.judgement?.span;
      next.helpWanted = found.helpWanted;
      next.offerDeclined = state.offerDeclined || turnedDownAnOffer(state, observations);
      next.emotionNow = found.emotionNow;
      // the concern of this turn, kept a few turns: an answer to our question ("idk", "like 40 times")
      // still sits inside the fear or shame they told just before (listen-concern.ts)
      const concern = observations.find((item) => item.kind === 'concern')?.concern;
      if (concern) next.concernsHeard = recent(state.concernsHeard, [{ concern, turn: next.clientTurns }]);
      // what this turn turned on, kept a few turns: a short answer may still sit inside it (listen-hinge.ts)
      next.hingesHeard = recent(
        state.hingesHeard,
        observations.flatMap((item) =>
          item.kind === 'hinge' ? [{ hinge: item, turn: next.clientTurns }] : [],
        ),
      );
      next.fatigue = Math.min(10, state.fatigue + fatigueFrom(observations));
      next.sensations = recent(state.sensations, found.sensations);
      next.urges = recent(state.urges, found.urges);
      next.worries = recent(state.worries, found.worries);
      next.emotions = recent(state.emotions, found.emotions);
      // the words matter for follow-ups: "I am safe" ends the crisis path only when said
      next.safety = steppedBack(
        reduceSafety(state.safety, observations, state.lastClientText),
        observations,
        state.lastClientText,
      );
      if (found.cue?.phrase) next.cuePhrase = found.cue.phrase;
      if (found.explainAsked) next.explainsAsked = state.explainsAsked + 1;
      return next;
    }
    case 'therapist-said': {
      next.said = state.said.with(event.sentences.map(normalized));
      // a task only the other helper named, the person went on talking about: steps can name it
      // rather than stand in a generic one (issue 17); the person's own task always wins
      if (event.task && !state.task) next.task = event.task;
      // likewise the situation ("nights with the baby"), while the person has named none of their own
      if (event.topics && event.topics.length > 0 && state.lifeTopics.length === 0)
        next.lifeTopics = event.topics;
      if (!event.nudge) {
        next.lastSuggestion = event.suggestion;
        // "Do you think they forgot?": a bare "nah" next is heard as its answer (policy/turned-question.ts)
        next.lastClosedQuestion = closedQuestionOf(event.sentences.at(-1));
        next.worriesNamed = [
          ...state.worriesNamed,
          ...event.moves.flatMap((move) =>
            move.type === 'open-question' && move.about === 'worry' && move.worry ? [move.worry] : [],
          ),
        ];
        next.concernsTakenUp = recent(
          state.concernsTakenUp,
          event.moves.flatMap((move) =>
            move.type === 'open-question' && move.about === 'concern' && move.concern ? [move.concern] : [],
          ),
        );
        next.hingesTakenUp = recent(
          state.hingesTakenUp,
          event.moves.flatMap((move) =>
            (move.type === 'open-question' || move.type === 'reflect-clause') && move.hinge
              ? [move.type === 'open-question' && move.thing ? move.thing : (move.clause?.text ?? '')]
              : [],
          ),
        );
        next.therapistTurns = state.therapistTurns + 1;
        next.lastTherapistMoves = event.moves;
        next.safety = withSafeQuestion(
          passedOverBy(state.safety, event.moves, event.askedSafety === true),
          asksIfSafe(event.sentences),
        );
        next.ratedSinceCoachSpoke = false;
      }
      next.ratingAsked = state.ratingAsked + event.moves.filter((move) => move.type === 'ask-rating').length;
      next.defused = recent(
        state.defused,
        event.moves.flatMap((move) => (move.type === 'defuse' ? [move.thought] : [])),
      );
      next.reflected = recent(
        state.reflected,
        event.moves.flatMap((move) => (move.type === 'reflect' ? [move.content] : [])),
      );
      next.permissionOffered =
        state.permissionOffered || event.moves.some((move) => move.type === 'permission-to-stop');
      if (!event.nudge && event.source === 'coach') {
        next.reflections =
          state.reflections +
          event.moves.filter(
            (move) =>
              move.type === 'reflect-clause' || move.type === 'reflect' || move.type === 'reflect-feeling',
          ).length;
        next.questions = state.questions + event.moves.filter((move) => move.type === 'open-question').length;
        next.permissionAsked = event.moves.some((move) => move.type === 'ask-permission');
        next.scopeSaid = [
          ...state.scopeSaid,
          ...event.moves.flatMap((move) => (move.type === 'say-scope' ? [move.topic] : [])),
        ];
      }
      return next;
    }
    case 'step-proposed':
      next.currentStep = event.step;
      next.currentStepBy = event.by;
      next.stepsProposed = state.stepsProposed + 1;
      next.recentSteps = [...state.recentSteps.slice(-3), event.step.text];
      next.process = 'plan';
      return next;
    case 'step-completed': {
      const counts = event.status !== 'not-done';
      next.wins = state.wins + (counts ? 1 : 0);
      next.discountedWins = state.discountedWins + (counts && event.discounted ? 1 : 0);
      return next;
    }
    case 'nudge-scheduled':
      next.nudgesScheduled = state.nudgesScheduled + 1;
      next.pendingNudges = [
        ...state.pendingNudges,
        {
          id: event.nudgeId,
          dueAt: event.dueAt,
          afterMs: event.afterMs,
          cue: event.cue,
          condition: event.condition,
          kind: event.kind,
        },
      ];
      return next;
    case 'nudge-fired':
    case 'nudge-cancelled':
      next.pendingNudges = state.pendingNudges.filter((nudge) => nudge.id !== event.nudgeId);
      return next;
    case 'rating-recorded':
      next.ratings = [...state.ratings, event.value];
      next.ratedSinceCoachSpoke = true;
      return next;
    case 'promise-noted':
      next.externalPromises = recent(state.externalPromises, [{ text: event.text, afterMs: event.afterMs }]);
      return next;
    case 'session-closed':
      next.closed = true;
      return next;
  }
}

/** State after a whole log. */
export function foldEvents(
  events: readonly SessionEvent[],
  start: SessionState = initialState(),
): SessionState {
  let state = start;
  for (const event of events) state = applyEvent(state, event);
  return state;
}
