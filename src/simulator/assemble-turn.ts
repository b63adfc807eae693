import { indefiniteArticle } from '../text/plain-words.ts';
import { lowerFirst } from './chat-voice.ts';
import type { PersonalHabits } from './personal-habits.ts';
import type { Random } from './prng.ts';

/** Marks a piece that must start a sentence of its own (a request or a question, so it reads as one). */
export const SENTENCE = '\u0001';
/** Marks a request: a sentence of its own, typed without slips. */
export const REQUEST = '\u0002';
/** Marks a clause that runs on from the last with a comma: how it feels, said in the same breath. */
export const CLAUSE = '\u0003';

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Joins pieces the way this person runs thoughts together (full stops, commas, a dash, dots, or
 * just a space); a run-on only between two real clauses — "8 everyone in my year" reads as a
 * generator's seam, "8, everyone in my year" as a person.
 */
export function joinTheirWay(pieces: readonly string[], habits: PersonalHabits, random: Random): string {
  let text = '';
  let last = '';
  for (const marked of pieces) {
    const own = marked.startsWith(SENTENCE);
    const clause = marked.startsWith(CLAUSE);
    const piece = own || clause ? marked.slice(1) : marked;
    if (clause && text) {
      text = `${text.replace(/[.!]+$/, '')}, ${lowerFirst(piece)}`;
      last = piece;
      continue;
    }
    if (!text) {
      text = piece;
      last = piece;
      continue;
    }
    let joiner = random.pick(habits.joiners);
    // (only the first join may run on: three clauses run together read as lines pasted in a row)
    const ranOn = text !== last;
    if (joiner === ' ' && (ranOn || wordsIn(last) <= 3 || wordsIn(piece) <= 3)) joiner = ', ';
    if (/[?!.]$/.test(text)) text = `${text} ${piece}`;
    else if (own || joiner === '. ') text = `${text}. ${piece}`;
    else text = `${text}${joiner}${lowerFirst(piece)}`;
    last = piece;
  }
  return text;
}

/** A 0–10 rating of how heavy it feels, the way this person gives one (or would rather not). */
export function rating(distress: number, habits: PersonalHabits, formal: boolean, random: Random): string {
  const value = Math.max(0, Math.min(10, Math.round(distress + (random.next() - 0.5) * 2)));
  const a = indefiniteArticle(value);
  // (never a bare number: "8" or "Nearer 7 than not" answers a question the reader cannot see)
  if (formal)
    return random.pick([`I would say ${a} ${value} out of ten.`, `${value} out of ten, if I'm honest.`]);
  const heavy = value >= 7;
  switch (habits.rating) {
    case 'plain':
      return random.pick([`${value} out of 10 probably`, `like ${a} ${value} out of 10`]);
    case 'hedged':
      return random.pick([`${value} out of 10 maybe, it changes`, `idk, ${a} ${value} out of 10 today`]);
    case 'words':
      return heavy
        ? random.pick([`pretty heavy, ${a} ${value}`, `heavy. ${value} at least`, `high, ${value} or so`])
        : random.pick([`not that bad, ${a} ${value}`, `middling, ${a} ${value}`]);
    default:
      return random.pick(
        heavy
          ? [
              'no idea how to put a number on it',
              "high? it's a lot",
              'bad. just bad',
              "I don't really do numbers",
            ]
          : ['hard to say', 'not sure, it comes and goes', "it's ok I guess, some days worse"],
      );
  }
}
