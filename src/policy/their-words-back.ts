import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import { isReflectable } from '../text/reflectable.ts';
import { clauseOf } from './reflections.ts';

// what they said over the last few turns (this turn is the ask itself); more reads as a list, not a say-back
const EARLIER_TURNS = 3;

/**
 * The answer to an ask for their own words back ("type out what i said, word for word", "sum up what ive said"):
 * what they said over the last turns, in their words, and no step of ours. With nothing said yet, the plain
 * way to keep their words: type them here and copy them from the chat (no promise we cannot keep).
 */
export function theirWordsBack(state: SessionState): Move {
  // the ask's own turn is left out when it was heard ("type out what i said" is no words to keep)
  const askTurn = state.heard.length > 0 && state.statements.includes(state.heard[state.heard.length - 1]);
  const end = askTurn ? state.heard.length - 1 : state.heard.length;
  const earlier = state.heard
    .slice(Math.max(0, end - EARLIER_TURNS), end)
    .filter((item) => isReflectable(item.text));
  if (earlier.length > 0) return { type: 'summarize', clauses: earlier.map(clauseOf), answers: 'concrete' };
  return {
    type: 'answer-concrete',
    steps: ['type what you want to keep here, in your own words, then copy it from the chat into your notes'],
    answers: 'concrete',
  };
}
