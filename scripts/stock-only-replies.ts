/**
 * Counts tinystep's replies on seen excerpt sets that end on a stock question (one that names nothing
 * of theirs: "What's the hardest part of that for you?") and those where the stock question is the whole
 * reply. Raters marked both as filler (issue 17); the whole-reply ones came mostly after a short line.
 * Seen sets only; the same seed as judge:prepare's default gives the same replies the raters see.
 *
 *   node --import tsx scripts/stock-only-replies.ts [--seed 16] [--show] data/blind/conversations-v2{0..8}
 *
 * `--all` lists every reply (id, last line of theirs, reply), so two runs can be diffed to read what changed.
 */
import { parseArgs } from 'node:util';
import { splitSentences } from '../src/text/sentences.ts';
import { tinystepReply } from './judge-candidates.ts';
import { excerptSchema, readJsonLines } from './judge-files.ts';

// the questions (and their statement forms) the realizer falls back to when nothing of theirs is named
// (phrases-questions.ts 'hardest-part' and its default)
const STOCK = new Set(
  [
    "What's the hardest part of that for you?",
    'What feels hardest about it right now?',
    'What stands out most to you in that?',
    'What do you make of that, yourself?',
    'Can you tell me more about that?',
    "Tell me a bit more about that, if you'd like.",
    "I'd like to hear more, if you want to say.",
    "I'm listening, if there's more you want to say.",
    'Say a little more about that, if you like.',
    "Tell me more whenever you're ready.",
  ].map((line) => line.toLowerCase()),
);

// a leading filler word the realizer may put before a question ("Mm. …"), not a reply of its own
const FILLER = /^(?:mm|okay|ok|right|i see|yeah)[.,!]?\s*/i;

const isStock = (sentence: string) => STOCK.has(sentence.replace(FILLER, '').trim().toLowerCase());

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'string', default: '16' },
    show: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
let replies = 0;
let ending = 0;
let whole = 0;
for (const dir of positionals) {
  const file = dir.endsWith('.jsonl') ? dir : `${dir}/excerpts.jsonl`;
  let setEnding = 0;
  let setWhole = 0;
  const excerpts = readJsonLines(file, excerptSchema);
  for (const excerpt of excerpts) {
    const reply = await tinystepReply(excerpt, seed);
    const sentences = splitSentences(reply).filter((sentence) => sentence.trim() !== '');
    const last = sentences.at(-1) ?? '';
    if (values.all) {
      const seeker = excerpt.turns.filter((turn) => turn.role === 'seeker').at(-1)?.text ?? '';
      console.log(`REPLY  ${excerpt.id}  P: ${seeker}\n        T: ${reply}`);
    }
    if (!isStock(last)) continue;
    setEnding += 1;
    const alone = sentences.every(isStock);
    if (alone) setWhole += 1;
    if (values.show) {
      const seeker = excerpt.turns.filter((turn) => turn.role === 'seeker').at(-1)?.text ?? '';
      console.log(`${alone ? 'WHOLE ' : 'ENDING'} ${excerpt.id}  P: ${seeker}\n        T: ${reply}`);
    }
  }
  replies += excerpts.length;
  ending += setEnding;
  whole += setWhole;
  console.log(
    `${dir.padEnd(36)} ${String(excerpts.length).padStart(4)} replies, stock ending ${setEnding}, whole reply ${setWhole}`,
  );
}
console.log(
  `${'all'.padEnd(36)} ${String(replies).padStart(4)} replies, stock ending ${ending}, whole reply ${whole}`,
);
