/**
 * A clause of theirs made whole enough to say back (issue 17; read here since round 17, where the
 * policy used to reread the turn for it): chat drops the "I" that opens a line ("didnt want the wife to
 * see me like that", "been looking at jobs at bunnings") and an answer to a why opens on its "because"
 * ("because i had a breakdown at 38 and it was the only thing that helped"). Both were heard as
 * fragments and never said back, so on a short turn the whole reply was a stock question ("Can you
 * tell me more about that?"). The clause made whole rides on its statement (`whole`); the span stays
 * theirs. Whether it reads clean enough to say back is still the policy's check (reflections.ts).
 */
import type { SaidOfSelfObservation } from '../spec/observation.ts';

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
 * The clause with its reason word taken off, or its dropped "I" put back when it opens the turn;
 * undefined when it is whole as it stands. `start` is where it begins in `turn`, the whole line.
 */
export function madeWhole(text: string, start: number, turn: string): string | undefined {
  const reason = REASON_OPENER.exec(text);
  if (reason) return text.slice(reason[0].length);
  if (!TURN_START.test(turn.slice(0, start))) return undefined;
  const first = /^[\w']+/.exec(text)?.[0] ?? '';
  const opener = SELF_OPENERS[first.toLowerCase()];
  return opener ? `${opener}${text.slice(first.length)}` : undefined;
}

// a say-back of a whole line this long at most reads as theirs; longer reads as a pasted echo
const LINE_WORDS = 12;

/**
 * The first sentence of the turn, made whole ("honestly been looking at jobs at bunnings" → "I've been
 * looking at jobs at bunnings"): the policy says it back only when the turn has no clause of its own
 * it can say back. None when the sentence is whole already.
 */
export function saidOfSelfLine(turn: string): SaidOfSelfObservation[] {
  const sentence = /^[^.!?\n]+/.exec(turn)?.[0] ?? '';
  const start = OPENING_WORDS.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(start).trim();
  if (rest.split(/\s+/).length > LINE_WORDS) return [];
  const whole = madeWhole(rest, start, turn);
  if (whole === undefined || whole === rest) return [];
  return [{ kind: 'said-of-self', text: whole, span: [start, start + rest.length] }];
}
