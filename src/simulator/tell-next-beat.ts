/**
 * One beat of the client's story told in a turn (the simulator): the next line of what is on their
 * mind, with the rest of the same story entry when the turn runs long. Split from choose-words.ts.
 */
import { SENTENCE } from './assemble-turn.ts';
import type { SaidLines } from './client-content.ts';
import { storyBeat, storyLines } from './client-content.ts';
import { nextContent } from './next-content.ts';
import type { Persona } from './persona-schema.ts';
import type { habitsOf } from './personal-habits.ts';
import type { Random } from './prng.ts';
import { isPushback } from './story-beats.ts';

/** A short yes before a push-back contradicts it ("yes exactly. I've tried that"). */
export const AGREEMENT =
  /^\W*(yes|yeah|yep|ya|exactly|literally yes|right|true|that's it|this is it)\b[^a-z]*\w{0,12}\W*$/i;

export const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

export type BeatContext = {
  persona: Persona;
  habits: ReturnType<typeof habitsOf>;
  said: SaidLines;
  random: Random;
  turn: number;
  cue: Parameters<typeof nextContent>[3]['cue'];
  target: number;
  mayPushBack: boolean;
};

/** Adds the next beat of their story to the turn's pieces (in place), when there is one. */
export function tellNextBeat(pieces: string[], context: BeatContext): void {
  const { persona, habits, said, random, turn, cue, target, mayPushBack } = context;
  const at = said.storyIndex;
  const story = storyLines(persona);
  const { line, fromBeat } = nextContent(persona, said, random, {
    turn,
    cue,
    target,
    mayPushBack,
  });
  if (line) {
    // (a scene says what it answers: "Right, angry…" or "not exactly, the worst was friday…",
    // a stock reaction glued before a story beat, was a blind reader's tell in round 7)
    // (only a yes, a no or a "that's it": a step report before a scene is news of its own)
    if (wordsIn(line) >= 8) {
      const stock = new Set(
        (['YES', 'NO', 'HEARD', 'MISHEARD', 'MINIMAL'] as const).flatMap((key) => habits.lines[key]),
      );
      const kept = pieces.filter((piece) => !stock.has(piece) && !AGREEMENT.test(piece));
      pieces.splice(0, pieces.length, ...kept);
    }
    const previous = pieces.at(-1);
    // a push-back is the reaction itself: "yes exactly" before "I've tried that" contradicted it
    if (isPushback(persona, line)) {
      said.pushbackTurns.push(turn);
      const kept = pieces.filter((piece) => !AGREEMENT.test(piece));
      pieces.splice(0, pieces.length, ...kept);
    }
    pieces.push(
      previous !== undefined && pieces.length > 0 && wordsIn(previous) > 3 ? `${SENTENCE}${line}` : line,
    );
    // (the rest of the same story entry when the turn runs long: one entry is one thing told)
    const entry = !fromBeat && at < story.length ? storyBeat(persona, at) : undefined;
    while (
      entry !== undefined &&
      said.storyIndex < story.length &&
      storyBeat(persona, said.storyIndex) === entry &&
      wordsIn(pieces.join(' ')) < target - 2
    )
      pieces.push(`${SENTENCE}${story[said.storyIndex++]}`);
  }
}
