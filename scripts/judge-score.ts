/**
 * npm run judge:score -- --dir <dir> --key <dir>-key/key.json [--name label]
 *
 * Unblinds `<dir>/ratings.jsonl` with the key, prints the mean per system per dimension and the
 * wins (best overall per excerpt, ties split), and writes a Markdown record to docs/judge/.
 */
import './one-line-errors.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { keySchema, ratingSchema, readJsonLines } from './judge-files.ts';
import { figuresTable, scoreRatings } from './judge-score-core.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, key: { type: 'string' }, name: { type: 'string' } },
});
if (!values.dir || !values.key) {
  console.error('judge:score: --dir <dir> and --key <key.json> are required');
  process.exit(2);
}
const directory = resolve(values.dir);
const key = keySchema.parse(JSON.parse(readFileSync(resolve(values.key), 'utf8')));
const ratings = readJsonLines(resolve(directory, 'ratings.jsonl'), ratingSchema);
const figures = scoreRatings(ratings, key);
const table = figuresTable(figures);
const name = values.name ?? basename(directory);
console.log(
  `${name}: ${figures.excerpts} excerpts rated, ${ratings.length} ratings (${figures.unmatched} unmatched)`,
);
console.log(table);

const docs = resolve(import.meta.dirname, '../docs/judge');
mkdirSync(docs, { recursive: true });
const record = `# Blind judge: ${name}

Scored ${new Date().toISOString().slice(0, 16)} UTC with
\`npm run judge:score -- --dir ${values.dir} --key ${values.key}\`.
${figures.excerpts} excerpts, ${ratings.length} ratings, ${figures.unmatched} not matched to the key.
Means 1–5 per system; wins = best overall per excerpt, ties split.

${table}
`;
writeFileSync(resolve(docs, `${name}.md`), record);
console.log(`record → docs/judge/${name}.md`);
