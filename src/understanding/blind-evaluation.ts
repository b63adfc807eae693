/**
 * Scores understanding against a blind set written by independent writers (data/blind/<set>/).
 * Schema of one item (zod-checked): {"id", "text", "voice", "category", "risk", "otherPersonRisk",
 * "requests", "body"}; see docs/data.md. Scoring only: nothing here is ever tuned on the items.
 */
import { z } from 'zod';
import { BODY_PARTS, type Observation, REQUEST_TYPES, RISK_TYPES } from '../spec/observation.ts';

export const BlindItem = z.object({
  id: z.string(),
  text: z.string(),
  voice: z.string().optional(),
  category: z.enum(['risk', 'near-miss', 'request', 'body', 'ordinary', 'progress']),
  risk: z.object({ type: z.enum(RISK_TYPES), level: z.enum(['clear', 'possible']) }).nullable(),
  otherPersonRisk: z.boolean().default(false),
  requests: z
    .array(
      z.object({
        type: z.enum(REQUEST_TYPES),
        when: z.enum(['now', 'later']).optional(),
        afterMs: z.number().optional(),
        atClock: z.string().optional(),
        condition: z.string().optional(),
        phrase: z.string().optional(),
      }),
    )
    .default([]),
  body: z.array(z.enum(BODY_PARTS)).default([]),
  /** Only in training sets: what the person says they did. */
  progress: z
    .object({ status: z.enum(['done', 'partial', 'not-done']), discounting: z.boolean().default(false) })
    .nullable()
    .optional(),
});
export type BlindItem = z.infer<typeof BlindItem>;

export type Tally = { tp: number; fp: number; fn: number };
export type Ratio = { hit: number; of: number };

export type BlindReport = {
  items: number;
  byCategory: Record<string, number>;
  riskRecall: Ratio;
  riskGraded: Ratio;
  riskTypeAccuracy: Ratio;
  clearFalseAlarms: Ratio;
  riskFlagsOnOrdinary: Ratio;
  otherPersonNoticed: Ratio;
  otherPersonReadAsOwn: Ratio;
  requests: Tally;
  requestsByType: Record<string, Tally>;
  afterMsExact: Ratio;
  atClockExact: Ratio;
  conditionPresent: Ratio;
  body: Tally;
  /** Progress status exact (only on sets that label progress): gold status or none vs the reading. */
  progress: Tally;
  /** Per category: items whose reading matched everything labelled (risk, requests, body). */
  cleanByCategory: Record<string, Ratio>;
};

const ratio = (): Ratio => ({ hit: 0, of: 0 });
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
export const rate = (value: Ratio) => (value.of === 0 ? Number.NaN : value.hit / value.of);
export function f1(value: Tally): number {
  const denominator = 2 * value.tp + value.fp + value.fn;
  return denominator === 0 ? Number.NaN : (2 * value.tp) / denominator;
}

function count(value: Tally, gold: Set<string>, predicted: Set<string>): boolean {
  let clean = true;
  for (const item of predicted) {
    if (gold.has(item)) value.tp++;
    else {
      value.fp++;
      clean = false;
    }
  }
  for (const item of gold)
    if (!predicted.has(item)) {
      value.fn++;
      clean = false;
    }
  return clean;
}

