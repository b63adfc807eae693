import type { Observation, RequestObservation } from '../spec/observation.ts';

/**
 * "and then i say what?", "if u had to send one right now what would u actually write": a question
 * to us for the words themselves is an ask for the words (session rule 1), answered with a line to
 * say or write. An ask already read as concrete gets the medium when its own words gave none.
 */
export function withWordsAsked(observations: readonly Observation[]): readonly Observation[] {
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
