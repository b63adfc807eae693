/**
 * How closely tinystep codes a counselling exchange the way an MI coder does (MITI 4.2.1), on a
 * coded set: one exchange per line, each therapist utterance and client turn coded by a person.
 *
 *   npm run eval:coding -- [--set data/blind/miti-v1/exchanges.jsonl] [--coder-b codes.jsonl] [--json]
 *
 * Prints, for each coder against the set's coder: main-class accuracy and Cohen's kappa
 * (question / reflection / therapist input / other), reflection recall, therapist-input recall and
 * precision, open/closed and simple/complex kappa, client change/sustain/neutral kappa — for the
 * turn reader as it was (the baseline), the MITI coder, and a second human coder when given.
 * A blind set is only measured here, never read to tune (docs/data.md).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { baselineCode } from '../src/evaluator/coding/baseline-coder.ts';
import {
  type CodedExchange,
  type Coding,
  clientKey,
  codingOf,
  readCodedSet,
  utteranceKey,
} from '../src/evaluator/coding/coded-set.ts';
import { type CodingMeasures, measureCoding } from '../src/evaluator/coding/coding-measures.ts';
import type { ClientCode, TherapistCode } from '../src/evaluator/coding/miti-vocabulary.ts';

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

type Coder = {
  name: string;
  therapist: (
    utterance: string,
    context: { clientText?: string; earlier: string[]; previousTherapistText?: string },
  ) => TherapistCode;
  client?: (text: string, context: { therapistText?: string }) => ClientCode;
};

function codeSet(exchanges: readonly CodedExchange[], coder: Coder): Coding {
  const coding: Coding = { therapist: new Map(), client: new Map() };
  for (const exchange of exchanges) {
    let clientText: string | undefined;
    let therapistText: string | undefined;
    exchange.turns.forEach((turn, turnIndex) => {
      if (turn.speaker === 'client') {
        if (coder.client)
          coding.client.set(clientKey(exchange.id, turnIndex), coder.client(turn.text, { therapistText }));
        clientText = turn.text;
        return;
      }
      const earlier: string[] = [];
      turn.utterances.forEach((utterance, utteranceIndex) => {
        coding.therapist.set(
          utteranceKey(exchange.id, turnIndex, utteranceIndex),
          coder.therapist(utterance.text, {
            clientText,
            earlier: [...earlier],
            previousTherapistText: therapistText,
          }),
        );
        earlier.push(utterance.text);
      });
      therapistText = turn.utterances.map((utterance) => utterance.text).join(' ');
    });
  }
  return coding;
}

async function mitiCoder(): Promise<Coder | undefined> {
  const path = resolve(import.meta.dirname, '../src/evaluator/coding/miti-coder.ts');
  if (!existsSync(path)) return undefined;
  const module = await import(path);
  return {
    name: 'tinystep MITI coder',
    therapist: (text, context) =>
      module.codeTherapistUtterance(text, { clientText: context.clientText, earlierInTurn: context.earlier })
        .code,
    client: (text, context) => module.codeClientTurn(text, { therapistText: context.therapistText }).code,
  };
}

const format = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const ROWS: [string, (measures: CodingMeasures) => string][] = [
  ['therapist utterances compared', (m) => String(m.utterances)],
  ['main-class accuracy', (m) => format(m.mainAccuracy)],
  ["Cohen's kappa, main class", (m) => format(m.mainKappa)],
  ['reflection recall', (m) => format(m.reflectionRecall)],
  ['therapist input recall', (m) => format(m.therapistInputRecall)],
  ['therapist input precision', (m) => format(m.therapistInputPrecision)],
  ['open/closed kappa (n both questions)', (m) => `${format(m.openClosedKappa)} (${m.questionsBoth})`],
  [
    'simple/complex kappa (n both reflections)',
    (m) => `${format(m.simpleComplexKappa)} (${m.reflectionsBoth})`,
  ],
  ['all 12 codes: accuracy / kappa', (m) => `${format(m.codeAccuracy)} / ${format(m.codeKappa)}`],
  ['client change/sustain/neutral kappa (n)', (m) => `${format(m.clientKappa)} (${m.clientTurns})`],
];

const setPath = resolve(flag('--set') ?? 'data/blind/miti-v1/exchanges.jsonl');
const exchanges = readCodedSet(setPath);
const gold = codingOf(exchanges);
const columns: { name: string; measures: CodingMeasures }[] = [];
const humansOnly = process.argv.includes('--humans-only');
const coders: Coder[] = humansOnly
  ? []
  : [{ name: 'turn reader (baseline)', therapist: (text) => baselineCode(text) }];
const miti = humansOnly ? undefined : await mitiCoder();
if (miti) coders.push(miti);
for (const coder of coders) {
  const started = performance.now();
  const measures = measureCoding(gold, codeSet(exchanges, coder));
  columns.push({ name: `${coder.name} (${(performance.now() - started).toFixed(0)} ms)`, measures });
}
const coderBPath = flag('--coder-b');
if (coderBPath) {
  const { readSecondCoding } = await import('../src/evaluator/coding/second-coding.ts');
  columns.push({
    name: 'coder B vs coder A',
    measures: measureCoding(gold, readSecondCoding(resolve(coderBPath), exchanges)),
  });
}

// misses are shown only for training data: a blind set's items are never read to tune
const missesOf = flag('--misses');
if (missesOf && miti) {
  if (/data\/blind\/|\/blind\//.test(setPath))
    throw new Error('--misses is for training sets only; blind items are not read');
  const predicted = codeSet(exchanges, miti);
  for (const exchange of exchanges) {
    exchange.turns.forEach((turn, turnIndex) => {
      if (turn.speaker === 'client') {
        const got = predicted.client.get(clientKey(exchange.id, turnIndex));
        if (turn.code === missesOf && got !== turn.code)
          console.log(`${exchange.id} client ${turn.code} → ${got}: ${turn.text}`);
        return;
      }
      turn.utterances.forEach((utterance, index) => {
        const got = predicted.therapist.get(utteranceKey(exchange.id, turnIndex, index));
        if (utterance.code === missesOf && got !== utterance.code)
          console.log(`${exchange.id} ${utterance.code} → ${got}: ${utterance.text}`);
        if (missesOf === `as-${got}` && got !== utterance.code)
          console.log(`${exchange.id} ${utterance.code} → ${got}: ${utterance.text}`);
      });
    });
  }
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ set: setPath, exchanges: exchanges.length, results: columns }, null, 2));
} else {
  console.log(
    `eval:coding  ${setPath}: ${exchanges.length} exchanges, ${gold.therapist.size} therapist utterances, ${gold.client.size} client turns coded`,
  );
  console.log(`\n| measure | ${columns.map((column) => column.name).join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---').join('|')}|`);
  for (const [label, read] of ROWS)
    console.log(`| ${label} | ${columns.map((column) => read(column.measures)).join(' | ')} |`);
}
