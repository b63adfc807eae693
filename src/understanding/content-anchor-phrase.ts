/**
 * The thing a short last turn names (issue 17, round 19): its last noun phrase, read from the shared
 * part-of-speech analysis, whatever the wording ("HR is his cousin" → "his cousin", "yard address doesnt
 * count apparently" → "yard address", "this is 400 peonies" → "400 peonies"). On the first fresh set 13
 * of 60 replies were a stock question alone after a short line, all rated 2 ("generic prompt"); the
 * human replies named the specific thing and asked about it. Only a phrase a question can carry whole:
 * owned or definite ("your father's ovens", "the depot"), or bare ("yard address"); never one said with
 * "a", a negated one ("not my type"), or a word that names nothing of its own ("my age", "the thing").
 */

import { toSecondPerson } from '../text/person.ts';
import type { FoundAnchor } from './content-anchor.ts';
import type { AnalysedToken } from './linguistic-analysis.ts';
import { analyseLanguage } from './linguistic-analysis.ts';

// a phrase quoted ("show range") is someone's words, not the thing itself
const QUOTED = /["“”]/;
// a short turn: a longer one says enough for a say-back and a question of its own
const SHORT_TURN_WORDS = 12;
const MAX_PHRASE_WORDS = 4;
// nouns that name nothing a question can take up on its own
const VAGUE_NOUNS = new Set(
  'thing things stuff lot lots bit kind sort way time times day days week weeks year years people one ones age life problem problems point fault mistake type head mind brain idea question answer reason sense lol idk haha omg tbh ok okay yes no yeah ya ye nah aye sorry thanks thank god rest minute minutes min mins hour hours hr hrs second seconds month months man mate bro dude prob cos coz bc info u something anything nothing everything someone anyone everyone nobody part end fact case matter job work home morning night today tonight tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday weekend january february march april may june july august september october november december'.split(
    ' ',
  ),
);
// the words that open a phrase a question can carry: definite or owned
const OPENERS = new Set(['the', 'my', 'his', 'her', 'their', 'our', 'this', 'these', 'that', 'those']);
// an indefinite or counting opener: "a different life" asked about as "the different life" is garble
const INDEFINITE = new Set(['a', 'an', 'some', 'any', 'no', 'every', 'each', 'another', 'such', 'what']);
const INSIDE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const SETTING =
  /^(?:at|in|on|near|by|from|into|onto|for|since|until|till|til|during|after|before|around|outside|inside|across|behind|than|like|to)$/i;
const NEGATION = /^(?:not|n't|nt|never|no)$/i;
const VERB_AFTER = /^(?:at|about|how|if|that|me|him|her|them|us|it|so|too|like)$/i;

const isHead = (token: AnalysedToken) =>
  (token.pos === 'NOUN' || token.pos === 'PROPN') &&
  token.type === 'word' &&
  !token.negated &&
  /^[a-z][a-z'-]*$/i.test(token.text) &&
  !VAGUE_NOUNS.has(token.text.toLowerCase());

function phraseEndingAt(tokens: readonly AnalysedToken[], head: number): [number, string] | undefined {
  let from = head;
  while (from > 0) {
    const before = tokens[from - 1];
    const word = before.text.toLowerCase();
    if (INSIDE.has(before.pos) && before.type !== 'punctuation' && !before.negated) from -= 1;
    // "my father 's ovens": an owner's "'s" inside the phrase
    else if (before.pos === 'PART' && /^'?s$/i.test(word) && from >= 2 && isHead(tokens[from - 2])) from -= 1;
    else if (OPENERS.has(word)) {
      from -= 1;
      break;
    } else if (INDEFINITE.has(word)) return undefined;
    else break;
  }
  const words = tokens.slice(from, head + 1);
  if (words.length > MAX_PHRASE_WORDS) return undefined;
  // a bare noun ("lump", "great plan", "prob cos") said back reads as broken ("the story with lump"): the
  // phrase needs an opener, a number, or to be a name written with a capital ("Kasia", "Mrs Patel")
  const opened = OPENERS.has(words[0]?.text.toLowerCase() ?? '');
  const counted = words[0]?.pos === 'NUM';
  const name = words.every((token) => token.pos === 'PROPN' && /^[A-Z][a-z]/.test(token.text));
  // (two bare nouns are not enough: "self care", "til midnight", "people change", "quoi faire" were all
  // read as nouns on the seen v1–v19 sets; and a number counts only a plural, "400 peonies", not "4 month")
  const plural = /s$/i.test(tokens[head].text);
  if (!opened && !(counted && plural) && !name) return undefined;
  // (said back as written, "'s" joined to its owner; "this/that" is "the" in our mouth)
  // (a name keeps its capitals; a word shouted in capitals, "PASTY SHOP", does not)
  const text = words
    .map((token) => (name ? token.text : token.text.toLowerCase()))
    .join(' ')
    .replace(/ '?s\b/g, "'s")
    .replace(/^(?:this|that|these|those)\b/i, 'the');
  return [from, text];
}

/** The last noun phrase of a short turn, in the second person; undefined when none fits. */
export function namedPhraseOf(text: string): FoundAnchor | undefined {
  if (text.split(/\s+/).filter(Boolean).length > SHORT_TURN_WORDS || text.includes('?') || QUOTED.test(text))
    return undefined;
  const { tokens } = analyseLanguage(text);
  for (let head = tokens.length - 1; head >= 0; head--) {
    // the last thing named names nothing ("the boat work", "my age"): no earlier noun is asked in its place
    if (VAGUE_NOUNS.has(tokens[head].text.toLowerCase()) && tokens[head].pos === 'NOUN') return undefined;
    if (!isHead(tokens[head])) continue;
    const found = phraseEndingAt(tokens, head);
    if (!found) return undefined;
    const [from, phrase] = found;
    // where or when something happens ("at the depot", "for lump"), or what it is set against ("than my
    // apprentices"), is seldom what the turn is about; "think of the list" is
    const before = tokens[from - 1];
    if (before?.pos === 'ADP' && SETTING.test(before.text)) continue;
    // a "noun" that a preposition or a clause follows is likely a verb misread ("the boys laugh at how…")
    if (VERB_AFTER.test(tokens[head + 1]?.text ?? '')) continue;
    // said only to be denied after ("my jokes are not"): not the thing to ask about
    if (tokens.slice(head + 1).some((token) => NEGATION.test(token.text))) return undefined;
    // (a name is said as written: the person change would lower-case it)
    const words = (/^(?:my|our)\b/i.test(phrase) ? toSecondPerson(phrase) : phrase).trim();
    if (!words || !/^[a-z0-9' -]+$/i.test(words)) return undefined;
    return { anchor: { anchor: 'phrase', words }, span: [tokens[from].start, tokens[head].end] };
  }
  return undefined;
}
