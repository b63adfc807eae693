import type { StatementObservation } from '../spec/observation.ts';
import { isReflectable } from '../text/reflectable.ts';

// a clause said back inside a question must be one thought: "I" again mid-clause with no joining
// word ("i cant lie on the phone i go red") is two run together, and reads as garble asked back
const JOINING_BEFORE_I =
  /^(?:and|but|so|or|that|when|if|because|cause|cos|coz|as|than|then|until|till|while|before|after|since|think|thought|know|knew|feel|felt|hope|wish|guess|mean|said|say|like|where|what|how|why|who|which|whether|unless|though|tho)$/i;
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
      /^i$/i.test(word) &&
      NEW_THOUGHT.test(words[index + 1] ?? '') &&
      !JOINING_BEFORE_I.test(words[index - 1].replace(/[,.;:]$/, '')) &&
      !/[,.;:]$/.test(words[index - 1]),
  );
  if (cut < 0 && words.length > LONG_CLAUSE_WORDS) cut = words.findIndex((word) => /,$/.test(word)) + 1;
  if (cut < 4) return item;
  const text = words.slice(0, cut).join(' ').replace(/,$/, '');
  if (!isReflectable(text)) return item;
  return { ...item, text, span: [item.span[0], item.span[0] + text.length] };
}
