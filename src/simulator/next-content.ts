/**
 * What a turn of substance tells: the beat the therapist's turn calls for, else a long beat when the
 * turn runs long, else the story in order (then the beats, once the story is told).
 */
import { askedEnough, contentLine, type SaidLines, storyLines, toldHalf } from './client-content.ts';
import type { Persona } from './persona-schema.ts';
import type { Random } from './prng.ts';
import { type BeatCue, chooseBeat } from './story-beats.ts';

/** Words from which a turn is long enough to be told by a beat rather than a story line. */
const LONG_TURN = 12;

export function nextContent(
  persona: Persona,
  said: SaidLines,
  random: Random,
  options: { turn: number; cue: BeatCue; target: number; mayPushBack: boolean },
): { line: string | undefined; fromBeat: boolean } {
  const { turn, cue, target } = options;
  const story = storyLines(persona);
  // a question or a reflection that calls for one of their beats gets it (once they have said
  // why they came); otherwise the story goes on in order
  const toldWhy = said.storyIndex >= Math.min(2, story.length);
  const known = story.slice(0, said.storyIndex).join(' ');
  const storyTold = toldHalf(persona, said);
  // (a push-back is drawn only by unasked advice, and not a third turn running)
  const beatCue = options.mayPushBack ? cue : { ...cue, unaskedAdvice: false };
  // (two beats, then the story goes on: beats one after another left the setting-up lines of the
  // story to the end — "now it's due thursday" after six turns about the report)
  const beatNow =
    said.storyIndex >= story.length ||
    said.beatTurns.at(-1) !== turn - 1 ||
    said.beatTurns.at(-2) !== turn - 2;
  const cued = toldWhy
    ? chooseBeat(persona, said.beats, beatCue, random, {
        target,
        onlyCued: true,
        storyTold,
        noQuestion: askedEnough(said),
        known,
        ...(beatNow ? {} : { advice: true }),
      })
    : undefined;
  // a long turn is one long thing told: a beat written long, not a short fact with worries after it
  const long =
    cued === undefined && beatNow && toldWhy && target >= LONG_TURN
      ? chooseBeat(persona, said.beats, beatCue, random, {
          target,
          storyTold,
          known,
          minWords: LONG_TURN - 3,
          noQuestion: askedEnough(said),
        })
      : undefined;
  const line = cued ?? long ?? contentLine(persona, said, random, beatCue, target);
  const fromBeat = line !== undefined && (line === cued || line === long);
  if (fromBeat) said.beatTurns.push(turn);
  return { line, fromBeat };
}
