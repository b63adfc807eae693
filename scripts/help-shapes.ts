/**
 * Counts only, never items: how often tinystep's reply to each excerpt takes a shape the help lane
 * owns (stock either/or offers, generic offers, questions handed back after a miss, unasked nudges,
 * "Here's exactly what to do"). Safe on held-out sets because it prints no text.
 *
 *   node --import tsx scripts/help-shapes.ts data/blind/conversations-v19/excerpts.jsonl … [--seed 17]
 */
import { checkReply, sharesContentWord } from '../src/text/language-check.ts';
import { contextTurns, tinystepReply } from './judge-candidates.ts';
import { excerptSchema, readJsonLines } from './judge-files.ts';

const SHAPES: Record<string, RegExp> = {
  'either/or offer': /, or would you rather|or is talking what's needed|or just talk it through/i,
  'generic offer':
    /one small (thing|next step)|very small first step|one tiny (thing|first step)|small thing that's in your hands|in your control/i,
  'step offer named':
    /something very small, like this|just this: |just this much: |only this: |start with only this|a first step that small/i,
  'help handed back': /What kind of help would (make a difference|be useful)/i,
  'nudge promise': /I'll nudge you|I'll check in/i,
  'exactly what to do': /Here's exactly what to do/i,
  'fair question': /^Fair question/i,
};

const files = process.argv.slice(2).filter((arg) => arg.endsWith('.jsonl'));
const seedAt = process.argv.indexOf('--seed');
const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 17;
const tally: Record<string, number> = Object.fromEntries(Object.keys(SHAPES).map((kind) => [kind, 0]));
let replies = 0;
let overlapping = 0;
let defects = 0;
for (const file of files) {
  for (const excerpt of readJsonLines(file, excerptSchema)) {
    const turns = contextTurns(excerpt);
    const reply = await tinystepReply(excerpt, seed);
    replies += 1;
    if (sharesContentWord(reply, turns.at(-1)?.text ?? '')) overlapping += 1;
    defects += checkReply(reply, { personWords: turns.map((turn) => turn.text).join(' ') }).length;
    for (const [kind, pattern] of Object.entries(SHAPES)) if (pattern.test(reply)) tally[kind] += 1;
  }
}
console.log(
  `replies ${replies}, overlap ${((100 * overlapping) / Math.max(1, replies)).toFixed(1)}%, defects ${defects}`,
);
for (const [kind, count] of Object.entries(tally)) console.log(`${kind}: ${count}`);
