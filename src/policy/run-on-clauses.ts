import type { StatementObservation } from '../spec/observation.ts';
import { isReflectable } from '../text/reflectable.ts';

// a clause said back inside a question must be one thought: "I" again mid-clause with no joining
// word ("i cant lie on the phone i go red") is two run together, and reads as garble asked back
const JOINING_BEFORE_I =
  /^(?:and|but|so|or|that|when|if|because|cause|cos|coz|as|than|then|until|till|while|before|after|since|think|thinks|thought|know|knew|feel|felt|hope|wish|guess|mean|said|say|says|saying|tell|tells|told|reckon|reckons|believe|believes|realise|realize|sure|like|where|what|how|why|who|which|whether|unless|though|tho)$/i;
const QUESTION_CLAUSE_WORDS = 12;

export function isRunOn(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return (
    words.length > QUESTION_CLAUSE_WORDS ||
    firstCleanClause({ kind: 'statement', text, weight: 0, span: [0, 0] }).text !== text
  );
}

// "I" mid-clause before one of these starts a second thought run into the first
const NEW_THOUGHT = /^(?:go|get|feel|am|was|just|always|never|panic|freeze|start)$/i;
// a new subject with its verb mid-clause, after no joining word, starts a second thought too: "i dont
// want to talk about feelings im sick of it", "hes not my dad he doesnt get to make rules" (said back
// whole, v15/v17 raters: "garbled pasted echo"); "in french I'm funny" is not cut
const AFTER_IM = /^(?:sick|tired|done|so|just|always|never|scared|afraid|fed|over|too|really)$/i;
const AFTER_PRONOUN = /^(?:will|would|never|always|can|cant|can't|won't|wont|doesn't|doesnt|don't|dont)$/i;
// (a cut after "she"/"he" leaves at least this many words: "my oldest is 12" alone says nothing)
const PRONOUN_CUT_WORDS = 5;
const newThoughtAt = (word: string, next: string): 'i' | 'pronoun' | undefined => {
  if ((/^i$/i.test(word) && NEW_THOUGHT.test(next)) || (/^(?:i'm|im)$/i.test(word) && AFTER_IM.test(next)))
    return 'i';
  return /^(?:she|he|they)$/i.test(word) && AFTER_PRONOUN.test(next) ? 'pronoun' : undefined;
};
const LONG_CLAUSE_WORDS = 16;

/**
 * The first clean clause of a run-on ("i cant lie on the phone i go red and they'll know" → "i
 * cant lie on the phone"; a long line with commas up to its first comma), or the statement as it
 * was. Said back whole, a run-on reads as a mangled parrot.
 */
export function firstCleanClause(item: StatementObservation): StatementObservation {
  const words = item.text.split(/\s+/).filter(Boolean);
  let cut = words.findIndex(
    (word, index) =>
      index > 0 &&
      newThoughtAt(word, words[index + 1] ?? '') !== undefined &&
      !JOINING_BEFORE_I.test(words[index - 1].replace(/[,.;:]$/, '')) &&
      !/[,.;:]$/.test(words[index - 1]),
  );
  if (cut > 0 && newThoughtAt(words[cut], words[cut + 1] ?? '') === 'pronoun' && cut < PRONOUN_CUT_WORDS)
    cut = -1;
  if (cut < 0 && words.length > LONG_CLAUSE_WORDS) cut = words.findIndex((word) => /,$/.test(word)) + 1;
  if (cut < 4) return item;
  const text = words.slice(0, cut).join(' ').replace(/,$/, '');
  if (!isReflectable(text)) return item;
  return { ...item, text, span: [item.span[0], item.span[0] + text.length] };
}
