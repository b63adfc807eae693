/**
 * node --import tsx scripts/import-clinc150.ts <data_full.json>
 *
 * Takes a small, fixed sample of CLINC150 (github.com/clinc/oos-eval, data/data_full.json,
 * CC BY 3.0) into data/third-party/clinc150/items.jsonl as ordinary, request-free, risk-free
 * messages in the writers' schema: assistant commands are not a coach's requests, and they teach
 * the learned readers what everyday text looks like (fewer false check-ins and false requests).
 * Intents that overlap a coach's own requests or the turn protocol (reminders, alarms, timers,
 * to-do lists, cancel, yes/no/maybe, repeat, goodbye, texting) are left out, so the model is never
 * taught that "remind me in 10" is not a request. Deterministic: evenly spaced items per intent.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const PER_INTENT = 6;
const OUT_OF_SCOPE = 60;
const LEFT_OUT = new Set([
  'reminder',
  'reminder_update',
  'alarm',
  'timer',
  'todo_list',
  'todo_list_update',
  'cancel',
  'yes',
  'no',
  'maybe',
  'repeat',
  'goodbye',
  'text',
  'what_can_i_ask_you',
]);

const source = process.argv[2];
if (!source) {
  console.error('usage: import-clinc150.ts <path to data_full.json>');
  process.exit(2);
}
const data = JSON.parse(readFileSync(source, 'utf8')) as Record<string, Array<[string, string]>>;
const byIntent = new Map<string, string[]>();
for (const [text, intent] of data.train) {
  if (LEFT_OUT.has(intent)) continue;
  byIntent.set(intent, [...(byIntent.get(intent) ?? []), text]);
}
const evenly = (texts: string[], count: number) =>
  Array.from(
    { length: Math.min(count, texts.length) },
    (_, index) => texts[Math.floor((index * texts.length) / count)],
  );
const taken: Array<{ text: string; intent: string }> = [];
for (const intent of [...byIntent.keys()].sort())
  for (const text of evenly(byIntent.get(intent) ?? [], PER_INTENT)) taken.push({ text, intent });
for (const [text] of evenly(
  data.oos_train.map(([text]) => text),
  OUT_OF_SCOPE,
).map((text) => [text]))
  taken.push({ text, intent: 'oos' });

const lines = taken.map(({ text, intent }, index) =>
  JSON.stringify({
    id: `clinc-${String(index + 1).padStart(4, '0')}`,
    text,
    intent,
    category: 'ordinary',
    risk: null,
    otherPersonRisk: false,
    requests: [],
    body: [],
    progress: null,
  }),
);
const out = new URL('../data/third-party/clinc150/items.jsonl', import.meta.url).pathname;
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} items to ${out}`);
