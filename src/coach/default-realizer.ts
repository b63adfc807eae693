import { createTemplateRealizer, type SyncTemplateRealizer } from '../realizer/template-realizer.ts';

/**
 * The offline template realizer. Loaded with the coach (it is small) so a nudge can be phrased
 * and said the moment its timer fires, with no await in between.
 */
export function defaultRealizer(seed: number): SyncTemplateRealizer {
  return createTemplateRealizer({ seed });
}
