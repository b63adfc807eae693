/**
 * node --import tsx scripts/eval-leave-one-out.ts --work /tmp/loso/NAME [--held 5,6,7,8] [--blind 1,…,8]
 *   [--folds 5] [--shipped] [--doubt 0.05]
 *
 * Leave one writer's set out: for each held-out blind set (data/blind/understanding-vN), train the model on
 * the writers' sets and the seen blind sets listed in --blind minus that one (TRAIN_BLIND, TRAIN_HOLD_OUT,
 * scripts/understanding-training-data.ts), score it on the held-out set with this checkout's rules (a copy
 * of src/ with the held-out model, scored as npm run eval:blind -- --root does), and print the figures per
 * set and their mean. Rules written from a set's misses are not held out by this: only the model is.
 * --shipped scores the shipped model instead of training (the model that trained on none of v5–v8).
 * A trained model already in WORK/model-vN is reused, so a second run only rescores (delete to retrain).
 * Prints figures only, never an item's text.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BlindReport, f1, rate } from '../src/understanding/blind-evaluation.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const MODEL_FILES = ['understanding-model.json', 'understanding-features.txt', 'understanding-weights.bin'];
const { values } = parseArgs({
  options: {
    work: { type: 'string' },
    held: { type: 'string', default: '5,6,7,8' },
    blind: { type: 'string', default: '1,2,3,4,5,6,7,8' },
    folds: { type: 'string', default: '5' },
    shipped: { type: 'boolean', default: false },
    // measures another bar for risk-doubt.ts in the scratch copy (the checkout is not touched)
    doubt: { type: 'string' },
  },
});
if (!values.work) throw new Error('--work DIR is required (models and scratch copies of src/ go there)');
const work = resolve(values.work);
mkdirSync(work, { recursive: true });
const held = (values.held ?? '').split(',').map(Number);
const blind = (values.blind ?? '').split(',').map(Number);

function modelFor(version: number): string {
  const source = join(ROOT, 'src/understanding/model');
  if (values.shipped) return source;
  const folder = join(work, `model-v${version}`);
  if (MODEL_FILES.every((name) => existsSync(join(folder, name)))) return folder;
  const training = blind.filter((other) => other !== version).join(',');
  console.error(`training without v${version} (blind sets ${training}) into ${folder}`);
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'scripts/train-understanding.ts'),
      '--folds',
      values.folds ?? '5',
      '--out',
      folder,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, TRAIN_BLIND: training, TRAIN_HOLD_OUT: `blind-v${version}` },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return folder;
}

/** A copy of this checkout's src/ with the given model, beside links to what node needs to run it. */
function scratchRoot(version: number, model: string): string {
  const root = join(work, `root-v${version}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  for (const name of MODEL_FILES) cpSync(join(model, name), join(root, 'src/understanding/model', name));
  for (const name of ['node_modules', 'package.json', 'tsconfig.json'])
    symlinkSync(join(ROOT, name), join(root, name));
  if (values.doubt !== undefined) {
    const path = join(root, 'src/understanding/risk-doubt.ts');
    const source = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      source.replace(/CLEAR_DOUBTED_BELOW = [\d.]+/, `CLEAR_DOUBTED_BELOW = ${Number(values.doubt)}`),
    );
  }
  return root;
}

const percent = (value: number) =>
  Number.isNaN(value) ? '   –  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
const COLUMNS: Array<[string, (report: BlindReport) => number]> = [
  ['risk recall', (report) => rate(report.riskRecall)],
  ['level exact', (report) => rate(report.riskGraded)],
  ['clear FA', (report) => rate(report.clearFalseAlarms)],
  ['ordinary flags', (report) => rate(report.riskFlagsOnOrdinary)],
  ['request F1', (report) => f1(report.requests)],
  ['afterMs', (report) => rate(report.afterMsExact)],
  ['atClock', (report) => rate(report.atClockExact)],
  ['body F1', (report) => f1(report.body)],
];

const rows: Array<{ label: string; figures: number[] }> = [];
for (const version of held) {
  const root = scratchRoot(version, modelFor(version));
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'scripts/eval-blind.ts'),
      '--set',
      join(ROOT, `data/blind/understanding-v${version}`),
      '--root',
      root,
      '--json',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const report = JSON.parse(output.trim().split('\n').pop() ?? '{}') as BlindReport;
  rows.push({ label: `v${version}`, figures: COLUMNS.map(([, pick]) => pick(report)) });
  rmSync(root, { recursive: true, force: true });
}
const mean = COLUMNS.map((_, column) => {
  const known = rows.map((row) => row.figures[column]).filter((value) => !Number.isNaN(value));
  return known.reduce((sum, value) => sum + value, 0) / (known.length || 1);
});
rows.push({ label: 'mean', figures: mean });
console.log(`| held out | ${COLUMNS.map(([name]) => name).join(' | ')} |`);
console.log(`|---|${COLUMNS.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.label} | ${row.figures.map(percent).join(' | ')} |`);
