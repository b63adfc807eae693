/**
 * Folds the readers' observations into one reading: the rules' details win where they exist
 * (a rule's nudge carries its delay and condition), a learned reader fills in only what the rules
 * did not see, and a risk said twice is kept once at its most urgent level.
 */
import type { Observation, ObservationKind } from '../spec/observation.ts';
import type { ExplainedObservation, Reader } from './reader.ts';

// learned readers whose every reading is of one kind that mergeReadings drops whenever a rule read that
// kind: a model request when the rules heard any request, the model's progress when a rule read progress
const OUTRANKED_BY_RULES: Readonly<Record<string, ObservationKind>> = {
  'request-model': 'request',
  'progress-model': 'progress',
};

/**
 * The kind whose rule reading makes all of `reader`'s readings ones mergeReadings would drop, so
 * analyse() need not run it once a rule has read that kind (undefined: always run it).
 */
export function outrankingRuleKind(
  reader: Pick<Reader, 'name' | 'source' | 'kinds'>,
): ObservationKind | undefined {
  if (reader.source !== 'model') return undefined;
  const kind = OUTRANKED_BY_RULES[reader.name];
  // only while the reader can give nothing else: a new kind from it would be lost
  return kind !== undefined && reader.kinds.length === 1 && reader.kinds[0] === kind ? kind : undefined;
}

const keyOf = (observation: Observation): string | undefined => {
  if (observation.kind === 'request') return `request:${observation.type}`;
  if (observation.kind === 'progress') return 'progress';
  if (observation.kind === 'risk')
    return `risk:${observation.about ?? 'self'}:${observation.past ? 'past' : 'now'}`;
  return undefined;
};

export function mergeReadings(explained: readonly ExplainedObservation[]): ExplainedObservation[] {
  const ruled = new Set<string>();
  for (const item of explained) {
    const key = keyOf(item.observation);
    if (key && item.source === 'rule') ruled.add(key);
  }
  // a request the rules heard is what the person asked; the model speaks only when the rules heard none
  const rulesHeardRequest = explained.some(
    (item) => item.source === 'rule' && item.observation.kind === 'request',
  );
  const kept: ExplainedObservation[] = [];
  for (const item of explained) {
    const key = keyOf(item.observation);
    if (key && item.source === 'model' && ruled.has(key)) continue;
    if (item.source === 'model' && item.observation.kind === 'request' && rulesHeardRequest) continue;
    if (item.observation.kind === 'risk' && duplicateRisk(kept, item)) continue;
    // one sensation per body part: the first reader's (the closed-list rules, then plain words)
    const part = item.observation.kind === 'sensation' ? item.observation.part : undefined;
    if (
      part &&
      kept.some((other) => other.observation.kind === 'sensation' && other.observation.part === part)
    )
      continue;
    kept.push(item);
  }
  return kept;
}

/** True when an overlapping risk of the same type, whose and time is kept; raises its level if needed. */
function duplicateRisk(kept: ExplainedObservation[], item: ExplainedObservation): boolean {
  const risk = item.observation;
  if (risk.kind !== 'risk') return false;
  for (const other of kept) {
    const seen = other.observation;
    if (seen.kind !== 'risk' || seen.type !== risk.type) continue;
    if ((seen.about ?? 'self') !== (risk.about ?? 'self') || Boolean(seen.past) !== Boolean(risk.past))
      continue;
    if (seen.span[1] <= risk.span[0] || risk.span[1] <= seen.span[0]) continue;
    if (risk.level === 'clear' && seen.level === 'possible') {
      other.observation = {
        ...seen,
        level: 'clear',
        span: [Math.min(seen.span[0], risk.span[0]), Math.max(seen.span[1], risk.span[1])],
      };
      other.confidence = Math.max(other.confidence, item.confidence);
    }
    return true;
  }
  return false;
}
