// phrases by fallback, then object; bounded: a long-lived server starts afresh rather than grow
const CACHE_LIMIT = 2_000;
const phrases = new Map<string, Map<string, string>>();

/**
 * The person's own object as a phrase to put in a step: "one script" → "the script",
 * "the email to Dana" stays. Steps read better with "the" than with "one" or "a".
 */
export function objectPhrase(object: string | undefined, fallback = 'the task'): string {
  if (!object) return fallback;
  // the same object is phrased several times a turn, every turn: each is worked out once
  let byObject = phrases.get(fallback);
  if (byObject === undefined) {
    byObject = new Map();
    phrases.set(fallback, byObject);
  }
  let phrase = byObject.get(object);
  if (phrase === undefined) {
    if (byObject.size >= CACHE_LIMIT) byObject.clear();
    phrase = phraseOf(object, fallback);
    byObject.set(object, phrase);
  }
  return phrase;
}

function phraseOf(object: string, fallback: string): string {
  const trimmed = (object ?? '')
    .trim()
    .replace(/[.,;:!?]+$/, '')
    .replace(/\s+/g, ' ');
  if (!trimmed) return fallback;
  // their own "my" anywhere in it is ours to say as "your" ("the reply to my landlord" was a step's
  // object on fresh v23); "I"/"me" inside an object are left, as they rarely are one's own
  const lowered = trimmed
    .replace(/^(?:The|A|An|One|My|This|That)\b/, (word) => word.toLowerCase())
    .replace(/(?<=\s)(?:my|My)(?=\s)/g, 'your')
    .replace(/(?<=\s)(?:mine)\b/g, 'yours');
  if (/^(?:the|my|your|our|his|her|their)\s/i.test(lowered)) return lowered.replace(/^my\s/i, 'your ');
  // "every appointment", "all the forms": a quantifier takes no "the" ("the every appointment")
  if (/^(?:every|each|all|both|any|these|those|its)\s/i.test(lowered)) return lowered;
  // "someone's story", "jo's essay": an owner said with 's is the determiner ("the someone's story"
  // was a step's broken object on fresh v20)
  if (/^[a-z][a-z-]*['’]s\s/i.test(lowered)) return lowered;
  const withoutArticle = lowered.replace(/^(?:a single|one single|a|an|one|this|that|some)\s+/i, '');
  return `the ${withoutArticle}`;
}
