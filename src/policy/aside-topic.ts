/**
 * A loss named only as background ("she was there when my papá died", "since I got upset at that
 * kid's funeral": understanding marks it `aside`) is not met as the news: no "I'm so sorry, that's
 * a huge loss", no "How have you been coping since the loss?" (rated 1 on fresh v29). The listening
 * turn answers what the sentence is about; a loss told as the news is still met as one.
 */
import type { SessionState } from '../session/state.ts';
import type { Observation } from '../spec/observation.ts';

/** The state as the listening turn reads it: a topic named only as background is not this turn's news. */
export function withoutAsideTopic(state: SessionState, observations: readonly Observation[]): SessionState {
  const topic = state.newTopic;
  if (topic === undefined) return state;
  const named = observations.filter((item) => item.kind === 'life-topic' && item.topic === topic);
  if (named.length === 0 || !named.every((item) => item.kind === 'life-topic' && item.aside)) return state;
  // (the fold added it this turn: it goes, as if not told; one told before stays)
  const index = state.lifeTopics.lastIndexOf(topic);
  const earlier = state.lifeTopics.indexOf(topic) < index;
  const lifeTopics =
    index < 0 || earlier
      ? state.lifeTopics
      : [...state.lifeTopics.slice(0, index), ...state.lifeTopics.slice(index + 1)];
  return { ...state, newTopic: undefined, lifeTopics };
}
