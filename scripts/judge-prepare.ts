/**
 * npm run judge:prepare -- --excerpts <file.jsonl> --out <dir> [--seed N]
 *
 * Writes a blind file for a rater: per excerpt the context turns and three candidate next replies
 * (the reference a human supporter wrote, tinystep's, ELIZA's) under shuffled labels A/B/C.
 * The key goes to `<dir>-key/key.json`, a separate folder the rater never sees.
 * Excerpt lines: {"id","topic","voice","turns":[{"role":"seeker"|"supporter","text"}],"reference"}.
 */
import './one-line-errors.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contextTurns, elizaReply, tinystepReply } from './judge-candidates.ts';
import { type BlindItem, excerptSchema, LABELS, readJsonLines, shuffleKey } from './judge-files.ts';
import { raterInstructions } from './judge-rater.ts';

const { values } = parseArgs({
  options: { excerpts: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '17' } },
});
if (!values.excerpts || !values.out) {
  console.error('judge:prepare: --excerpts <file> and --out <dir> are required');
  process.exit(2);
}
const seed = Number(values.seed);
const out = resolve(values.out);
const keyDirectory = `${out.replace(/\/+$/, '')}-key`;
const excerpts = readJsonLines(resolve(values.excerpts), excerptSchema);
const key = shuffleKey(
  excerpts.map((excerpt) => excerpt.id),
  seed,
);

const items: BlindItem[] = [];
for (const excerpt of excerpts) {
  const texts = {
    reference: excerpt.reference,
    tinystep: await tinystepReply(excerpt, seed),
    eliza: await elizaReply(excerpt, seed),
  };
  const labels = key.items[excerpt.id];
  items.push({
    id: excerpt.id,
    context: contextTurns(excerpt),
    candidates: LABELS.map((label) => ({ label, text: texts[labels[label]] })),
  });
}

mkdirSync(out, { recursive: true });
mkdirSync(keyDirectory, { recursive: true });
writeFileSync(resolve(out, 'blind.jsonl'), `${items.map((item) => JSON.stringify(item)).join('\n')}\n`);
writeFileSync(resolve(out, 'RATER.md'), raterInstructions(items.length));
writeFileSync(resolve(keyDirectory, 'key.json'), `${JSON.stringify(key, null, 2)}\n`);
console.log(`judge:prepare: ${items.length} excerpts → ${out}/blind.jsonl; key → ${keyDirectory}/key.json`);
