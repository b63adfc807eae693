/**
 * A question about the exact thing the turn gave (issue 17, round 18), in place of one that could
 * follow anything: "What's the hardest part of that for you?", "Can you tell me more about that?",
 * a noun of the turn ("What comes up for you when you think about…?") or their line pasted into a
 * frame ("How is it for you, that…?"). On the fresh set these rated 1–2 ("generic", "stilted"); the
 * human references asked about what was just said in plain words. The anchor is read from the last
 * turn only (understanding/content-anchor.ts); with none, the question is left as it was.
 */
import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { LifeTopic, Observation } from '../spec/observation.ts';
import { isStockEnding } from './stock-ending.ts';

// the endings an anchor replaces: a stock probe, a noun of the turn, their line in a frame
const REPLACED = new Set(['thing', 'said']);
// an action held off or someone gone quiet is the point of the turn: asked about over a question on
// the task's next thing ("What would you want the reply to his texts to say?" after "i dont reply to his
// texts anymore") or a concern's stock line ("If they could really hear one thing from you…")
const STRONG = new Set(['holding-off', 'gone-quiet']);
const OUTRANKED = new Set(['next-thing', 'what-happens', 'concern']);

// topics where a noun of the turn is never the point
const HEAVY_TOPICS = new Set<LifeTopic>(['grief', 'health', 'breakup']);

// what the turn did that a question of its own already answers: their question, a turning down
const ANSWERED_ELSEWHERE = new Set<Observation['kind']>([
  'their-question',
  'turned-down',
  'risk',
  'scope-question',
]);

/**
 * The anchored question and the moves before it, or undefined when the ending stays: the turn gave
 * no anchor, or the ending already asks about something of theirs.
 */
export function anchorQuestion(
  state: SessionState,
  observations: readonly Observation[],
  moves: readonly Move[],
  ending: Move,
): { moves: Move[]; ending: Move } | undefined {
  if (ending.type !== 'open-question') return undefined;
  const weak = isStockEnding(ending) || REPLACED.has(ending.about);
  if (!weak && !OUTRANKED.has(ending.about)) return undefined;
  if (observations.some((item) => ANSWERED_ELSEWHERE.has(item.kind))) return undefined;
  const found = observations.find((item) => item.kind === 'content-anchor');
  if (!found || (!weak && !STRONG.has(found.anchor.anchor))) return undefined;
  // a thing named beside a loss or an illness is not asked about as "the story with…": the loss is the point
  if (found.anchor.anchor === 'phrase' && state.lifeTopics.some((topic) => HEAVY_TOPICS.has(topic)))
    return undefined;
  const [start, end] = found.span;
  // a say-back of the very words the question names would say them twice ("You're not telling your
  // wife. What's making you hold off on telling your wife?"): the question leans on the say-back
  // (or an affirmation of the effort that names them: "you made car parts")
  const echoed = moves.some(
    (move) =>
      (move.type === 'reflect-clause' && move.clause.span[0] < end && move.clause.span[1] > start) ||
      (move.type === 'affirm' && move.effort.span[0] < end && move.effort.span[1] > start),
  );
  // (a thing of the turn already said back leaves nothing plain to ask about it: the ending stays)
  if (echoed && found.anchor.anchor === 'phrase') return undefined;
  const anchor = echoed ? { ...found.anchor, echoed: true as const } : found.anchor;
  return { moves: [...moves], ending: { type: 'open-question', about: 'anchor', anchor } };
}
