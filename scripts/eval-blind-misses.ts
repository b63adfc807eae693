/**
 * node --import tsx scripts/eval-blind-misses.ts --set data/blind/understanding-v5 [--root <checkout>]
 *
 * Lists every item of a SEEN blind set that understanding reads wrong (risk missed, a false flag,
 * wrong level or type, request types, afterMs / atClock, body parts), one line each, so misses can be
 * grouped by kind. Never run it on a sealed set: it prints the items.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Observation } from '../src/spec/observation.ts';
import { BlindItem } from '../src/understanding/blind-evaluation.ts';

const { values } = parseArgs({ options: { set: { type: 'string' }, root: { type: 'string' } } });
const root = resolve(values.root ?? new URL('..', import.meta.url).pathname);
const items = readFileSync(resolve(values.set ?? 'data/blind/understanding-v5', 'items.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => BlindItem.parse(JSON.parse(line)));
const { understand } = (await import(pathToFileURL(resolve(root, 'src/understanding/index.ts')).href)) as {
  understand(text: string): Observation[];
};

for (const item of items) {
  const observations = understand(item.text);
  const own = observations.filter((o) => o.kind === 'risk' && o.about !== 'other' && !o.past);
  const level = own.some((o) => o.kind === 'risk' && o.level === 'clear')
    ? 'clear'
    : own.length > 0
      ? 'possible'
      : undefined;
  const types = own.map((o) => (o.kind === 'risk' ? o.type : '')).join('+');
  const problems: string[] = [];
  if (item.risk && !level) problems.push(`RISK-MISS ${item.risk.type}/${item.risk.level}`);
  else if (item.risk && level !== item.risk.level) problems.push(`LEVEL ${item.risk.level}→${level}`);
  if (item.risk && level && !own.some((o) => o.kind === 'risk' && o.type === item.risk?.type))
    problems.push(`TYPE ${item.risk.type}→${types}`);
  if (!item.risk && level) problems.push(`FLAG-${level.toUpperCase()} ${types} (${item.category})`);
  const requests = observations.filter((o) => o.kind === 'request');
  const gold = new Set(item.requests.map((request) => request.type));
  const got = new Set(requests.map((request) => request.type));
  for (const type of gold) if (!got.has(type)) problems.push(`REQ-FN ${type}`);
  for (const type of got) if (!gold.has(type)) problems.push(`REQ-FP ${type}`);
  for (const wanted of item.requests) {
    const found = requests.find((request) => request.type === wanted.type) as
      | { afterMs?: number; atClock?: string }
      | undefined;
    if (wanted.afterMs !== undefined && found?.afterMs !== wanted.afterMs)
      problems.push(`AFTER ${wanted.afterMs}→${found?.afterMs}`);
    if (wanted.atClock !== undefined && found?.atClock !== wanted.atClock)
      problems.push(`CLOCK ${wanted.atClock}→${found?.atClock}`);
  }
  const body = new Set(observations.flatMap((o) => (o.kind === 'sensation' ? [o.part] : [])));
  for (const part of item.body) if (!body.has(part)) problems.push(`BODY-FN ${part}`);
  for (const part of body) if (!item.body.includes(part)) problems.push(`BODY-FP ${part}`);
  if (problems.length > 0) console.log(`${item.id}\t${problems.join('; ')}\t${JSON.stringify(item.text)}`);
}
