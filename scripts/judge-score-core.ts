/**
 * Unblinding and the figures: mean per system per dimension, and wins (best overall per excerpt;
 * a tie splits the win between the tied systems).
 */
import {
  DIMENSIONS,
  type Dimension,
  type JudgeKey,
  type Rating,
  SYSTEMS,
  type SystemName,
} from './judge-files.ts';

export type SystemFigures = { rated: number; means: Record<Dimension, number>; wins: number };
export type JudgeFigures = {
  excerpts: number;
  systems: Record<SystemName, SystemFigures>;
  unmatched: number;
};

export function scoreRatings(ratings: readonly Rating[], key: JudgeKey): JudgeFigures {
  const sums = Object.fromEntries(
    SYSTEMS.map((system) => [
      system,
      { rated: 0, totals: Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) },
    ]),
  ) as Record<SystemName, { rated: number; totals: Record<string, number> }>;
  const wins = Object.fromEntries(SYSTEMS.map((system) => [system, 0])) as Record<SystemName, number>;
  const overallByExcerpt = new Map<string, Map<SystemName, number>>();
  let unmatched = 0;
  for (const rating of ratings) {
    const system = key.items[rating.id]?.[rating.label];
    if (!system) {
      unmatched++;
      continue;
    }
    sums[system].rated++;
    for (const dimension of DIMENSIONS) sums[system].totals[dimension] += rating[dimension];
    const scores = overallByExcerpt.get(rating.id) ?? new Map<SystemName, number>();
    scores.set(system, rating.overall);
    overallByExcerpt.set(rating.id, scores);
  }
  for (const scores of overallByExcerpt.values()) {
    const best = Math.max(...scores.values());
    const winners = [...scores].filter(([, value]) => value === best).map(([system]) => system);
    for (const system of winners) wins[system] += 1 / winners.length;
  }
  const systems = Object.fromEntries(
    SYSTEMS.map((system) => {
      const { rated, totals } = sums[system];
      const means = Object.fromEntries(
        DIMENSIONS.map((dimension) => [dimension, rated ? totals[dimension] / rated : Number.NaN]),
      ) as Record<Dimension, number>;
      return [system, { rated, means, wins: wins[system] }];
    }),
  ) as Record<SystemName, SystemFigures>;
  return { excerpts: overallByExcerpt.size, systems, unmatched };
}

export function figuresTable(figures: JudgeFigures): string {
  const header = `| system | rated | ${DIMENSIONS.join(' | ')} | wins |`;
  const rule = `| --- | --- | ${DIMENSIONS.map(() => '---').join(' | ')} | --- |`;
  const rows = SYSTEMS.map((system) => {
    const { rated, means, wins } = figures.systems[system];
    const cells = DIMENSIONS.map((dimension) => means[dimension].toFixed(2));
    return `| ${system} | ${rated} | ${cells.join(' | ')} | ${wins.toFixed(1)} |`;
  });
  return [header, rule, ...rows].join('\n');
}
