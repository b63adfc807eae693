/**
 * "the stress really": asked again about something they have told, or asked a question their
 * card has nothing new for, real people say again what they said instead of producing a fresh
 * fact. Both dev raters of round 13 named the same tell: our clients add a new, neat detail of their
 * backstory almost every turn, where real MIBot clients repeat themselves and answer with less.
 * Drawn per person (some never do it) and per turn from the words, so the session's dice stay put.
 */
import { storyLines } from './client-content.ts';
import { createRandom, deriveSeed } from './prng.ts';
import { questionCallsBeat } from './story-beats.ts';
import type { TurnWordsContext } from './turn-words-context.ts';

/** The first turn they may point back on. */
const FROM_TURN = 4;
/** How often each kind of person points back instead of telling something new. */
const EFFORT = [0, 0.15, 0.3, 0.45] as const;
// (the thing said again, not flagged as said: "like i said" / "as i said" loops were round 17's dev
// rater's tell, and none of MIBot's 2,420 real client turns points back in words; people repeat the
// content itself. Never "i already said": in three of ten excerpts a rater read it as a habit, round 14)
// (no "mostly {x}" nor "{x} really": "mostly i smoke around 20 a day" fits a reason, not a fact)
export const FRAMES = ['{x}', 'i guess {x}'];

/** The first clause of a line they said, at most seven words ("i smoke mostly at work"). */
function gist(line: string): string | undefined {
  const clause = line.split(/[.,;!?]|\s(?:but|because|so)\s/)[0]?.trim() ?? '';
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 7) return undefined;
  // (a clause that leans on the one before it is not a thing said: "like i said but now i buy my own packs")
  if (/^(?:and|but|so|because|cos|or|then|which|though)$/i.test(words[0])) return undefined;
  return /^I\b/.test(clause) ? clause : clause[0].toLowerCase() + clause.slice(1);
}

/** A pointer back to what they have said, or undefined (not asked, nothing to point to, or not this person). */
export function saidBefore(context: TurnWordsContext): string | undefined {
  const { situation, persona, said } = context;
  const heard = situation.heard ?? '';
  // (and not in the first turns: "like i said" as their second message points back to their first)
  if (!heard.includes('?') || said.storyIndex < 2 || situation.turn < FROM_TURN) return undefined;
  const effort = EFFORT[deriveSeed(13, 'points-back', persona.id) % EFFORT.length];
  const random = createRandom(deriveSeed(situation.turn, 'said-before', persona.id, heard));
  if (effort === 0 || !random.chance(effort)) return undefined;
  // (a question their card answers gets that answer)
  if (questionCallsBeat(persona, said.beats, heard)) return undefined;
  // (each thing and each frame once a session: "I guess I have smoked since I was sixteen." then "I guess
  // my breathing is not good any more." in one excerpt read as a habit, round 16's dev sample)
  // (not the line told last: said again a moment later it is the same line twice)
  const told = storyLines(persona)
    .slice(0, said.storyIndex - 1)
    .map(gist)
    .filter((line): line is string => line !== undefined && !said.pointedBack.has(line));
  const key = (frame: string) => frame.replace('{x}', '').trim();
  const frames = FRAMES.filter((frame) => !said.pointedBack.has(key(frame)));
  if (told.length === 0 || frames.length === 0) return undefined;
  const frame = random.pick(frames);
  const thing = random.pick(told);
  said.pointedBack.add(key(frame)).add(thing);
  // (not "i guess i guess it helps": a frame word already there goes)
  const word = key(frame);
  return word && new RegExp(`\\b${word}\\b`, 'i').test(thing) ? thing : frame.replace('{x}', thing);
}
