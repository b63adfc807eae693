/**
 * What kind of thing a person's clause says, for a question about their own words: something they
 * do again and again ("I go home and replay everything I said" → "What's it like when you go home
 * and replay everything you said?") or something they expect to happen ("she'll see there's
 * nothing there" → "What makes you think she'll see there's nothing there?"). Both are read on the
 * clause as the person wrote it, first person.
 */

// things people do over and over, said in the present ("I check", "I lie there"): a verb from
// this list after "I" reads as a habit; anything else may be a view, a wish or a past event
const DOING = new Set(
  (
    'go get keep walk sit stare lie check look open close read reread scroll cry wake eat sleep avoid pick put ' +
    'start stop spend text call ring talk cook drive shout snap replay rehearse write delete type hide pretend ' +
    'smile tell watch turn stay run sit freeze panic hear end leave skip cancel come dread'
  ).split(/\s+/),
);
// a word or two between "I" and the verb that keeps it a habit ("I just lie there")
const BETWEEN = new Set(['just', 'still', 'always', 'often', 'usually', 'sometimes', 'basically']);

const MAX_WORDS = 16;

/** "I go home and replay everything I said": something the person does, in the present, again and again. */
export function isHabitual(clause: string): boolean {
  const words = clause.trim().toLowerCase().split(/\s+/);
  if (words.length < 3 || words.length > MAX_WORDS || words[0] !== 'i' || clause.includes('?')) return false;
  let at = 1;
  while (at < 3 && BETWEEN.has(words[at])) at += 1;
  return DOING.has(words[at].replace(/[^a-z]/g, ''));
}

// someone (or they themselves) expected to do something: "she'll", "they'd just say", "people will think"
const PREDICTION =
  /\b(?:she|he|they|people|everyone|everybody|nobody|no one|my \w+|her \w+|his \w+|the \w+|it)(?:'ll|’ll|'d|’d| will| would| won't| wont| is gonna| are gonna| gonna| is going to| are going to)\s+\w+|^(?:theyd|theyll|itll|shell|hell)\s+\w+|^(?:i'll|i’ll|i will|ill|i'm gonna|im gonna|i am going to|i'm going to|im going to)\s+(?:just\s+)?(?:ruin|fail|mess|screw|lose|forget|panic|cry|break|look|sound|say something|never|get it wrong|make a mess|make a fool)/i;

/** "she'll see there's nothing there": what the person expects to happen, often a fear. */
export function isPrediction(clause: string): boolean {
  const text = clause.trim();
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > MAX_WORDS || /[?]/.test(text)) return false;
  // "would be easier if I weren't around" is for the safety check, never for "what makes you think"
  if (/\b(?:easier|better off)\b/i.test(text)) return false;
  // "I still think he will call" is a hope or a view of their own, not a fear to look at
  if (/^i\s+(?:\w+\s+)?(?:think|thought|believe|hope|wish|know|feel|want|keep thinking)\b/i.test(text))
    return false;
  return PREDICTION.test(text);
}
