/**
 * A development view of the blind judge's sets: for every excerpt, the person's last turn,
 * tinystep's reply and the human reference, one block each, plus a tally of reply defects by kind
 * (regex proxies for the raters' complaints, not a score). Reads seen dev sets only.
 *
 *   node --import tsx scripts/judge-dev.ts data/blind/conversations-v1/excerpts.jsonl … [--seed 17]
 */

import { checkReply, contentWords, sharesContentWord } from '../src/text/language-check.ts';
import { contextTurns, tinystepReply } from './judge-candidates.ts';
import { excerptSchema, readJsonLines } from './judge-files.ts';

// a worry said earlier in the chat ("what if…", "scared that…"): a reply that shares a content word
// with it takes it up (a proxy for the rater's "links to the worry said earlier")
const EARLIER_WORRY =
  /\b(?:what if|scared|afraid|terrified|worried|worry|worries|if i fail|if i don'?t|dread)\b/i;

const DEFECTS: Record<string, RegExp> = {
  crisis: /\b988\b|Samaritans|116 123|are you thinking about (killing|hurting) yourself|Hotline/i,
  'us line': /\b988\b|\b911\b|1-800/,
  'stock question':
    /What has this been like for you|What's that been like for you|How has that been for you|Can you tell me more about that|What else is going on around that|What has helped|What have you tried|What has been going on with that lately|What makes it so hard, do you think|What part of this feels biggest/i,
  'task named':
    /think(ing)? (of|about) (starting on|working on|studying for)|getting .* done give you|to get .* done\?|working on the /i,
  'step offer': /small(est)? first step|tiny first step|Next tiny step|Your next step|When you're ready, /i,
  'stock weight': /weighing on you|That sounds really wearing|That's a hard place to be/i,
};

const files = process.argv.slice(2).filter((arg) => arg.endsWith('.jsonl'));
const seedAt = process.argv.indexOf('--seed');
const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 17;
const tally: Record<string, number> = Object.fromEntries(Object.keys(DEFECTS).map((kind) => [kind, 0]));
let replies = 0;
let words = 0;
let overlapping = 0;
let withWorry = 0;
let tookUpWorry = 0;
let defects = 0;
for (const file of files) {
  for (const excerpt of readJsonLines(file, excerptSchema)) {
    const turns = contextTurns(excerpt);
    const last = turns[turns.length - 1]?.text ?? '';
    const reply = await tinystepReply(excerpt, seed);
    replies += 1;
    words += reply.split(/\s+/).filter(Boolean).length;
    if (sharesContentWord(reply, last)) overlapping += 1;
    defects += checkReply(reply, { personWords: turns.map((turn) => turn.text).join(' ') }).length;
    const worries = turns
      .slice(0, -1)
      .filter((turn) => turn.role === 'seeker' && EARLIER_WORRY.test(turn.text))
      .map((turn) => turn.text);
    if (worries.length > 0) {
      withWorry += 1;
      const lastWords = contentWords(last);
      const replyWords = [...contentWords(reply)].filter((word) => !lastWords.has(word));
      if (worries.some((worry) => replyWords.some((word) => contentWords(worry).has(word)))) tookUpWorry += 1;
    }
    const kinds = Object.entries(DEFECTS)
      .filter(([, pattern]) => pattern.test(reply))
      .map(([kind]) => kind);
    for (const kind of kinds) tally[kind] = (tally[kind] ?? 0) + 1;
    const tag = file.match(/conversations-(v\d+)/)?.[1] ?? file;
    console.log(
      `${tag}/${excerpt.id} [${kinds.join(', ')}]\n  P: ${last}\n  T: ${reply}\n  R: ${excerpt.reference}\n`,
    );
  }
}
console.log(`replies ${replies}, mean words ${(words / Math.max(1, replies)).toFixed(1)}`);
console.log(
  `share a content word with the last turn: ${overlapping} (${((100 * overlapping) / Math.max(1, replies)).toFixed(1)}%)`,
);
console.log(
  `take up an earlier worry (a content word of it not in the last turn): ${tookUpWorry} of ${withWorry}`,
);
console.log(`language-check defects: ${defects}`);
for (const [kind, count] of Object.entries(tally)) console.log(`${kind}: ${count}`);
