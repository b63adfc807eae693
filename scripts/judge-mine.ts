/**
 * Mines the seen blind-judge runs (data/judge): tinystep's replies with the rater's overall score and
 * note, grouped by reply shape (regex proxies) and by complaint kind in the notes. Counts only; seen
 * sets only. Why: to choose what to build from what the rater actually rewarded and punished.
 *
 *   node --import tsx scripts/judge-mine.ts [--list]
 */
import { readdirSync, readFileSync } from 'node:fs';

type Rating = { id: string; label: string; overall: number; note: string };
type Row = { run: string; id: string; reply: string; last: string; overall: number; note: string };

const dir = 'data/judge';
const rows: Row[] = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith('-ratings.jsonl'))) {
  const run = file.replace('-ratings.jsonl', '');
  const key = JSON.parse(readFileSync(`${dir}/${run}-key.json`, 'utf8')).items as Record<
    string,
    Record<string, string>
  >;
  const blind = new Map<
    string,
    { context: { role: string; text: string }[]; candidates: { label: string; text: string }[] }
  >();
  for (const line of readFileSync(`${dir}/${run}-blind.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const item = JSON.parse(line);
    blind.set(item.id, item);
  }
  for (const line of readFileSync(`${dir}/${file}`, 'utf8').split('\n').filter(Boolean)) {
    const rating = JSON.parse(line) as Rating;
    if (key[rating.id]?.[rating.label] !== 'tinystep') continue;
    const item = blind.get(rating.id);
    const reply = item?.candidates.find((candidate) => candidate.label === rating.label)?.text ?? '';
    const last = item?.context.at(-1)?.text ?? '';
    rows.push({ run, id: rating.id, reply, last, overall: rating.overall, note: rating.note });
  }
}

const SHAPES: Record<string, RegExp> = {
  'stock probe':
    /What has this been like for you|Can you tell me more about that|What has been going on with that lately|What else is going on around that/i,
  'that is a lot': /That's a lot to be dealing with|That sounds (really )?(hard|wearing)|weighing on you/i,
  'says back (So/It sounds)': /^(So |It sounds like|You're saying|I hear)/,
  'step offer': /small(est)? first step|Next tiny step|Would it help to look for one small/i,
  'fair enough': /Fair enough/i,
  crisis: /\b988\b|Samaritans|116 123|thinking about (killing|hurting)/i,
  'one sentence': /^[^.?!]*[.?!]$/,
  'has question': /\?/,
};
const COMPLAINTS: Record<string, RegExp> = {
  generic: /generic|stock|boilerplate|canned|formula/i,
  ignores: /ignor|misses|doesn't (engage|address|respond)|passes over|overlooks|not what/i,
  garbled: /garbl|awkward|ungrammatical|nonsens|incoheren|broken|odd phrasing|mangled/i,
  parrot: /parrot|echo|repeats? (back|their)|restat/i,
  crisis: /crisis|safety|hotline|alarm|overreact/i,
  'wrong reading': /misread|misinterpret|wrong|inaccura|invent|assum/i,
  'too pushy/step': /step|task|push|premature|advice/i,
  cold: /cold|flat|robotic|clinical/i,
};

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
console.log(
  `tinystep replies rated: ${rows.length}, mean overall ${mean(rows.map((r) => r.overall)).toFixed(2)}`,
);
console.log(
  `overall ≥3: ${rows.filter((r) => r.overall >= 3).length}, ≤1: ${rows.filter((r) => r.overall <= 1).length}`,
);
console.log('\nshape: n, mean, n≥3, n≤1');
for (const [shape, pattern] of Object.entries(SHAPES)) {
  const hit = rows.filter((row) => pattern.test(row.reply));
  console.log(
    `  ${shape}: ${hit.length}, ${mean(hit.map((r) => r.overall)).toFixed(2)}, ${hit.filter((r) => r.overall >= 3).length}, ${hit.filter((r) => r.overall <= 1).length}`,
  );
}
console.log('\ncomplaint kind in notes: n, mean overall');
for (const [kind, pattern] of Object.entries(COMPLAINTS)) {
  const hit = rows.filter((row) => pattern.test(row.note));
  console.log(`  ${kind}: ${hit.length}, ${mean(hit.map((r) => r.overall)).toFixed(2)}`);
}
if (process.argv.includes('--list')) {
  for (const row of rows.sort((a, b) => b.overall - a.overall)) {
    console.log(
      `\n${row.run}/${row.id} ${row.overall}\n  P: ${row.last}\n  T: ${row.reply}\n  N: ${row.note}`,
    );
  }
}
