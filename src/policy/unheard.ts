/**
 * "why does it matter nobody believes me anyway": the "why" is despair at not being believed, not
 * a request for our rationale. Answered with "It helps because each step…" it read to a blind
 * rater as irrelevant (scored 1); being disbelieved is what is heard.
 */
const UNHEARD =
  /\b(?:nobody|no one|noone|no-one|nobody ever|no one ever) (?:ever )?(?:believes?|listens?( to)?|cares?|takes? me seriously|hears?)\b(?: me| about me)?/i;

export function isUnheard(text: string): boolean {
  return UNHEARD.test(text);
}

/** The words that say it ("nobody believes me"), for the say-back; undefined when not said. */
export function unheardClause(text: string): { text: string; span: [number, number] } | undefined {
  const match = text.match(UNHEARD);
  if (!match || match.index === undefined) return undefined;
  return { text: match[0], span: [match.index, match.index + match[0].length] };
}
