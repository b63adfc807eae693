/**
 * The contract of a scheduled nudge's words (spec/move.ts NudgeWords), checked: the types say an
 * `about` goes only beside an empty cue; this says what the types cannot: a cue is words or nothing,
 * and an `about` is words.
 */
import type { Move, MoveOf } from '../spec/move.ts';

// a cue is words: something to say when it fires, with a letter or a digit in it
const HAS_WORDS = /[\p{L}\p{N}]/u;

/** Why a schedule-nudge breaks its words' contract, or undefined when it keeps it (other moves: undefined). */
export function nudgeWordsProblem(move: Move): string | undefined {
  if (move.type !== 'schedule-nudge') return undefined;
  const nudge: MoveOf<'schedule-nudge'> = move;
  if (nudge.cue !== '' && !HAS_WORDS.test(nudge.cue)) return 'cue is neither words nor empty';
  if (nudge.cue !== '' && nudge.about !== undefined) return 'about beside a cue of its own';
  if (nudge.about !== undefined && !HAS_WORDS.test(nudge.about)) return 'about is not words';
  return undefined;
}
