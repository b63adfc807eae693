/**
 * How often the turn-hinge reader (understanding/turn-hinge.ts) finds what a turn turns on: the share
 * of last seeker turns with a hinge, per kind, over conversation sets; `--show N` prints N of them
 * with their hinges, to read for accuracy.
 *
 *   node --import tsx scripts/hinge-reach.ts data/blind/conversations-v{1..23}/excerpts.jsonl [--show 40] [--min-words 8]
 */
import { analyse } from '../src/understanding/analyse.ts';
import { excerptSchema, readJsonLines } from './judge-files.ts';

const files = process.argv.slice(2).filter((arg) => arg.endsWith('.jsonl'));
const showAt = process.argv.indexOf('--show');
const show = showAt > 0 ? Number(process.argv[showAt + 1]) : 0;
// `--min-words N`: only turns of at least N words (a bare "ye" turns on the turn before it)
const minAt = process.argv.indexOf('--min-words');
const minWords = minAt > 0 ? Number(process.argv[minAt + 1]) : 0;
let turns = 0;
let withHinge = 0;
const byKind = new Map<string, number>();
const shown: string[] = [];
for (const file of files)
  for (const excerpt of readJsonLines(file, excerptSchema)) {
    const last = excerpt.turns.findLast((turn) => turn.role === 'seeker');
    if (!last || last.text.trim().split(/\s+/).length < minWords) continue;
    turns += 1;
    const hinges = analyse(last.text).observations.flatMap((item) => (item.kind === 'hinge' ? [item] : []));
    if (hinges.length > 0) withHinge += 1;
    for (const hinge of hinges) byKind.set(hinge.hinge, (byKind.get(hinge.hinge) ?? 0) + 1);
    shown.push(
      `${excerpt.id} P: ${last.text}\n${hinges.map((item) => `   ${item.hinge}: ${item.words}${item.who ? ` [${item.who}]` : ''}`).join('\n') || '   (none)'}`,
    );
  }
console.log(
  `last seeker turns: ${turns}; with a hinge: ${withHinge} (${((100 * withHinge) / turns).toFixed(1)}%)`,
);
for (const [kind, count] of [...byKind].sort((left, right) => right[1] - left[1]))
  console.log(`  ${kind}: ${count}`);
// an even spread over the sets, so a sample is not one set's voices
const step = show > 0 ? Math.max(1, Math.floor(shown.length / show)) : 0;
for (let index = 0; show > 0 && index < shown.length && index / step < show; index += step)
  console.log(shown[index]);
