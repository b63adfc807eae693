/**
 * The template realizer: the offline default that turns a plan of moves into plain, warm text.
 * Deterministic for a given seed, turn index and history; never repeats a sentence already said.
 *
 * Content the policy writes is phrased around, so it should read as:
 * - reflect.content: a second-person clause ("your chest is tight and your head is foggy");
 * - validate.content: a short noun phrase ("the worry about mistakes");
 * - values-link.value: a noun phrase ("doing work you're proud of");
 * - steps: imperative phrases ("open the file"); explain.rationale, close.summary: whole sentences.
 *
 * @example
 * const realizer = createTemplateRealizer({ seed: 7 });
 * const turn = await realizer.realize([{ type: 'deliver-cue', phrase: 'Look at the cursor.' }], context);
 */
import type { Move } from '../spec/move.ts';
import { normalizeSentence, splitSentences } from '../text/sentences.ts';
import { effectiveBudget, fitToBudget, type RenderedMove } from './budget.ts';
import { chooseSentence, createTurnMemory, type TurnMemory } from './chooser.ts';
import type { PhraseContext } from './phrase-context.ts';
import { nudgeUnits } from './phrases-fired-nudge.ts';
import { mixSeed } from './prng.ts';
import { normalized } from './sentence-cache.ts';
import type { FiredNudge, Realization, RealizeContext, Realizer } from './types.ts';
import { cachedUnitsForMove } from './units-cache.ts';

// fatigue at which shorter phrasings are preferred, and the budget below which they are too
const SHORT_FATIGUE = 6;
const SHORT_BUDGET = 35;

function memoryFor(context: RealizeContext, seedOffset: number, budget: number): TurnMemory {
  const seed = seedOffset === 0 ? context.seed : mixSeed(context.seed, seedOffset);
  const preferShort = context.fatigue >= SHORT_FATIGUE || budget < SHORT_BUDGET;
  return createTurnMemory(seed, context.turnIndex, context.said, preferShort);
}

function phraseContext(context: RealizeContext): PhraseContext {
  return { slots: context.slots ?? {}, locale: context.locale };
}

function toRealization(sentences: readonly string[]): Realization {
  const text = sentences.join(' ');
  return { text, sentences: splitSentences(text), realizer: 'template' };
}

function realizeWithOffset(plan: readonly Move[], context: RealizeContext, seedOffset: number): Realization {
  const budget = effectiveBudget(context.wordBudget, context.fatigue);
  const memory = memoryFor(context, seedOffset, budget);
  const phrasing = phraseContext(context);
  const found = plan.find((move) => move.type === 'crisis');
  // a possible-risk check-in beside the answers the person asked for: the check-in first, then them
  const beside = found?.type === 'crisis' && found.level === 'possible' && plan.length > 1;
  const crisis = beside ? undefined : found;
  // safety first: a crisis plan is said whole, whatever the budget, with nothing but a close after it
  const moves: Placed[] = crisis
    ? [crisis, ...plan.filter((move) => move.type === 'close')].map((move) => ({ move }))
    : orderStated(plan);
  const rendered: RenderedMove[] = moves.map(({ move, stated }) => ({
    type: move.type,
    sentences: cachedUnitsForMove(move, phrasing, stated).map((unit) => chooseSentence(unit, memory)),
  }));
  const kept = crisis ? rendered : fitToBudget(rendered, budget);
  return toRealization(kept.flatMap((move) => move.sentences));
}

type Placed = { move: Move; stated?: boolean };

function stepTextOf(move: Move): string | undefined {
  if (move.type === 'shrink-step') return normalized(move.to.text);
  if (move.type === 'propose-step') return normalized(move.step.text);
  return undefined;
}

/**
 * A step is said once per turn: when the concrete answer starts with it, the shrink of that step
 * only marks it ("Let's make it smaller.") just before the answer, and its proposal just after
 * ("That is your next step."); a second move with a step already said is marked the same way.
 */
/** What a turn says anyway: a step, or a cue said now. */
function saidThisTurn(plan: readonly Move[]): string[] {
  return [
    ...plan.flatMap((move) => stepTextOf(move) ?? []),
    ...plan.flatMap((move) => (move.type === 'deliver-cue' ? [normalized(move.phrase)] : [])),
    ...plan.flatMap((move) =>
      move.type === 'answer-concrete' ? move.steps.map((step) => normalized(step)) : [],
    ),
  ].filter(Boolean);
}

