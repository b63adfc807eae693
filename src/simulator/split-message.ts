/**
 * A message sent in two: some people hit enter halfway through a thought and finish it in the next
 * message, whatever the counsellor said in between ("i think it would only be practical some of the
 * time" / "as you cant knit everywhere"). A blind rater took such a split for a real person (round 13
 * dev rating); our clients never did it. Drawn per person (most never split) and per message, from
 * the text itself, so the session's other dice do not move.
 */
import type { Persona } from './persona-schema.ts';
import { habitsOf } from './personal-habits.ts';
import { createRandom, deriveSeed } from './prng.ts';

/** Words a message needs before it may be split. */
const LONGEST_WHOLE = 14;
/** Share of people who ever split a message, and how often they do once a message is long. */
const SPLITTERS = 0.3;
const SPLIT_RATE = 0.2;

/** Where a thought may break: after a comma, or before "and", "but", "because", "so". */
const BREAK = /,\s+|\s+(?=(?:and|but|because|cos|so)\s)/gi;

/** The first part to send now and the rest to send next, or undefined to send it whole. */
export function splitMessage(text: string, persona: Persona, turn: number): [string, string] | undefined {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < LONGEST_WHOLE || text.includes('?')) return undefined;
  if (createRandom(deriveSeed(13, 'splits', persona.id)).next() >= SPLITTERS) return undefined;
  const random = createRandom(deriveSeed(turn, 'split', persona.id, text));
  if (!random.chance(SPLIT_RATE)) return undefined;
  // the break nearest the middle, with at least four words on each side
  let best: { at: number; end: number } | undefined;
  for (const match of text.matchAll(BREAK)) {
    const at = match.index ?? 0;
    const before = text.slice(0, at).split(/\s+/).filter(Boolean).length;
    if (before < 4 || words - before < 4) continue;
    if (
      !best ||
      Math.abs(before - words / 2) < Math.abs(text.slice(0, best.at).split(/\s+/).length - words / 2)
    )
      best = { at, end: at + match[0].length };
  }
  if (!best) return undefined;
  const habits = habitsOf(persona);
  // (their habits hold on both parts: someone who ends with a stop ends the first part with one, someone
  // who writes capitals starts the next message with one; not "...": trailing dots as a habit were a
  // blind rater's tell, rounds 15 and 16)
  const first = `${text.slice(0, best.at).replace(/[,.\s]+$/, '')}${habits.endsWithStop ? '.' : ''}`;
  const rest = text.slice(best.end).trim();
  const cased = habits.casing === 'lower' ? rest : rest[0].toUpperCase() + rest.slice(1);
  // (a tail of one sentence ends as their one-sentence messages do: the stop a message of several
  // sentences ended with is not theirs once the message is cut)
  const tail =
    /[.!?]\s+\S/.test(cased) || /[?)]$/.test(cased)
      ? cased
      : `${cased.replace(/[.!]+$/, '')}${habits.endsWithStop && /[.!]$/.test(text) ? '.' : ''}`;
  return [first, tail];
}
