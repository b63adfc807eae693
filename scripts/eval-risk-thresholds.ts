/**
 * node --import tsx scripts/eval-risk-thresholds.ts [--sets data/blind/understanding-v5,data/blind/understanding-v6]
 *
 * Sweeps the risk-model reader's operating point (gated / weak-gate / ungated probabilities, and a wider
 * gate) on labelled sets the shipped model never trained on, and on the unlabelled real-style client turns
 * (data/blind/realism*\/human-set*.jsonl, seeker turns of conversations-v*). Prints one row per setting:
 * risk recall, risk flags on ordinary, `clear` false alarms (ordinary + near-miss), turns read as own risk.
 * Prints counts only, never text.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyse } from '../src/understanding/analyse.ts';
import { BlindItem } from '../src/understanding/blind-evaluation.ts';
import { featureRowsOf } from '../src/understanding/model/feature-rows.ts';
import { scoreHead } from '../src/understanding/model/linear-model.ts';
import { understandingModel } from '../src/understanding/model/load-model.ts';
import { type RiskModelThresholds, riskModelReaderAt } from '../src/understanding/model-readers.ts';
import { READERS } from '../src/understanding/readers.ts';
import { jsonLines, realStyleTurns } from './real-style-turns.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { sets: { type: 'string' } } });
const sets = (values.sets ?? 'data/blind/understanding-v5,data/blind/understanding-v6').split(',');

const lines = jsonLines;

const items = sets.flatMap((set) => lines(join(ROOT, set, 'items.jsonl')).map((raw) => BlindItem.parse(raw)));

const turns = realStyleTurns();

// "i", "im", "me", "my", "myself": the wider gate opens on any first-person sentence with a negative or state word
const FIRST_PERSON = /\b(?:i|im|i'm|ive|i've|me|my|myself)\b/;
const NEGATIVE_STATE =
  /\b(?:not|no|never|cant|can't|dont|don't|nothing|nobody|anymore|tired|done|over|enough|end|gone|alone|hate|worthless|pointless|hopeless|empty|numb|last|goodbye|better off|burden|without me)\b/;
const firstPersonNegative = (folded: string) => FIRST_PERSON.test(folded) && NEGATIVE_STATE.test(folded);

function levelOf(text: string, readers: typeof READERS): 'clear' | 'possible' | undefined {
  const own = analyse(text, { readers }).observations.filter(
    (o) => o.kind === 'risk' && o.about !== 'other' && !o.past,
  );
  if (own.some((o) => o.kind === 'risk' && o.level === 'clear')) return 'clear';
  return own.length > 0 ? 'possible' : undefined;
}

function riskProbability(text: string): number {
  const model = understandingModel();
  return model ? (scoreHead(model, 'risk', featureRowsOf(model, text))?.probabilities[0] ?? 0) : 0;
}

/** clearBar: a rule's `clear` is read as `possible` (a check-in) when the model's risk probability is below it. */
function row(name: string, thresholds: RiskModelThresholds, clearBar = 0) {
  const readers = READERS.map((reader) =>
    reader.name === 'risk-model' ? riskModelReaderAt(thresholds) : reader,
  );
  let hit = 0;
  let risky = 0;
  let ordinaryFlags = 0;
  let ordinary = 0;
  let clearFalse = 0;
  let calm = 0;
  let clearKept = 0;
  let clearGold = 0;
  const read = (text: string) => {
    const level = levelOf(text, readers);
    return level === 'clear' && clearBar > 0 && riskProbability(text) < clearBar ? 'possible' : level;
  };
  for (const item of items) {
    const level = read(item.text);
    if (item.risk?.level === 'clear') {
      clearGold++;
      if (level === 'clear') clearKept++;
    }
    if (item.risk) {
      risky++;
      if (level) hit++;
      continue;
    }
    if (item.category === 'ordinary') {
      ordinary++;
      if (level) ordinaryFlags++;
    }
    if (item.category === 'ordinary' || item.category === 'near-miss') {
      calm++;
      if (level === 'clear') clearFalse++;
    }
  }
  const flagged = turns.filter((turn) => read(turn) !== undefined).length;
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
  console.log(
    `| ${name} | ${pct(hit, risky)} | ${pct(ordinaryFlags, ordinary)} | ${pct(clearFalse, calm)} | ${pct(clearKept, clearGold)} | ${flagged} of ${turns.length} |`,
  );
}

console.log(`sets: ${sets.join(', ')}`);
console.log(
  '| gated / weak / ungated | risk recall | flags on ordinary | clear false alarms | gold clear read clear | real-style turns flagged |',
);
console.log('|---|---|---|---|---|---|');
const grid: Array<[number, number, number]> = [
  [0.3, 0.9, 0.95],
  [0.2, 0.9, 0.95],
  [0.15, 0.9, 0.95],
  [0.1, 0.9, 0.95],
  [0.3, 0.8, 0.95],
  [0.3, 0.7, 0.95],
  [0.3, 0.5, 0.95],
  [0.3, 0.9, 0.9],
  [0.3, 0.9, 0.8],
  [0.3, 0.9, 0.7],
  [0.2, 0.8, 0.9],
  [0.2, 0.7, 0.85],
  [0.15, 0.7, 0.8],
  [0.25, 0.8, 0.95],
  [0.3, 0.75, 0.95],
  [0.3, 0.8, 0.93],
  [0.3, 0.8, 0.9],
];
for (const [gated, weakGate, ungated] of grid)
  row(`${gated} / ${weakGate} / ${ungated}`, { gated, weakGate, ungated });
for (const [gated, weakGate, ungated] of [
  [0.3, 0.9, 0.95],
  [0.3, 0.7, 0.95],
  [0.2, 0.7, 0.9],
] as const)
  row(`${gated} / ${weakGate} / ${ungated}, wider gate`, {
    gated,
    weakGate,
    ungated,
    widerGate: firstPersonNegative,
  });
for (const bar of [0.05, 0.1, 0.2])
  row(`0.3 / 0.9 / 0.95, clear bar ${bar}`, { gated: 0.3, weakGate: 0.9, ungated: 0.95 }, bar);