function orderStated(plan: readonly Move[]): Placed[] {
  const concrete = plan.find((move) => move.type === 'answer-concrete');
  const concreteFirst =
    concrete?.type === 'answer-concrete' && concrete.steps[0] !== undefined
      ? normalized(concrete.steps[0])
      : undefined;
  const markers = plan.filter((move) => concreteFirst !== undefined && stepTextOf(move) === concreteFirst);
  const placed: Placed[] = [];
  const said = new Set<string>();
  // what this turn says anyway, read only for a nudge (most turns schedule none)
  let saidNow: string[] | undefined;
  for (const move of plan) {
    if (markers.includes(move)) continue;
    if (move === concrete) {
      // "Let's make it smaller." leads into the answer; "That is your next step." follows it
      const stated = (types: readonly Move['type'][]) =>
        markers
          .filter((marker) => types.includes(marker.type))
          .map((marker) => ({ move: marker, stated: true }));
      placed.push(...stated(['shrink-step']), { move }, ...stated(['propose-step']));
      continue;
    }
    if (move.type === 'schedule-nudge') {
      // a nudge whose words are this turn's step: its cue is named, not quoted again
      const cue = normalized(move.cue);
      saidNow ??= saidThisTurn(plan);
      const already = saidNow;
      placed.push({
        move,
        stated: cue !== '' && already.some((text) => cue.includes(text) || text.includes(cue)),
      });
      // a second nudge with the same words names them too
      saidNow.push(cue);
      continue;
    }
    if (move.type === 'hold') {
      // the nudge at the pause's end says the promise: the pause itself promises nothing twice
      const checked = plan.some((other) => other.type === 'schedule-nudge' && other.afterMs === move.afterMs);
      placed.push({ move, stated: checked });
      continue;
    }
    const text = stepTextOf(move);
    placed.push({ move, stated: text !== undefined && said.has(text) });
    if (text !== undefined) said.add(text);
  }
  return placed;
}

function realizeNudgeWithOffset(nudge: FiredNudge, context: RealizeContext, seedOffset: number): Realization {
  const memory = memoryFor(context, seedOffset, effectiveBudget(context.wordBudget, context.fatigue));
  const sentences = nudgeUnits(nudge, phraseContext(context)).map((unit) => chooseSentence(unit, memory));
  return toRealization(sentences);
}

/** Synchronous realization for hot paths (simulations run thousands of sessions). */
export function realizeTemplate(plan: readonly Move[], context: RealizeContext): Realization {
  return realizeWithOffset(plan, context, 0);
}

/** Synchronous form of `realizeNudge`: the cue, then one tiny next instruction. */
export function realizeNudgeTemplate(nudge: FiredNudge, context: RealizeContext): Realization {
  return realizeNudgeWithOffset(nudge, context, 0);
}

/** A template realizer that can also answer at once, for callers on a hot path (nudges firing). */
export type SyncTemplateRealizer = Realizer & {
  realizeSync(plan: readonly Move[], context: RealizeContext): Realization;
  realizeNudgeSync(nudge: FiredNudge, context: RealizeContext): Realization;
};

/** The template realizer behind the Realizer interface; `seed` shifts every choice (0 = none). */
export function createTemplateRealizer(options: { seed?: number } = {}): SyncTemplateRealizer {
  const seedOffset = options.seed ?? 0;
  return {
    name: 'template',
    realize: async (plan, context) => realizeWithOffset(plan, context, seedOffset),
    realizeNudge: async (nudge, context) => realizeNudgeWithOffset(nudge, context, seedOffset),
    realizeSync: (plan, context) => realizeWithOffset(plan, context, seedOffset),
    realizeNudgeSync: (nudge, context) => realizeNudgeWithOffset(nudge, context, seedOffset),
  };
}

/** Adds a realization's sentences to a said-set, normalised the way the realizer checks them. */
export function recordSaid(said: Set<string>, realization: Pick<Realization, 'sentences'>): void {
  for (const sentence of realization.sentences) said.add(normalizeSentence(sentence));
}
