/**
 * A clause of theirs made whole enough to say back (issue 17, round 16): chat drops the "I" that opens
 * a line ("didnt want the wife to see me like that", "been looking at jobs at bunnings") and an answer
 * to a why opens on its "because" ("because i had a breakdown at 38 and it was the only thing that
 * helped"). Both were heard as fragments and never said back, so on a short turn the whole reply was a
 * stock question ("Can you tell me more about that?"), the filler raters marked most on the seen sets.
 * The repaired clause still passes every check a say-back does (reflections.ts); its span stays theirs.
 */
import type { PersonClause } from '../spec/move.ts';
import type { StatementObservation } from '../spec/observation.ts';

// the connective of a reason given as an answer, before a subject of its own
const REASON_OPENER =
  /^(?:because|bc|cos|coz|cuz|cause)\s+(?=(?:i|i'm|im|i've|ive|i'd|we|we're|my|it|it's|its|there|he|she|they)\b)/i;

// a verb that opens a line with its "I" dropped: only ones said of oneself in chat, never a third
// person's form ("says", "was") nor a bare negation that could be the last clause's subject's
// ("my dad yelled. didnt listen"): those are read only at the very start of the turn, below
const SELF_OPENERS: Record<string, string> = {
  feel: 'I feel',
  felt: 'I felt',
  been: "I've been",
  tried: 'I tried',
  miss: 'I miss',
  missed: 'I missed',
  hate: 'I hate',
  need: 'I need',
  want: 'I want',
  didnt: "I didn't",
  "didn't": "I didn't",
  dont: "I don't",
  "don't": "I don't",
  cant: "I can't",
  "can't": "I can't",
  kept: 'I kept',
  went: 'I went',
  spent: 'I spent',
  moved: 'I moved',
  lost: 'I lost',
  started: 'I started',
  quit: 'I quit',
  havent: "I haven't",
  "haven't": "I haven't",
  keep: 'I keep',
  wish: 'I wish',
};

// what may stand before the clause at the start of a turn: a word of answer or hedge, no subject
// ("as i said" too: the line repeated is theirs still)
const ANSWER_WORD = '(?:honestly|tbh|yeah|ya|yes|no|nah|well|ok|okay|aye|and|but|so|(?:as|like) i said)';
const TURN_START = new RegExp(String.raw`^[\s,.!]*(?:${ANSWER_WORD}[\s,.!]+)*$`, 'i');
// the same words opening a sentence, with what follows them
const OPENING_WORDS = new RegExp(String.raw`^(?:[\s,]*${ANSWER_WORD}\b[\s,]*)*`, 'i');

/**
 * The statement with its reason word taken off, or its dropped "I" put back when it opens the turn;
 * otherwise the statement as it was. `turn` is the whole line the statement came from.
 */
export function saidOfSelf(item: StatementObservation, turn: string | undefined): StatementObservation {
  const reason = REASON_OPENER.exec(item.text);
  if (reason) return { ...item, text: item.text.slice(reason[0].length) };
  if (turn === undefined || !TURN_START.test(turn.slice(0, item.span[0]))) return item;
  const first = /^[\w']+/.exec(item.text)?.[0] ?? '';
  const opener = SELF_OPENERS[first.toLowerCase()];
  if (!opener) return item;
  return { ...item, text: `${opener}${item.text.slice(first.length)}` };
}

// a say-back of a whole line this long at most reads as theirs; longer reads as a pasted echo
const LINE_WORDS = 12;

/**
 * The first sentence of a turn that has no statement of its own, its dropped "I" put back
 * ("honestly been looking at jobs at bunnings" → "I've been looking at jobs at bunnings"), when it
 * reads as a clean say-back. `sayable` is the say-back check the caller holds (reflections.ts).
 */
export function droppedSubjectClause(
  turn: string,
  sayable: (text: string) => boolean,
): PersonClause | undefined {
  const sentence = /^[^.!?\n]+/.exec(turn)?.[0] ?? '';
  const opening = OPENING_WORDS.exec(sentence)?.[0];
  const start = opening?.length ?? 0;
  const rest = sentence.slice(start).trim();
  if (rest.split(/\s+/).length > LINE_WORDS) return undefined;
  const item = saidOfSelf(
    { kind: 'statement', text: rest, weight: 0, span: [start, start + rest.length] },
    turn,
  );
  if (item.text === rest || !sayable(item.text)) return undefined;
  return { text: item.text, span: item.span };
}
