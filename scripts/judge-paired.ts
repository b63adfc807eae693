/**
 * The blind judge, paired: one rater rates two versions of tinystep side by side, so the difference
 * between them is not swamped by the drift between raters (two raters of the same replies differed by
 * 0.25 of 5 in round 19). Built from two judge:prepare folders of the same excerpts (base and end).
 *
 *   npm run judge:paired -- prepare --base DIR --end DIR --out DIR [--seed N]
 *   npm run judge:paired -- score --dir DIR --key DIR-key/key.json
 *
 * `prepare` reads each folder's blind.jsonl and the key beside it (`DIR-key/key.json`). Per excerpt the
 * rater sees the reference, ELIZA's reply and tinystep's base reply, plus tinystep's end reply when it
 * differs (three or four candidates, shuffled by the seed; a reply both versions gave is shown once).
 * `score` prints the means per system (base and end each counting the shared replies) and, over the
 * excerpts whose reply changed, base against end as rated by the same rater.
 */
import './one-line-errors.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createRandom } from '../src/simulator/prng.ts';
import { TinystepError } from '../src/spec/errors.ts';
import { blindItemSchema, DIMENSIONS, keySchema, ratingSchema, readJsonLines } from './judge-files.ts';
import { raterInstructions } from './judge-rater.ts';

const PAIRED_LABELS = ['A', 'B', 'C', 'D'] as const;
const PAIRED_SOURCES = ['reference', 'eliza', 'base', 'end', 'both'] as const;
type PairedSource = (typeof PAIRED_SOURCES)[number];
export const pairedKeySchema = z.object({
  seed: z.number().int(),
  items: z.record(z.string(), z.partialRecord(z.enum(PAIRED_LABELS), z.enum(PAIRED_SOURCES))),
});
// the judge's rating line, with a fourth label
const pairedRatingSchema = ratingSchema.extend({ label: z.enum(PAIRED_LABELS) });

interface Texts {
  context: z.infer<typeof blindItemSchema>['context'];
  reference: string;
  eliza: string;
  tinystep: string;
}

/** Each excerpt's texts by system, from a judge:prepare folder and its key. */
function readPrepared(directory: string): Map<string, Texts> {
  const key = keySchema.parse(
    JSON.parse(readFileSync(`${directory.replace(/\/+$/, '')}-key/key.json`, 'utf8')),
  );
  const texts = new Map<string, Texts>();
  for (const item of readJsonLines(resolve(directory, 'blind.jsonl'), blindItemSchema)) {
    const bySystem = Object.fromEntries(
      item.candidates.map((candidate) => [key.items[item.id][candidate.label], candidate.text]),
    );
    texts.set(item.id, {
      context: item.context,
      reference: bySystem.reference,
      eliza: bySystem.eliza,
      tinystep: bySystem.tinystep,
    });
  }
  return texts;
}

/** The paired blind items and key: a reply both versions gave is one candidate ("both"). */
export function pairItems(base: Map<string, Texts>, end: Map<string, Texts>, seed: number) {
  const random = createRandom(seed);
  const items: { id: string; context: Texts['context']; candidates: { label: string; text: string }[] }[] =
    [];
  const key: Record<string, Record<string, PairedSource>> = {};
  for (const [id, before] of base) {
    const after = end.get(id);
    if (!after)
      throw new TinystepError('invalid-input', `excerpt ${id} is in the base folder but not the end one`, {
        hint: 'prepare both from the same excerpts',
      });
    const candidates: { source: PairedSource; text: string }[] = [
      { source: 'reference', text: before.reference },
      { source: 'eliza', text: before.eliza },
    ];
    if (before.tinystep === after.tinystep) candidates.push({ source: 'both', text: before.tinystep });
    else candidates.push({ source: 'base', text: before.tinystep }, { source: 'end', text: after.tinystep });
    for (let index = candidates.length - 1; index > 0; index--) {
      const other = random.int(index + 1);
      [candidates[index], candidates[other]] = [candidates[other], candidates[index]];
    }
    key[id] = Object.fromEntries(
      candidates.map((candidate, index) => [PAIRED_LABELS[index], candidate.source]),
    );
    items.push({
      id,
      context: before.context,
      candidates: candidates.map((candidate, index) => ({
        label: PAIRED_LABELS[index],
        text: candidate.text,
      })),
    });
  }
  return { items, key: { seed, items: key } };
}

