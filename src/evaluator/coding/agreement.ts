/**
 * Agreement between two codings of the same items: accuracy, Cohen's kappa, recall and precision
 * of one label. Pure arithmetic; the callers decide which items count.
 */

export type Pair<Label extends string> = { gold: Label; predicted: Label };

/** Share of items where the two agree; null when there are none. */
export function accuracy<Label extends string>(pairs: readonly Pair<Label>[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter((pair) => pair.gold === pair.predicted).length / pairs.length;
}

/**
 * Cohen's kappa: agreement beyond what two coders with these label frequencies would reach by
 * chance. 1 when both coders used one and the same label throughout (nothing to disagree about),
 * null with no items.
 */
export function cohensKappa<Label extends string>(pairs: readonly Pair<Label>[]): number | null {
  if (pairs.length === 0) return null;
  const total = pairs.length;
  const goldCounts = new Map<Label, number>();
  const predictedCounts = new Map<Label, number>();
  let agreed = 0;
  for (const { gold, predicted } of pairs) {
    goldCounts.set(gold, (goldCounts.get(gold) ?? 0) + 1);
    predictedCounts.set(predicted, (predictedCounts.get(predicted) ?? 0) + 1);
    if (gold === predicted) agreed++;
  }
  const observed = agreed / total;
  let expected = 0;
  for (const [label, count] of goldCounts)
    expected += (count / total) * ((predictedCounts.get(label) ?? 0) / total);
  if (expected === 1) return observed === 1 ? 1 : 0;
  return (observed - expected) / (1 - expected);
}

/** Of the items the gold coder gave `label`, the share the other coder gave it too. */
export function recall<Label extends string>(pairs: readonly Pair<Label>[], label: Label): number | null {
  const relevant = pairs.filter((pair) => pair.gold === label);
  if (relevant.length === 0) return null;
  return relevant.filter((pair) => pair.predicted === label).length / relevant.length;
}

/** Of the items the other coder gave `label`, the share the gold coder gave it too. */
export function precision<Label extends string>(pairs: readonly Pair<Label>[], label: Label): number | null {
  const chosen = pairs.filter((pair) => pair.predicted === label);
  if (chosen.length === 0) return null;
  return chosen.filter((pair) => pair.gold === label).length / chosen.length;
}

/** A confusion table gold → predicted → count, for reports. */
export function confusion<Label extends string>(
  pairs: readonly Pair<Label>[],
): Record<string, Record<string, number>> {
  const table: Record<string, Record<string, number>> = {};
  for (const { gold, predicted } of pairs) {
    table[gold] ??= {};
    table[gold][predicted] = (table[gold][predicted] ?? 0) + 1;
  }
  return table;
}
