import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { LifeTopic, Observation } from '../spec/observation.ts';
import { countWords } from '../text/sentences.ts';
import { UNANCHORED } from './listen-questions.ts';
import { turnNamesHardship } from './turn-shape-question.ts';
import { POSITIVE_FEELINGS } from './words.ts';

const HEAVY_TOPICS = new Set<LifeTopic>(['grief', 'breakup', 'loneliness']);
// a say-back this long says something on its own; a shorter one ("You're 81.") left alone read as a
// bare fragment (round 9, conversations-v15: bare say-backs 2.02 → 1.69, "flat echo")
const SAYS_ENOUGH_WORDS = 6;
// a turn this long is someone talking, not answering a question
const TALKING_WORDS = 8;

/** True when the question is one that names nothing of theirs ("What's the hardest part of that for you?"). */
export function isStockEnding(ending: Move): boolean {
  return ending.type === 'open-question' && UNANCHORED.has(ending.about) && !ending.clause && !ending.thing;
}

/**
 * Whether this turn's say-back is the whole reply, its stock question left unasked. A reflection or
 * an affirmation is a complete reply when the person has just said something heavy or hard: the
 * stock probe after it ("You were the one who nursed her for four years. What feels hardest about it
 * right now?") was the ending blind raters marked most on the seen v24/v26 sets, 45 of 126 replies,
 * rated 1–2 ("generic", "template"). The probe stays after a fragment too short to stand, and on a
 * turn that told nothing hard (there round 9's bare say-backs read as a flat echo).
 */
export function sayBackStandsAlone(
  state: SessionState,
  observations: readonly Observation[],
  moves: readonly Move[],
  ending: Move,
): boolean {
  if (!isStockEnding(ending)) return false;
  if (weighedAndHeavy(state, moves, ending)) return true;
  const heavy = isHeavy(state);
  const saysEnough = moves.some(
    (move) =>
      move.type === 'affirm' ||
      move.type === 'reflect-feeling' ||
      (move.type === 'reflect-clause' && countWords(move.clause.text) >= SAYS_ENOUGH_WORDS),
  );
  // (or they are talking, not answering: venting, telling it, a joke told against themselves)
  const talking =
    state.lastClientWords >= TALKING_WORDS && !observations.some((item) => item.kind === 'their-question');
  return saysEnough && (heavy || talking || turnNamesHardship(state, observations));
}

/**
 * A heavy thing they just told, already said back with its weight ("That's a hard place to be."): no
 * question at all, neither the stock one nor one about the turn's hinge (rounds 11–12).
 */
export function weighedAndHeavy(state: SessionState, moves: readonly Move[], ending: Move): boolean {
  const weighed = moves.some(
    (move) => move.type === 'reflect-clause' && (move.depth === 'meaning' || move.depth === 'feeling'),
  );
  return isStockEnding(ending) && weighed && isHeavy(state);
}

// heavy: a painful feeling, a harsh word about themselves, or a loss
function isHeavy(state: SessionState): boolean {
  return (
    (state.emotionNow !== undefined && !POSITIVE_FEELINGS.has(state.emotionNow)) ||
    state.selfJudgement !== undefined ||
    state.lifeTopics.some((topic) => HEAVY_TOPICS.has(topic))
  );
}
