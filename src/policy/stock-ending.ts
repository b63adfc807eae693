import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { LifeTopic, Observation } from '../spec/observation.ts';
import { countWords } from '../text/sentences.ts';
import { carriesMeaning } from './carries-meaning.ts';
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
      // (a say-back that is only their words again never stands: a bare echo, r19 lead)
      (move.type === 'reflect-clause' &&
        countWords(move.clause.text) >= SAYS_ENOUGH_WORDS &&
        carriesMeaning(move)),
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
    (move) =>
      move.type === 'reflect-clause' &&
      (move.depth === 'meaning' || move.depth === 'feeling') &&
      carriesMeaning(move),
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

// the clause opens on who it is about
const OWN_SUBJECT =
  /^(?:i|i'm|im|i've|ive|i'd|i'll|my|he|she|they|he's|she's|they're|hes|shes|we|we're|our|his|her|their|everyone|everybody|nobody|no one|it's|its|there's|theres)\b/i;
// it ends on a word that points back at something unsaid ("it feels like it", "i expect it does"), or
// only says what it is not ("it's not that deep")
const VAGUE = /\b(?:it|does|do|did|is|was|that|this|so)[.!]?$|^(?:it's|its|it is) not\b/i;

// a line this long is a short one: its plain say-back and a stock question made the whole reply
const SHORT_LINE_WORDS = 10;

/**
 * A short line said back plainly, with a stock question after it ("You're saying she never accepted
 * Maja. What's the hardest part of that for you?"): asked about in their words instead, one question
 * ("What's it like for you, that she never accepted Maja?"). Raters on the fresh v29 set marked the
 * echo "flat parroting" and the question "generic"; what scored 3–4 was a question about the exact
 * thing just said (round 16 lead classes). Undefined when the reply is anything else.
 */
export function askedInTheirWords(
  state: SessionState,
  moves: readonly Move[],
  ending: Move,
): Move[] | undefined {
  if (!isStockEnding(ending) || state.lastClientWords > SHORT_LINE_WORDS || moves.length !== 1)
    return undefined;
  const [only] = moves;
  if (only.type !== 'reflect-clause' || only.depth !== 'simple' || only.other) return undefined;
  // (a clause from this turn: one carried from the turn before has no span of its own here)
  if (only.clause.span[1] === 0) return undefined;
  // a clause with its own subject, that says something of its own: "that" + "taking the kids to school
  // yourself" or "it feels like it" asked about reads as garble or as nothing
  if (!OWN_SUBJECT.test(only.clause.text) || VAGUE.test(only.clause.text.trim())) return undefined;
  return [{ type: 'open-question', about: 'said', clause: only.clause }];
}
