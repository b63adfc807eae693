import type { Observation, RequestObservation } from '../spec/observation.ts';

/**
 * "and then i say what?", "if u had to send one right now what would u actually write": a question
 * to us for the words themselves is an ask for the words (session rule 1), answered with a line to
 * say or write. An ask already read as concrete gets the medium when its own words gave none.
 */
export function withWordsAsked(observations: readonly Observation[]): readonly Observation[] {
  const asked = withWordsDictated(observations);
  if (asked !== observations) return asked;
  const question = observations.find((item) => item.kind === 'their-question');
  if (question?.kind !== 'their-question' || question.question.asks !== 'words') return observations;
  const medium = question.question.medium;
  const concrete = observations.find(
    (item): item is RequestObservation => item.kind === 'request' && item.type === 'concrete',
  );
  if (concrete?.wordsWanted) return observations;
  if (concrete)
    return observations.map((item) => (item === concrete ? { ...concrete, wordsWanted: medium } : item));
  return [
    ...observations,
    { kind: 'request', type: 'concrete', about: 'general', wordsWanted: medium, span: question.span },
  ];
}

/**
 * "can u just write what i say. exact words": an ask for exactly what to say (read as concrete and as a
 * cue with no words of its own) is an ask for the words, answered with a line to say, never with a step
 * and a made-up cue (rated 1 on seen v20, where the human reference wrote out the call's words). The
 * cue ask is answered by those words (session/invariants.ts counts a script as its answer).
 */
function withWordsDictated(observations: readonly Observation[]): readonly Observation[] {
  const concrete = observations.find(
    (item): item is RequestObservation => item.kind === 'request' && item.type === 'concrete',
  );
  const bareCue = observations.find(
    (item): item is RequestObservation =>
      item.kind === 'request' &&
      item.type === 'cue' &&
      !item.phrase &&
      !item.condition &&
      item.afterMs === undefined &&
      item.when !== 'later',
  );
  if (!concrete || !bareCue || concrete.wordsWanted) return observations;
  return observations.flatMap((item) =>
    item === bareCue ? [] : item === concrete ? [{ ...concrete, wordsWanted: 'said' as const }] : [item],
  );
}
