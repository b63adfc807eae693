/**
 * npm run eval:blind [-- --set data/blind/understanding-v1] [-- --root <checkout>] [-- --json]
 *
 * Scores understand() on a blind set written by independent writers. `--root` scores another
 * checkout's understand() (for the first-run figure on the code before any change), with this
 * checkout's scoring. Prints aggregate figures only: the items are never shown, so nobody tunes
 * on them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Observation } from '../src/spec/observation.ts';
import { BlindItem, formatBlindReport, scoreBlind } from '../src/understanding/blind-evaluation.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'data/blind/understanding-v1' },
    root: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const root = resolve(values.root ?? new URL('..', import.meta.url).pathname);
const setDirectory = resolve(values.set ?? 'data/blind/understanding-v1');
const items = readFileSync(resolve(setDirectory, 'items.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line, index) => {
    const parsed = BlindItem.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(`items.jsonl line ${index + 1} is not a blind item: fix the set or the schema`);
    return parsed.data;
  });
const module = (await import(pathToFileURL(resolve(root, 'src/understanding/index.ts')).href)) as {
  understand(text: string): Observation[];
};
const started = performance.now();
const report = scoreBlind(items, module.understand);
const elapsed = performance.now() - started;
if (values.json) console.log(JSON.stringify(report));
else {
  console.log(formatBlindReport(`${setDirectory.split('/').pop()} read by ${root}`, report));
  console.log(`(${(elapsed / items.length).toFixed(2)} ms per item)`);
}
