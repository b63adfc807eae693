/**
 * Whose feeling a feeling word is (issue 17, session rule 7). "mum will be gutted", "he is also
 * tired", "my son's gutted" name someone else's feeling; said back as "You're feeling sad" it puts
 * a feeling in the person's mouth that they never claimed (raters on fresh v28: "invented
 * feelings"). Read from the feeling's own span: the clause it sits in, up to it, names another
 * person as its subject and no "I"/"me" of theirs. The emotion is kept (it still weighs the turn),
 * marked as another's.
 */

const CLAUSE_REACH = 120;

// where a clause starts: a sentence mark, a comma or semicolon, or a joining word
const CLAUSE_START =
  /(?:[.!?;,\n]|\b(?:and|but|so|because|cos|coz|cause|when|while|then|or)\b)(?![\s\S]*(?:[.!?;,\n]|\b(?:and|but|so|because|cos|coz|cause|when|while|then|or)\b))/i;

// a word of the person's own in the clause before the feeling ("she makes me so angry", "i'm worried")
const OWN = /\b(?:i|i'm|im|i've|ive|i'd|me|myself|we|we're|us)\b/i;

// people named as the subject: pronouns, "everyone", a relative or role, "my/his/the X", a name
// ("my head is fried", "my whole body is tired" are theirs: a part of them, not another person)
const PEOPLE =
  /^\s*(?:(?:also|even|now|then|just|like)\s+)*(?:he|she|they|hes|shes|he's|she's|they're|theyre|his \w+|her \w+|their \w+|everyone|everybody|nobody|no one|people|others|(?:my|our) (?!(?:whole |poor |own )?(?:head|brain|mind|body|heart|chest|stomach|gut|legs?|arms?|hands?|back|nerves|eyes|life|days?|week|nights?)\b)(?:\w+ )?\w+|(?:the |our |my )?(?:mum|mom|mam|ma|mother|dad|papa|mama|da|father|parents|kids?|children|boss|manager|teacher|landlord|son|daughter|husband|wife|partner|bf|gf|boyfriend|girlfriend|sister|brother|grandma|grandad|granny|nan|friend|flatmate|roommate|team|family))(?:'s)?\b/i;

/** True when the feeling word at `span` is said of someone else, not of the person. */
export function feelingOfSomeoneElse(text: string, span: readonly [number, number]): boolean {
  // (a clause is read at most this far back: a long turn is not rescanned for every feeling word)
  const before = text.slice(Math.max(0, span[0] - CLAUSE_REACH), span[0]);
  const start = CLAUSE_START.exec(before);
  const clause = start ? before.slice(start.index + start[0].length) : before;
  if (OWN.test(clause)) return false;
  if (PEOPLE.test(clause)) return true;
  // a capitalised name opening the clause ("Sam is gutted"), not the start of their sentence ("Gutted.")
  return /^\s*[A-Z][a-z]+\s+(?:is|was|will|seems|looks|sounds|gets|got|felt|feels|'s)\b/.test(clause);
}
