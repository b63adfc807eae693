import type { LifeTopic, Observation, TaskDomain } from '../spec/observation.ts';

// nouns a helper says in passing that are not a thing to open: "how's the studying going?", "a whole
// new chapter" (of life), "report it to the council" (a verb); study and code talk from a helper is
// too loose to make a step from, so only the person's own words set those
const LOOSE_DOMAINS = new Set<TaskDomain>(['study', 'code']);
const LOOSE_NOUNS =
  /\b(?:chapters?|stor(?:y|ies)|reports?|speech|papers?|articles?|novel|poems?|write-?up)$/i;

/**
 * The task another helper's turn names, when it is a concrete thing the person can open or do
 * ("the form", "the cover letter", "call the council"): the conversation is about it even when the
 * person only answered "probly". Undefined for loose nouns, which made steps like "type the first
 * three words of the whole chapter" to someone grieving.
 */
export function helperNamedTask(
  observations: readonly Observation[],
): { domain: TaskDomain; object: string } | undefined {
  for (const observation of observations) {
    if (observation.kind !== 'task') continue;
    if (LOOSE_DOMAINS.has(observation.domain) || LOOSE_NOUNS.test(observation.object.trim())) continue;
    // "the stack of mail from the bank" is post on a table, not an inbox: its steps open and look
    const post = observation.domain === 'email' && /(?:^|\s)mail$/i.test(observation.object.trim());
    return { domain: post ? 'other' : observation.domain, object: observation.object };
  }
  return undefined;
}

// situations a helper's question names only when the person is in them ("how are nights with the
// baby?", "has the landlord replied?"); money or work words from a helper are too often general advice
const HELPER_TOPICS = new Set<LifeTopic>(['new-baby', 'caring', 'housing']);

/** The situations another helper's turn names that the person's steps can be built for. */
export function helperNamedTopics(observations: readonly Observation[]): LifeTopic[] {
  return observations.flatMap((item) =>
    item.kind === 'life-topic' && HELPER_TOPICS.has(item.topic) ? [item.topic] : [],
  );
}
