/**
 * node --import tsx scripts/understanding-snapshot.ts [--write FILE]
 * A fingerprint of what understanding reads and what the coach answers, for checking that a speed
 * change changed nothing: run it on the base commit and on the change, and compare the digests (or
 * diff the files written with --write). It reads every utterance of the corpus, the training sets
 * and the blind understanding sets (measured only: the items are never printed), a few rewritten
 * forms of each (upper case, "I'm", chat spacing), and plays coach sessions over them.
 * Prints counts and SHA-256 digests only; the file holds observations, never the texts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VirtualClock } from '../src/clock/index.ts';
import { createCoachSession } from '../src/coach/coach-session.ts';
import { settle } from '../src/coach/replay.ts';
import { analyse } from '../src/understanding/index.ts';
import { loadCorpus } from './eval-understanding.ts';

const args = process.argv.slice(2);
const writeTo = args.includes('--write') ? args[args.indexOf('--write') + 1] : undefined;

function itemTexts(directory: string): string[] {
  const file = join(directory, 'items.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => String(JSON.parse(line).text ?? ''));
}

function setTexts(root: string, prefix: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => name.startsWith(prefix))
    .sort()
    .flatMap((name) => itemTexts(join(root, name)));
}

const base = [
  ...loadCorpus().map((entry) => entry.text),
  ...setTexts('data/train', 'understanding-'),
  ...setTexts('data/blind', 'understanding-'),
];
// rewritten forms reach the normaliser's and the analysis's other paths
const texts = base.flatMap((text) => [
  text,
  text.toUpperCase(),
  text.replace(/\bI am\b/g, "I'm"),
  `${text.split(' ').join('  ')}?`,
]);

const digest = (lines: readonly string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');

const readings = texts.map((text) => {
  const analysis = analyse(text);
  return JSON.stringify({
    explained: analysis.explained,
    truncated: analysis.truncated,
    failed: analysis.failedReaders,
  });
});
const observations = readings.reduce((sum, line) => sum + (line.match(/"kind"/g)?.length ?? 0), 0);

// coach sessions of 8 turns over the base texts, in order: every reply and move is kept
const replies: string[] = [];
const sessions = Math.ceil(base.length / 8);
for (let session = 0; session < sessions; session++) {
  const clock = new VirtualClock(0);
  const coach = createCoachSession({ clock, seed: session, sessionId: `s${session}` });
  await coach.open();
  for (let turn = 0; turn < 8; turn++) {
    const text = base[session * 8 + turn];
    if (text === undefined) break;
    const reply = await coach.receive(text);
    replies.push(JSON.stringify(reply));
    clock.advance(20_000);
    await settle();
  }
}

console.log(`utterances: ${texts.length} (${base.length} base), observations: ${observations}`);
console.log(`understanding digest: ${digest(readings)}`);
console.log(`coach turns: ${replies.length}, digest: ${digest(replies)}`);
if (writeTo) writeFileSync(writeTo, `${[...readings, ...replies].join('\n')}\n`);
