/**
 * Development measure (issue 16/17, r16 checkins lane): over seen conversation excerpts, which replies are a
 * check-in or crisis reply, and — against the labelled fixture test/fixtures/checkin-census.json — how many
 * of those are unwarranted (nothing in the seeker's own turns is about harm to self or others, or abuse) and
 * how many warranted ones were kept. Seen sets only: a reading aid and a guard, not a fresh-data figure.
 *
 *   node --import tsx scripts/checkin-census.ts [--list] [--json out.jsonl] data/blind/conversations-vN/excerpts.jsonl …
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadSafetyConfig } from '../src/safety/load-config.ts';
import { censusReply } from './checkin-replies.ts';
import { excerptSchema, readJsonLines } from './judge-files.ts';

type Label = { key: string; warranted: boolean; why: string };
const args = process.argv.slice(2);
const list = args.includes('--list');
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const files = args.filter((arg, index) => arg.endsWith('.jsonl') && (jsonAt < 0 || index !== jsonAt + 1));
const labels: Label[] = JSON.parse(readFileSync('test/fixtures/checkin-census.json', 'utf8'));
const labelOf = new Map(labels.map((label) => [label.key, label]));

// read once: the same for every excerpt
const safetyConfig = loadSafetyConfig({ env: process.env });
const rows: string[] = [];
const counts = { replies: 0, checkins: 0, unwarranted: 0, warranted: 0, unlabelled: 0 };
const keptWarranted = new Set<string>();
for (const file of files) {
  const set = file.replace(/.*conversations-/, '').replace('/excerpts.jsonl', '');
  for (const excerpt of readJsonLines(file, excerptSchema)) {
    const reply = await censusReply(excerpt, safetyConfig);
    counts.replies++;
    const crisis = reply.crisis;
    if (!crisis) continue;
    counts.checkins++;
    const key = `${set}/${excerpt.id}`;
    const label = labelOf.get(key);
    if (!label) counts.unlabelled++;
    else if (label.warranted) {
      counts.warranted++;
      keptWarranted.add(key);
    } else counts.unwarranted++;
    const kind = `${crisis.riskType}/${crisis.level ?? '-'}/${crisis.phase ?? '-'}${crisis.gentle ? '/gentle' : ''}`;
    if (list) {
      console.log(
        `== ${key} ${kind} ${label ? (label.warranted ? 'WARRANTED' : 'UNWARRANTED') : 'UNLABELLED'}`,
      );
      for (const turn of excerpt.turns.slice(-4))
        console.log(`  ${turn.role === 'seeker' ? 'P' : 'S'}: ${turn.text}`);
      console.log(`  T: ${reply.text}`);
      console.log(`  R: ${excerpt.reference}`);
    }
    rows.push(JSON.stringify({ key, kind, text: reply.text }));
  }
}
const lost = labels
  .filter((label) => label.warranted && !keptWarranted.has(label.key))
  .map((label) => label.key);
console.log(
  `replies ${counts.replies}, check-ins ${counts.checkins}: unwarranted ${counts.unwarranted}, warranted ${counts.warranted}, unlabelled ${counts.unlabelled}; warranted lost ${lost.length}${lost.length ? ` (${lost.join(' ')})` : ''}`,
);
if (jsonOut) writeFileSync(jsonOut, `${rows.join('\n')}\n`);
