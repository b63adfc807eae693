/**
 * Someone's words reported in the last turn (issue 17, round 19): "he say this in march also", "but my
 * ma say leave it", "everybody say this", "then my tia texts me like…". The turn's point is what it is
 * like to hear it, and a listener asks that ("What's it like, hearing that from your ma?"); on the seen
 * sets v20–v32 such lines got "Can you tell me more about that?" because the hinge reader
 * (turn-hinge.ts) knows a fixed list of roles said with "says". Read here by shape, not by role: a
 * subject that is not the person (a pronoun, "everybody", or any "my/his/her/the" noun) right before a
 * verb of saying, in any tense or learner form. An anchor like the others (content-anchor.ts): it
 * takes the place of a stock probe only, never of a question about a concern or a topic of theirs.
 */
import type { FoundAnchor } from './content-anchor.ts';

// the one who speaks: a pronoun, everyone, or a noun owned ("my ma", "his boss", "the booker")
// (never "i" or "you": the person's own words and ours are not someone else's voice)
const WHO = String.raw`\b(he|she|they|everybody|everyone|every1|people|(?:my|his|her|our|the)\s+(?:(?:best|little|big|older|younger|old|new|late|own|step)\s+)?[a-z]+)`;
// a word or two that may sit between: "my ma also say", "he keeps saying", "she then texts me"
const BETWEEN = String.raw`(?:\s+(?:also|always|just|still|even|then|literally|only|now|all|again|keeps?|kept))*`;
// the verb of saying, in standard, learner and chat forms; "told/tells me" and "texts me" only with "me"
const SAYING = String.raw`\s+(?:say|says|said|saying|sayin|keep saying|keeps saying|kept saying|tell me|tells me|told me|told us|texts me|texted me|messages me|messaged me|reckons)\b`;
const VOICE = new RegExp(WHO + BETWEEN + SAYING, 'i');

// the subject of a question or of what might be said ("what did he say", "what will your khala say",
// "what people will say"): nobody has said it
// how hearing it sits with them, already said: "sick of people saying that", "hate when she says"
const ALREADY_FELT =
  /\b(?:sick|tired|fed up|bored) (?:of|with)\s+$|\b(?:hate|hate it when|can'?t stand)\s+$/i;
const ASKED_OR_MIGHT = /\b(?:did|does|do|will|would|could|can|might|may|should|to|what|if|when)\s+$/i;
// a noun after "my/the" that is not a person: "my gut says", "the letter says", "my brain says"
const NOT_A_PERSON =
  /\b(?:gut|head|brain|heart|body|mind|phone|app|letter|email|text|message|form|sign|website|site|internet|news|paper|doctor's note|report|results?|test|screen|clock|watch|bank|council|system|computer|email|note|book|rules?|law|contract|label|instructions?|forecast|scale|meter)$/i;
// a clause of their own, or someone else's, told after the voice's sentence, or a sentence that goes on
// ("Yes the doctor said. Knowing does not make it easier to watch.")
const OWN_CLAUSE_AFTER =
  /\b(?:i|im|i'm|ive|i've|my|me|we|us|he|she|they|him|her|them|it'?s|its|there'?s|that'?s|thats)\b/i;
const MAX_WORDS_AFTER = 6;
// a subject pronoun said again as the one heard from: "he" → "him"
const HEARD_FROM: Record<string, string> = {
  he: 'him',
  she: 'her',
  they: 'them',
  everybody: 'everyone',
  everyone: 'everyone',
  every1: 'everyone',
  people: 'people',
};

/**
 * The voice in the turn, as they named the speaker ("my ma") or the pronoun as it is heard from
 * ("him"); undefined when nobody else's words are told, or the turn goes on past them.
 */
export function reportedVoiceOf(text: string): FoundAnchor | undefined {
  const found = VOICE.exec(text);
  if (!found?.[1]) return undefined;
  const before = text.slice(Math.max(0, found.index - 16), found.index);
  if (ASKED_OR_MIGHT.test(before) || ALREADY_FELT.test(before)) return undefined;
  const named = found[1].toLowerCase().replace(/\s+/g, ' ');
  if (NOT_A_PERSON.test(named)) return undefined;
  // ("the" only for someone of theirs that a question can name plainly: "the booker", "the wife")
  if (named.startsWith('the ') && named.split(' ').length > 2) return undefined;
  // the voice is the point only when the turn ends on it: "So people say. My neighbour's brother was
  // scammed." turns on the scam, "People keep saying that. … I am 81." on their own words after it
  const end = text.slice(found.index).search(/[.!?\n]/);
  const after = end < 0 ? '' : text.slice(found.index + end + 1);
  if (OWN_CLAUSE_AFTER.test(after) || after.split(/\s+/).filter(Boolean).length > MAX_WORDS_AFTER)
    return undefined;
  const who = HEARD_FROM[named] ?? named;
  return { anchor: { anchor: 'voice', words: who }, span: [found.index, found.index + found[0].length] };
}
