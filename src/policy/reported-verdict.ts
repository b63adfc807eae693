/**
 * A harsh word about the person that is someone else's ("my dad told me im a waste of space", "my
 * mum says i'm lazy", "she calls me useless"): the hurt of hearing it from them is what is reflected.
 * Heard as their own verdict it read as "you're being really hard on yourself" — about a line their
 * father said — and said back plainly as "You're lazy" it reads as our agreeing.
 */
import type { PersonClause } from '../spec/move.ts';

// who said it, then the verb of saying, at the start of the clause or just before the verdict
// ("my boss thinks", "he always says", "my ex called me", "everyone tells me")
const SPEAKER =
  /\b((?:my|our)\s+(?:(?:older|younger|little|big|own|ex|step)[\s-]?)?[a-z]+|he|she|they|everyone|everybody|people|[A-Z][a-z]+)\s+(?:always\s+|just\s+|even\s+|still\s+|literally\s+|basically\s+|keeps?\s+|kept\s+|used\s+to\s+)?(?:says?|said|saying|tells?\s+me|told\s+me|thinks?|thought|calls?\s+me|called\s+me|reckons?|calling\s+me)\b/i;

// a speaker word that is no person ("my head says", "my brain tells me"): their own thought
const NOT_A_PERSON = /^(?:my|our)\s+(?:head|brain|mind|gut|body|heart|inner|anxiety|depression|voice)/i;

/**
 * The one who said the verdict, as they put it ("my dad", "she"), when the verdict (at `verdictAt`
 * in `text`, or anywhere in it when not given) is reported from someone else; else undefined.
 */
export function reportedSpeaker(text: string, verdictAt?: number): PersonClause | undefined {
  const before = verdictAt === undefined ? text : text.slice(0, verdictAt);
  const match = SPEAKER.exec(before);
  if (!match?.[1] || NOT_A_PERSON.test(match[1])) return undefined;
  // the verdict in the same sentence as the saying: "my mum says hi. im useless" is their own
  const between = before.slice(match.index + match[0].length);
  if (/[.!?;]/.test(between)) return undefined;
  // a name is written with its capital ("Dave says"); "it says", "the form says" name nobody
  const pronoun = /^(?:my|our|he|she|they|everyone|everybody|people)\b/i.test(match[1]);
  if (!pronoun && !/^[A-Z]/.test(match[1])) return undefined;
  if (/^(?:I|It|This|That|There|Honestly|Maybe|Sometimes|Today|Then|Now)$/.test(match[1])) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  return { text: match[1], span: [start, start + match[1].length] };
}
