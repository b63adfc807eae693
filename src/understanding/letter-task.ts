import type { TaskObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';

/**
 * Letters and messages as tasks, in the person's own words (issue 17 item 3): "these pension letters",
 * "the letter from the bank" to open; "the message to my friend" to write. Without them the coach fell
 * back on a topic guessed from one word, and a fresh v31 rater scored "write down the one bill that
 * worries you most" 1 for pension letters and for a friend who never repaid a loan.
 */

// the words that may stand before "letter" as its own: not a verb, a pronoun or a joining word
const NOT_A_MODIFIER = new Set(
  'i you he she we they it me him her us them have has had got get gets getting received receive another a an the my this that these those one some and or but so of for with to from on in at about another new its is was are were keep keeps kept still just dont didnt cant can not no any every all open opened opening read write wrote'.split(
    ' ',
  ),
);
const DETERMINERS = new Set('a an the my this that these those another one'.split(' '));
// "a letter" received: from someone, come in the post, sitting unopened somewhere
const RECEIVED =
  /\b(?:from|got|get|getting|received?|sent|came|arrived|open|opened|opening|unopened|envelopes?|post|reminder|recall|drawer|fridge|microwave|sideboard|pile)\b/;
// a letter of theirs to write: the writing ladder's steps fit it
const TO_WRITE = /\b(?:write|writing|wrote|written|draft|drafting|begun|begin|started)\b/;
const LETTER = /\bletters?\b/g;
const FROM = /^\s+from\s+((?:the|my|our|his|her)\s+)?[a-z]+/;
// "i need to message him", "i should text my friend": a message owed, not one received or sent before
const MESSAGE =
  /\b(?:need to|have to|has to|got to|gotta|should|meant to|supposed to|want to|trying to|going to|gonna|cant|can't|cannot|must)\s+(?:just\s+|really\s+|actually\s+)?(?:message|text|msg|dm|whatsapp)\s+((?:him|her|them)\b|(?:my|the|our)\s+(?!own\b)[a-z]+)/;

/** What readLetterTask needs to find anything: the task reader's gate widens by these. */
export const LETTER_TASK_GATES: readonly RegExp[] = [/letter/, /message|text|msg|dm|whatsapp/];

/** A letter to open or to write, or a message to send, as a task; undefined when none is said. */
export function readLetterTask(prepared: Prepared): TaskObservation | undefined {
  const { folded, original } = prepared;
  const message = MESSAGE.exec(folded);
  if (message) {
    const end = message.index + message[0].length;
    const who = original.slice(end - message[1].length, end);
    return { kind: 'task', domain: 'email', object: `message to ${who}`, span: [message.index, end] };
  }
  for (const match of folded.matchAll(LETTER)) {
    const letterStart = match.index ?? 0;
    // "cover letter" is a piece of writing the task reader already knows
    if (/\bcover\s+$/.test(folded.slice(0, letterStart))) continue;
    let start = letterStart;
    // only the words of its own phrase: "…open the thing. letter…" is no "thing. letter"
    const lead = folded.slice(0, letterStart);
    const phraseStart = Math.max(...[...'.,;:!?()"'].map((mark) => lead.lastIndexOf(mark))) + 1;
    const before = lead.slice(phraseStart).match(/(?:^|(?<=\s))[a-z']+\s+/g) ?? [];
    let modifiers = 0;
    for (let index = before.length - 1; index >= 0 && modifiers < 2; index--) {
      const word = before[index].trim();
      if (NOT_A_MODIFIER.has(word) || /^\d/.test(word)) break;
      start -= before[index].length;
      modifiers++;
    }
    const determiner = folded.slice(phraseStart, start).match(/\b([a-z]+)\s+$/);
    // "another letter" is news, not a name for it: the step says "the letter" ("open the another letter", fresh v32)
    if (determiner && DETERMINERS.has(determiner[1]) && determiner[1] !== 'another')
      start -= determiner[0].length;
    let end = letterStart + match[0].length;
    const from = FROM.exec(folded.slice(end));
    if (from) end += from[0].length;
    const domain = TO_WRITE.test(folded) ? 'writing' : RECEIVED.test(folded) ? 'other' : undefined;
    if (!domain) continue;
    return { kind: 'task', domain, object: original.slice(start, end), span: [start, end] };
  }
  return undefined;
}
