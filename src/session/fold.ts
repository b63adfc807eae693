import { detectScopeQuestion, reduceSafety } from '../safety/index.ts';
import { normalizeSentence } from '../text/sentences.ts';
import type { SessionEvent } from './events.ts';
import { fatigueFrom } from './fatigue.ts';
import { initialState, type SessionState } from './state.ts';
import { valueFrom } from './value.ts';

// recent items are enough for phrasing and summaries; the log keeps everything
const KEEP_RECENT = 8;

function recent<T>(items: readonly T[], added: readonly T[]): T[] {
  if (added.length === 0) return items as T[];
  return [...items, ...added].slice(-KEEP_RECENT);
}

/** The next state after one event. Never mutates `state` (the said-set is copied on write). */
export function applyEvent(state: SessionState, event: SessionEvent): SessionState {
  const next: SessionState = { ...state, lastAt: Math.max(state.lastAt, event.at) };
  switch (event.type) {
    case 'session-opened':
      return {
        ...next,
        sessionId: event.sessionId,
        seed: event.seed,
        locale: event.locale,
        startedAt: event.at,
      };
    case 'client-said': {
      const value = valueFrom(event.text);
      return {
        ...next,
        clientTurns: state.clientTurns + 1,
        value: value ?? state.value,
        lastClientText: event.text,
        scopeTopic: detectScopeQuestion(event.text)?.topic,
      };
    }
    case 'observations-recorded': {
      const observations = event.observations;
      const task = observations.find((observation) => observation.kind === 'task');
      const cue = observations.find((observation) => observation.kind === 'request' && observation.phrase);
      return {
        ...next,
        task: task ? { domain: task.domain, object: task.object } : state.task,
        fatigue: Math.min(10, state.fatigue + fatigueFrom(observations)),
        sensations: recent(
          state.sensations,
          observations.flatMap((item) =>
            item.kind === 'sensation' ? [{ part: item.part, quality: item.quality }] : [],
          ),
        ),
        urges: recent(
          state.urges,
          observations.flatMap((item) => (item.kind === 'urge' ? [item.action] : [])),
        ),
        worries: recent(
          state.worries,
          observations.flatMap((item) => (item.kind === 'worry' ? [item.about] : [])),
        ),
        emotions: recent(
          state.emotions,
          observations.flatMap((item) => (item.kind === 'emotion' ? [item.label] : [])),
        ),
        // the words matter for follow-ups: "I am safe" ends the crisis path only when said
        safety: reduceSafety(state.safety, observations, state.lastClientText),
        cuePhrase: cue?.kind === 'request' && cue.phrase ? cue.phrase : state.cuePhrase,
        explainsAsked:
          state.explainsAsked +
          (observations.some((item) => item.kind === 'request' && item.type === 'explain') ? 1 : 0),
      };
    }
    case 'therapist-said': {
      const said = new Set(state.said);
      for (const sentence of event.sentences) said.add(normalizeSentence(sentence));
      const defused = event.moves.flatMap((move) => (move.type === 'defuse' ? [move.thought] : []));
      return {
        ...next,
        said,
        therapistTurns: event.nudge ? state.therapistTurns : state.therapistTurns + 1,
        lastTherapistMoves: event.nudge ? state.lastTherapistMoves : event.moves,
        ratingAsked: state.ratingAsked + event.moves.filter((move) => move.type === 'ask-rating').length,
        defused: recent(state.defused, defused),
        reflected: recent(
          state.reflected,
          event.moves.flatMap((move) => (move.type === 'reflect' ? [move.content] : [])),
        ),
        permissionOffered:
          state.permissionOffered || event.moves.some((move) => move.type === 'permission-to-stop'),
      };
    }
    case 'step-proposed':
      return {
        ...next,
        currentStep: event.step,
        currentStepBy: event.by,
        stepsProposed: state.stepsProposed + 1,
      };
    case 'step-completed': {
      const counts = event.status !== 'not-done';
      return {
        ...next,
        wins: state.wins + (counts ? 1 : 0),
        discountedWins: state.discountedWins + (counts && event.discounted ? 1 : 0),
      };
    }
    case 'nudge-scheduled':
      return {
        ...next,
        nudgesScheduled: state.nudgesScheduled + 1,
        pendingNudges: [
          ...state.pendingNudges,
          {
            id: event.nudgeId,
            dueAt: event.dueAt,
            afterMs: event.afterMs,
            cue: event.cue,
            condition: event.condition,
            kind: event.kind,
          },
        ],
      };
    case 'nudge-fired':
    case 'nudge-cancelled':
      return { ...next, pendingNudges: state.pendingNudges.filter((nudge) => nudge.id !== event.nudgeId) };
    case 'rating-recorded':
      return { ...next, ratings: [...state.ratings, event.value] };
    case 'promise-noted':
      return {
        ...next,
        externalPromises: recent(state.externalPromises, [{ text: event.text, afterMs: event.afterMs }]),
      };
    case 'session-closed':
      return { ...next, closed: true };
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
