/**
 * A rule's `clear` risk that the learned risk reader finds all but impossible is asked about first:
 * read as `possible` (the direct check-in question; a "yes" to it is the crisis) rather than the crisis
 * reply on an ordinary message ("I am killing myself with work, 12 hours every day", "for my psych essay,
 * what are the common warning signs of suicide?"). Measured leave-one-set-out
 * (scripts/eval-leave-one-out.ts, docs/notes/round-2026-12-06-r7-understanding.md). The model failing or
 * missing changes nothing: the rule's reading stands.
 */
import { modelRiskProbability } from './model-readers.ts';
import type { ExplainedObservation, ReaderContext } from './reader.ts';
import { poisonTaken } from './risk-cues-now.ts';

// round 14, with the model trained on v17–v24 too: 0.02 → 0.05 measured leave-one-set-out over v20–v23 took
// `clear` false alarms on ordinary and near-miss messages from 4 to 2 of 1,331 with the graded level unchanged
export const CLEAR_DOUBTED_BELOW = 0.05;

const ruleClearOwn = (item: ExplainedObservation, folded: string) =>
  item.source === 'rule' &&
  item.observation.kind === 'risk' &&
  item.observation.level === 'clear' &&
  item.observation.about !== 'other' &&
  !item.observation.past &&
  !poisonTaken(folded.slice(item.observation.span[0], item.observation.span[1]));

export function withDoubtedClear(
  explained: ExplainedObservation[],
  context: ReaderContext,
): ExplainedObservation[] {
  const folded = context.prepared.folded;
  if (!explained.some((item) => ruleClearOwn(item, folded))) return explained;
  let probability: number | undefined;
  try {
    probability = modelRiskProbability(context);
  } catch {
    return explained;
  }
  if (probability === undefined || probability >= CLEAR_DOUBTED_BELOW) return explained;
  return explained.map((item) =>
    ruleClearOwn(item, folded) && item.observation.kind === 'risk'
      ? { ...item, observation: { ...item.observation, level: 'possible' } }
      : item,
  );
}
