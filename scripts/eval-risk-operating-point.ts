/**
 * node --import tsx scripts/eval-risk-operating-point.ts --sets data/blind/understanding-v21 [--out FILE]
 *
 * Records, once per text, what the risk bars need to decide: the rules' own-risk reading (the learned reader
 * left out), whether the learned reader would speak at a bar of zero (not an idiom, not about someone else,
 * not a fear for work or a stay), its risk probability and the gate the turn opens (strong word, weak word, a
 * frame with the weak bar, a frame with the lower bar, none). scripts/sweep-risk-bars.ts then replays any bars
 * over the records of several held-out folds without reading a text again. Run inside a copy of src/ holding a
 * fold's model (scripts/eval-leave-one-out.ts makes such copies), so each set is read by a model that never
 * trained on it. Labelled sets and the unlabelled real-style client turns (data/blind/realism*, seeker turns
 * of conversations-v*) are both recorded. Writes labels and numbers only, never an item's text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Observation } from '../src/spec/observation.ts';
import { analyse } from '../src/understanding/analyse.ts';
import { prepare } from '../src/understanding/analyse-prepare.ts';
import { BlindItem } from '../src/understanding/blind-evaluation.ts';
import { featureRowsOf } from '../src/understanding/model/feature-rows.ts';
import { scoreHead } from '../src/understanding/model/linear-model.ts';
import { understandingModel } from '../src/understanding/model/load-model.ts';
import { opensDisclosureFrame, opensRiskFrame } from '../src/understanding/model/risk-frames.ts';
import { riskGateOf } from '../src/understanding/model/risk-words.ts';
import { riskModelReaderAt } from '../src/understanding/model-readers.ts';
import { normalise } from '../src/understanding/normalise.ts';
import { READERS } from '../src/understanding/readers.ts';
import { jsonLines, realStyleTurns } from './real-style-turns.ts';

export type GateClass = 'strong' | 'weak' | 'frame' | 'frame-lower' | 'none';
export type OperatingRecord = {
  /** 'real' for an unlabelled real-style turn, else the writer's category. */
  category: string;
  /** The writer's own-risk level, when the item is a disclosure. */
  gold?: 'clear' | 'possible';
  rules?: 'clear' | 'possible';
  /** The learned reader would report own risk at a bar of zero (no exclusion held). */
  modelOwn: boolean;
  probability: number;
  gate: GateClass;
  /** The level head's probability of `clear`, and the risk-type head's top probability. */
  clear: number;
  typeTop: number;
};

const ROOT = new URL('..', import.meta.url).pathname;

const lines = jsonLines;

const RULE_READERS = READERS.filter((reader) => reader.name !== 'risk-model');
// every bar at zero: the reader speaks unless an exclusion holds (idioms, work or a stay at stake, someone else)
const OPEN_READER = riskModelReaderAt({
  gated: 0,
  weakGate: 0,
  ungated: 0,
  widerGate: opensRiskFrame,
  frameGate: 0,
  lowerFrame: opensDisclosureFrame,
});

const isOwn = (observation: Observation) =>
  observation.kind === 'risk' && observation.about !== 'other' && !observation.past;

function ownLevel(observations: readonly Observation[]): 'clear' | 'possible' | undefined {
  const own = observations.filter(isOwn);
  if (own.some((observation) => observation.kind === 'risk' && observation.level === 'clear')) return 'clear';
  return own.length > 0 ? 'possible' : undefined;
}

// the gate is read as the reader reads it: on the normalised turn
function gateOf(text: string): GateClass {
  const { folded } = prepare(normalise(text).text);
  const gate = riskGateOf(folded);
  if (gate !== 'none') return gate;
  if (!opensRiskFrame(folded)) return 'none';
  return opensDisclosureFrame(folded) ? 'frame-lower' : 'frame';
}

function otherHeads(text: string): { clear: number; typeTop: number } {
  const model = understandingModel();
  if (!model) return { clear: 0, typeTop: 0 };
  const rows = featureRowsOf(model, normalise(text).text);
  return {
    clear: scoreHead(model, 'level', rows)?.probabilities[0] ?? 0,
    typeTop: Math.max(...(scoreHead(model, 'riskType', rows)?.probabilities ?? [0])),
  };
}

function record(text: string, category: string, gold?: 'clear' | 'possible'): OperatingRecord {
  // at a bar of zero the reader's confidence is its risk probability
  const open = analyse(text, { readers: [OPEN_READER] }).explained.filter((item) => isOwn(item.observation));
  return {
    category,
    gold,
    rules: ownLevel(analyse(text, { readers: RULE_READERS }).observations),
    modelOwn: open.length > 0,
    probability: open[0]?.confidence ?? 0,
    gate: gateOf(text),
    ...otherHeads(text),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { sets: { type: 'string' }, out: { type: 'string' } } });
  const records: OperatingRecord[] = [];
  for (const set of (values.sets ?? '').split(',').filter((name) => name.length > 0))
    for (const raw of lines(join(ROOT, set, 'items.jsonl'))) {
      const item = BlindItem.parse(raw);
      records.push(record(item.text, item.category, item.risk?.level));
    }
  for (const turn of realStyleTurns()) records.push(record(turn, 'real'));
  const output = records.map((entry) => JSON.stringify(entry)).join('\n');
  if (values.out) writeFileSync(values.out, `${output}\n`);
  else console.log(output);
}
