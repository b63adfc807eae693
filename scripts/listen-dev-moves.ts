/**
 * A development view for the listening lane: for each excerpt, the person's last turn, tinystep's
 * reply and the moves behind it (types and depths only, no slot text). Reads seen dev sets only.
 *
 *   node --import tsx scripts/listen-dev-moves.ts data/blind/conversations-v16/excerpts.jsonl [--id c014]
 */
import { replyToTranscript } from '../src/coach/replay.ts';
import { loadSafetyConfig } from '../src/safety/load-config.ts';
import { deriveSeed } from '../src/simulator/prng.ts';
import { asTranscript, contextTurns } from './judge-candidates.ts';
import { excerptSchema, readJsonLines } from './judge-files.ts';

const files = process.argv.slice(2).filter((arg) => arg.endsWith('.jsonl'));
const idAt = process.argv.indexOf('--id');
const only = idAt > 0 ? process.argv[idAt + 1] : undefined;
for (const file of files)
  for (const excerpt of readJsonLines(file, excerptSchema)) {
    if (only && excerpt.id !== only) continue;
    const turns = asTranscript(contextTurns(excerpt));
    const [reply] = await replyToTranscript(turns, {
      which: 'last',
      seed: deriveSeed(17, excerpt.id),
      safetyConfig: loadSafetyConfig({ env: process.env }),
    });
    const moves = (reply.moves ?? []).map((move: { type: string; depth?: string; about?: string }) =>
      [move.type, move.depth ?? move.about].filter(Boolean).join(':'),
    );
    console.log(`${excerpt.id} ${moves.join(' ')}\n  P: ${turns.at(-1)?.text}\n  T: ${reply.text}\n`);
  }
