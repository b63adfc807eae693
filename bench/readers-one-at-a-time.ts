/**
 * node --import tsx bench/readers-one-at-a-time.ts [--ten] [reader-name ...]
 * µs per corpus text (with --ten, per utterance of bench:coach-vs-eliza's ten) of each reader alone (prepared text, no gate), to find which reader to make cheaper.
 * Prints timings only, never texts.
 */
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../scripts/eval-understanding.ts';
import { prepare } from '../src/understanding/analyse-prepare.ts';
import { findDurations } from '../src/understanding/durations.ts';
import { analyseLanguage } from '../src/understanding/linguistic-analysis.ts';
import { normalise } from '../src/understanding/normalise.ts';
import type { ReaderContext } from '../src/understanding/reader.ts';
import { READERS } from '../src/understanding/readers.ts';
import { UTTERANCES } from './support/coach-beside-eliza.ts';

const ten = process.argv.includes('--ten');
const only = process.argv.slice(2).filter((argument) => argument !== '--ten');
const texts = ten ? [...UTTERANCES] : loadCorpus().map((entry) => entry.text);
const contexts: ReaderContext[] = texts.map((text) => {
  const normalised = normalise(text).text;
  const prepared = prepare(normalised);
  const language = analyseLanguage(normalised);
  const durations = findDurations(normalised, prepared.folded, { approximate: true });
  return { text: normalised, prepared, earlier: '', durations: () => durations, language: () => language };
});
for (const reader of READERS) {
  if (only.length > 0 && !only.includes(reader.name)) continue;
  for (const context of contexts) reader.read(context);
  let best = Number.POSITIVE_INFINITY;
  const repeats = ten ? 200 : 1;
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    for (let repeat = 0; repeat < repeats; repeat += 1) for (const context of contexts) reader.read(context);
    best = Math.min(best, ((performance.now() - started) * 1000) / (contexts.length * repeats));
  }
  console.log(`${reader.name.padEnd(24)} ${best.toFixed(1)} µs/text`);
}