/** Means per system and the same rater's base-against-end over the excerpts whose reply changed. */
export function scorePaired(
  ratings: z.infer<typeof pairedRatingSchema>[],
  key: z.infer<typeof pairedKeySchema>,
) {
  const sums: Record<string, { count: number; totals: Record<string, number> }> = {};
  const add = (system: string, rating: (typeof ratings)[number]) => {
    sums[system] ??= { count: 0, totals: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, 0])) };
    sums[system].count++;
    for (const dimension of DIMENSIONS) sums[system].totals[dimension] += rating[dimension];
  };
  const changed = new Map<string, { base?: number; end?: number }>();
  for (const rating of ratings) {
    const source = key.items[rating.id]?.[rating.label as (typeof PAIRED_LABELS)[number]];
    if (!source) continue;
    if (source === 'both') {
      add('tinystep base', rating);
      add('tinystep end', rating);
    } else if (source === 'base' || source === 'end') {
      add(`tinystep ${source}`, rating);
      changed.set(rating.id, { ...changed.get(rating.id), [source]: rating.overall });
    } else add(source, rating);
  }
  const pairs = [...changed.values()].filter((pair) => pair.base !== undefined && pair.end !== undefined) as {
    base: number;
    end: number;
  }[];
  return {
    means: Object.fromEntries(
      Object.entries(sums).map(([system, { count, totals }]) => [
        system,
        {
          count,
          means: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, totals[dimension] / count])),
        },
      ]),
    ),
    changed: {
      count: pairs.length,
      base: pairs.reduce((sum, pair) => sum + pair.base, 0) / (pairs.length || 1),
      end: pairs.reduce((sum, pair) => sum + pair.end, 0) / (pairs.length || 1),
      endBetter: pairs.filter((pair) => pair.end > pair.base).length,
      endWorse: pairs.filter((pair) => pair.end < pair.base).length,
    },
  };
}

if (process.argv[1]?.endsWith('judge-paired.ts')) {
  const [command] = process.argv.slice(2);
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: {
      base: { type: 'string' },
      end: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '17' },
      dir: { type: 'string' },
      key: { type: 'string' },
    },
  });
  if (command === 'prepare' && values.base && values.end && values.out) {
    const { items, key } = pairItems(
      readPrepared(resolve(values.base)),
      readPrepared(resolve(values.end)),
      Number(values.seed),
    );
    const out = resolve(values.out);
    mkdirSync(out, { recursive: true });
    mkdirSync(`${out}-key`, { recursive: true });
    writeFileSync(resolve(out, 'blind.jsonl'), `${items.map((item) => JSON.stringify(item)).join('\n')}\n`);
    const lines = items.reduce((sum, item) => sum + item.candidates.length, 0);
    writeFileSync(resolve(out, 'RATER.md'), raterInstructions(items.length, { lines }));
    writeFileSync(resolve(`${out}-key`, 'key.json'), `${JSON.stringify(key, null, 2)}\n`);
    const changed = Object.values(key.items).filter((labels) => Object.values(labels).includes('end')).length;
    console.log(
      `judge-paired: ${items.length} excerpts (${changed} with a changed reply) → ${out}/blind.jsonl; key → ${out}-key/key.json`,
    );
  } else if (command === 'score' && values.dir && values.key) {
    const key = pairedKeySchema.parse(JSON.parse(readFileSync(resolve(values.key), 'utf8')));
    const { means, changed } = scorePaired(
      readJsonLines(resolve(values.dir, 'ratings.jsonl'), pairedRatingSchema),
      key,
    );
    console.log(
      `| system | rated | ${DIMENSIONS.join(' | ')} |\n| --- | --- |${DIMENSIONS.map(() => ' --- |').join('')}`,
    );
    for (const [system, { count, means: figures }] of Object.entries(means))
      console.log(
        `| ${system} | ${count} | ${DIMENSIONS.map((dimension) => figures[dimension].toFixed(2)).join(' | ')} |`,
      );
    console.log(
      `changed replies: ${changed.count}; overall base ${changed.base.toFixed(2)} → end ${changed.end.toFixed(2)} (same rater); end better ${changed.endBetter}, worse ${changed.endWorse}`,
    );
  } else {
    console.error(
      'judge-paired: use `prepare --base DIR --end DIR --out DIR [--seed N]` or `score --dir DIR --key FILE`',
    );
    process.exit(2);
  }
}
