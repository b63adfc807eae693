/**
 * The person's own present risk in a text, as the risk readers' tests read it: one helper, so every
 * test file asks the same question (someone else's risk and a past one are not the person's own now).
 */
import type { RiskObservation } from '../../spec/observation.ts';
import { understand } from '../index.ts';

/** The first risk observation that is the person's own and present, if any. */
export function ownRisk(text: string): RiskObservation | undefined {
  return understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );
}

/** That risk as "type/level" ("suicide/clear"), or undefined when there is none. */
export function reading(text: string): string | undefined {
  const risk = ownRisk(text);
  return risk ? `${risk.type}/${risk.level}` : undefined;
}
