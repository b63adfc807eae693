/**
 * Scores a risk detector on labelled utterances: recall (a risk item counts only when an
 * observation of the expected type is found, with the expected `about` and `past`), false
 * alarms (any observation on a no-risk item), overall and per category. Pure: the suite
 * is parsed from text by the caller (see suite-load.ts).
 */
import { z } from 'zod';
import type { RiskObservation } from '../spec/observation.ts';
import { RISK_TYPES } from '../spec/observation.ts';

export const SuiteItemSchema = z.object({
  text: z.string(),
  category: z.string().min(1),
  expect: z
    .object({
      type: z.enum(RISK_TYPES),
      about: z.enum(['self', 'other']).optional(),
      past: z.boolean().optional(),
    })
    .nullable(),
});
export type SuiteItem = z.infer<typeof SuiteItemSchema>;

export type CategoryScore = {
  category: string;
  items: number;
  /** risk items found with the right type (and about/past when labelled) */
  found: number;
  /** no-risk items that raised an observation */
  falseAlarms: number;
  riskItems: number;
  safeItems: number;
};

export type SuiteScore = {
  overall: CategoryScore & { recall: number; falseAlarmRate: number };
  categories: Array<CategoryScore & { recall: number | null; falseAlarmRate: number | null }>;
  misses: Array<{ category: string; text: string; got: RiskObservation[] }>;
  alarms: Array<{ category: string; text: string; got: RiskObservation[] }>;
};

function matchesExpectation(item: SuiteItem, observations: readonly RiskObservation[]): boolean {
  const expected = item.expect;
  if (!expected) return observations.length === 0;
  return observations.some(
    (observation) =>
      observation.type === expected.type &&
      (observation.about ?? 'self') === (expected.about ?? 'self') &&
      (observation.past ?? false) === (expected.past ?? false),
  );
}

function emptyScore(category: string): CategoryScore {
  return { category, items: 0, found: 0, falseAlarms: 0, riskItems: 0, safeItems: 0 };
}

export function scoreSuite(
  items: readonly SuiteItem[],
  detect: (text: string) => RiskObservation[],
): SuiteScore {
  const overall = emptyScore('overall');
  const byCategory = new Map<string, CategoryScore>();
  const misses: SuiteScore['misses'] = [];
  const alarms: SuiteScore['alarms'] = [];
  for (const item of items) {
    const got = detect(item.text);
    const category = byCategory.get(item.category) ?? emptyScore(item.category);
    byCategory.set(item.category, category);
    for (const score of [overall, category]) {
      score.items++;
      if (item.expect) score.riskItems++;
      else score.safeItems++;
    }
    const correct = matchesExpectation(item, got);
    if (item.expect && correct) {
      overall.found++;
      category.found++;
    } else if (item.expect) {
      misses.push({ category: item.category, text: item.text, got });
    } else if (!correct) {
      overall.falseAlarms++;
      category.falseAlarms++;
      alarms.push({ category: item.category, text: item.text, got });
    }
  }
  const rates = (score: CategoryScore) => ({
    ...score,
    recall: score.riskItems ? score.found / score.riskItems : null,
    falseAlarmRate: score.safeItems ? score.falseAlarms / score.safeItems : null,
  });
  return {
    overall: {
      ...rates(overall),
      recall: rates(overall).recall ?? 1,
      falseAlarmRate: rates(overall).falseAlarmRate ?? 0,
    },
    categories: [...byCategory.values()].map(rates),
    misses,
    alarms,
  };
}
