import type { SessionRecord } from './session-record.ts';

/** One row of `tinystep bench --json`: means per session for one persona × therapist. */
export type BenchRun = {
  persona: string;
  therapist: string;
  sessions: number;
  completedSteps: number;
  distressDelta: number;
  dropout: number;
  /** Mean client-felt "heard" at the end (0–10); null when no client could say. */
  heard: number | null;
  /** Mean client turns of change talk and of sustain talk per session. */
  changeTalk: number;
  sustainTalk: number;
  /** Mean client turn at which the dropouts left; null when nobody left. */
  dropoutTurn: number | null;
  unmetRequests: number;
  promisesKept: number;
  repeats: number;
  turns: number;
};

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** The mean of the known values, rounded; null when none is known. */
function meanOrNull(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : round(mean(known));
}

/** Groups records by persona × therapist (in the order they first appear) and averages them. */
export function summarizeRuns(records: readonly SessionRecord[]): BenchRun[] {
  const groups = new Map<string, SessionRecord[]>();
  for (const record of records) {
    const key = `${record.persona}\u0000${record.therapist}`;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.values()].map((group) => ({
    persona: group[0].persona,
    therapist: group[0].therapist,
    sessions: group.length,
    completedSteps: round(mean(group.map((record) => record.completedSteps))),
    distressDelta: round(mean(group.map((record) => record.distressDelta))),
    dropout: round(mean(group.map((record) => (record.dropout ? 1 : 0)))),
    heard: meanOrNull(group.map((record) => record.heardEnd)),
    changeTalk: round(mean(group.map((record) => record.changeTalk))),
    sustainTalk: round(mean(group.map((record) => record.sustainTalk))),
    dropoutTurn: meanOrNull(group.map((record) => record.dropoutTurn)),
    unmetRequests: round(mean(group.map((record) => record.unmetRequests))),
    promisesKept: round(mean(group.map((record) => record.promisesKept))),
    repeats: round(mean(group.map((record) => record.repeats))),
    turns: round(mean(group.map((record) => record.turns))),
  }));
}

/** A Markdown table of bench runs, one row per persona × therapist. */
export function markdownTable(runs: readonly BenchRun[]): string {
  const header =
    '| persona | therapist | sessions | felt heard | change : sustain talk | dropout | dropout turn | distress Δ | steps done | unmet requests | promises kept | repeats | turns |';
  const rule = '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const orDash = (value: number | null, digits: number) => (value === null ? '–' : value.toFixed(digits));
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const rows = runs.map(
    (run) =>
      `| ${run.persona} | ${run.therapist} | ${run.sessions} | ${orDash(run.heard, 1)} | ${run.changeTalk.toFixed(1)} : ${run.sustainTalk.toFixed(1)} | ${percent(run.dropout)} | ${orDash(run.dropoutTurn, 1)} | ${run.distressDelta.toFixed(2)} | ${run.completedSteps.toFixed(2)} | ${percent(run.unmetRequests)} | ${percent(run.promisesKept)} | ${run.repeats.toFixed(2)} | ${run.turns.toFixed(1)} |`,
  );
  return [header, rule, ...rows].join('\n');
}
