import type { CrisisResource } from '../spec/move.ts';
import type { RiskType } from '../spec/observation.ts';
import { DEFAULT_SAFETY_CONFIG, regionResources, type SafetyConfig } from './config.ts';

/**
 * Who to reach right now, most fitting first: emergency services lead for a medical emergency;
 * abuse lines lead for abuse; crisis lines lead otherwise, with emergency services after them.
 * @example resourcesFor('en-US')[0].contact === 'call or text 988'
 */
export function resourcesFor(
  locale: string,
  config: SafetyConfig = DEFAULT_SAFETY_CONFIG,
  riskType: RiskType = 'suicide',
): CrisisResource[] {
  const region = regionResources(locale, config);
  const ordered =
    riskType === 'medical-emergency'
      ? [region.emergency, ...region.crisis]
      : riskType === 'abuse'
        ? [...(region.abuse ?? []), region.emergency, ...region.crisis]
        : [...region.crisis, region.emergency];
  const seen = new Set<string>();
  return ordered
    .filter((resource) => {
      const key = resource.contact.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((resource) => ({ ...resource }));
}