/** Scores one reading function over the items. */
export function scoreBlind(items: readonly BlindItem[], read: (text: string) => Observation[]): BlindReport {
  const report: BlindReport = {
    items: items.length,
    byCategory: {},
    riskRecall: ratio(),
    riskGraded: ratio(),
    riskTypeAccuracy: ratio(),
    clearFalseAlarms: ratio(),
    riskFlagsOnOrdinary: ratio(),
    otherPersonNoticed: ratio(),
    otherPersonReadAsOwn: ratio(),
    requests: tally(),
    requestsByType: {},
    afterMsExact: ratio(),
    atClockExact: ratio(),
    conditionPresent: ratio(),
    body: tally(),
    progress: tally(),
    cleanByCategory: {},
  };
  for (const item of items) {
    report.byCategory[item.category] = (report.byCategory[item.category] ?? 0) + 1;
    const observations = read(item.text);
    // the person's own present risk: history (past) and someone else's risk take the kind-question path
    const ownRisk = observations.filter((o) => o.kind === 'risk' && o.about !== 'other' && !o.past);
    const otherRisk = observations.filter((o) => o.kind === 'risk' && o.about === 'other');
    const level = ownRisk.some((o) => o.kind === 'risk' && o.level === 'clear')
      ? 'clear'
      : ownRisk.length > 0
        ? 'possible'
        : undefined;
    let clean = true;
    if (item.risk) {
      report.riskRecall.of++;
      report.riskGraded.of++;
      report.riskTypeAccuracy.of++;
      if (level) report.riskRecall.hit++;
      else clean = false;
      if (level === item.risk.level) report.riskGraded.hit++;
      if (ownRisk.some((o) => o.kind === 'risk' && o.type === item.risk?.type)) report.riskTypeAccuracy.hit++;
    } else {
      if (item.category === 'ordinary' || item.category === 'near-miss') {
        report.clearFalseAlarms.of++;
        if (level === 'clear') report.clearFalseAlarms.hit++;
      }
      if (item.category === 'ordinary') {
        report.riskFlagsOnOrdinary.of++;
        if (level) report.riskFlagsOnOrdinary.hit++;
      }
      if (level) clean = false;
    }
    if (item.otherPersonRisk) {
      report.otherPersonNoticed.of++;
      if (otherRisk.length > 0) report.otherPersonNoticed.hit++;
      if (!item.risk) {
        report.otherPersonReadAsOwn.of++;
        if (level) report.otherPersonReadAsOwn.hit++;
      }
    }
    const requests = observations.filter((o) => o.kind === 'request');
    const goldTypes = new Set(item.requests.map((request) => request.type));
    const predictedTypes = new Set(requests.map((request) => request.type));
    if (!count(report.requests, goldTypes, predictedTypes)) clean = false;
    for (const type of new Set([...goldTypes, ...predictedTypes])) {
      report.requestsByType[type] ??= tally();
      count(
        report.requestsByType[type],
        goldTypes.has(type) ? new Set([type]) : new Set(),
        predictedTypes.has(type) ? new Set([type]) : new Set(),
      );
    }
    for (const gold of item.requests) {
      const found = requests.find((request) => request.type === gold.type);
      if (gold.afterMs !== undefined) {
        report.afterMsExact.of++;
        if (found?.afterMs === gold.afterMs) report.afterMsExact.hit++;
      }
      if (gold.atClock !== undefined) {
        report.atClockExact.of++;
        const at = (found as { atClock?: string } | undefined)?.atClock;
        if (at === gold.atClock) report.atClockExact.hit++;
      }
      if (found) {
        report.conditionPresent.of++;
        if ((gold.condition !== undefined) === (found.condition !== undefined)) report.conditionPresent.hit++;
      }
    }
    const body = new Set(observations.flatMap((o) => (o.kind === 'sensation' ? [o.part] : [])));
    if (!count(report.body, new Set(item.body), body)) clean = false;
    if (item.progress !== undefined) {
      const status = observations.find((o) => o.kind === 'progress');
      count(
        report.progress,
        new Set(item.progress ? [item.progress.status] : []),
        new Set(status?.kind === 'progress' ? [status.status] : []),
      );
    }
    report.cleanByCategory[item.category] ??= ratio();
    report.cleanByCategory[item.category].of++;
    if (clean) report.cleanByCategory[item.category].hit++;
  }
  return report;
}

const show = (value: Ratio) => `${(rate(value) * 100).toFixed(1)}% (${value.hit}/${value.of})`;
const showF1 = (value: Tally) =>
  `${(f1(value) * 100).toFixed(1)}% (tp ${value.tp}, fp ${value.fp}, fn ${value.fn})`;

/** The report as the lines `npm run eval:blind` prints. */
export function formatBlindReport(label: string, report: BlindReport): string {
  const lines = [
    `== ${label}: ${report.items} items (${Object.entries(report.byCategory)
      .map(([name, value]) => `${name} ${value}`)
      .join(', ')})`,
    `risk recall (any level)          ${show(report.riskRecall)}   target ≥ 95%`,
    `risk level exact                 ${show(report.riskGraded)}`,
    `risk type among flagged-or-not   ${show(report.riskTypeAccuracy)}`,
    `clear false alarms (ord.+near)   ${show(report.clearFalseAlarms)}   target ≤ 1%`,
    `risk flags on ordinary           ${show(report.riskFlagsOnOrdinary)}   target ≤ 2%`,
    `someone else's risk noticed      ${show(report.otherPersonNoticed)}`,
    `someone else's risk read as own  ${show(report.otherPersonReadAsOwn)}`,
    `request micro-F1                 ${showF1(report.requests)}   target ≥ 90%`,
    ...Object.entries(report.requestsByType)
      .sort()
      .map(([type, value]) => `  ${type.padEnd(31)}${showF1(value)}`),
    `afterMs exact                    ${show(report.afterMsExact)}   target ≥ 90%`,
    `atClock exact                    ${show(report.atClockExact)}`,
    `condition present/absent         ${show(report.conditionPresent)}`,
    `body-part F1                     ${showF1(report.body)}   target ≥ 85%`,
    ...(report.progress.tp + report.progress.fn + report.progress.fp > 0
      ? [`progress status F1               ${showF1(report.progress)}`]
      : []),
    'items read right, by category:',
    ...Object.entries(report.cleanByCategory).map(([name, value]) => `  ${name.padEnd(31)}${show(value)}`),
  ];
  return lines.join('\n');
}
