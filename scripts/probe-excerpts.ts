/**
 * Development probe: for seen excerpts whose last seeker turn matches a pattern, the last turns, tinystep's
 * reply (with its move kinds) and the human reference. Seen sets only; a reading aid, not a measurement.
 *
 *   node --import tsx scripts/probe-excerpts.ts <regex> data/blind/conversations-v16/excerpts.jsonl …
 */
import { replyToTranscript } from '../src/coach/replay.ts';
import { loadSafetyConfig } from '../src/safety/load-config.ts';
import { deriveSeed } from '../src/simulator/prng.ts';
import { asTranscript, contextTurns } from './judge-candidates.ts';
import { excerptSchema, readJsonLines } from './judge-files.ts';

const [pattern, ...files] = process.argv.slice(2);
const wanted = new RegExp(pattern ?? '.', 'i');
for (const file of files) {
  for (const excerpt of readJsonLines(file, excerptSchema)) {
    const turns = contextTurns(excerpt);
    const last = turns[turns.length - 1]?.text ?? '';
    if (!wanted.test(last) && !wanted.test(excerpt.id)) continue;
    const [reply] = await replyToTranscript(asTranscript(turns), {
      which: 'last',
      seed: deriveSeed(17, excerpt.id),
      safetyConfig: loadSafetyConfig({ env: process.env }),
    });
    console.log(`== ${file.replace(/.*conversations-/, '').replace('/excerpts.jsonl', '')} ${excerpt.id}`);
    for (const turn of turns.slice(-3)) console.log(`  ${turn.role === 'seeker' ? 'P' : 'S'}: ${turn.text}`);
    console.log(`  T: ${reply?.text}  [${reply?.moves.map((move) => move.type).join(',')}]`);
    console.log(`  R: ${excerpt.reference}`);
  }
}
