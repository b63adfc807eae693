/**
 * node --import tsx bench/understanding-parts.ts — µs per utterance of bench:coach-vs-eliza's ten for each
 * part of analyse() outside the readers (normalise, prepare, the gate scan, the turn readers run on the
 * whole input), beside analyse() itself, to find what costs outside the readers. Timings only, never texts.
 */
import { performance } from 'node:perf_hooks';
import { analyse } from '../src/understanding/analyse.ts';
import { prepare } from '../src/understanding/analyse-prepare.ts';
import { normalise } from '../src/understanding/normalise.ts';
import { objectionReasonObservations } from '../src/understanding/objection-reason.ts';
import { othersDeedOf } from '../src/understanding/others-deed.ts';
import { pushBackAndTurnedDown } from '../src/understanding/push-back.ts';
import { scanGates } from '../src/understanding/reader-gates.ts';
import { scopeQuestionObservations } from '../src/understanding/scope-question.ts';
import { theirQuestionAndApology } from '../src/understanding/their-question.ts';
import { turnFormOf } from '../src/understanding/turn-form.ts';
import { UTTERANCES } from './support/coach-beside-eliza.ts';

const REPEATS = 2000;
const parts: [string, (text: string) => unknown][] = [
  ['analyse', (text) => analyse(text)],
  ['normalise', (text) => normalise(text)],
  ['prepare', (text) => prepare(text)],
  ['gate scan', (text) => scanGates(text.toLowerCase())],
  ['their-question', theirQuestionAndApology],
  ['push-back', pushBackAndTurnedDown],
  ['objection-reason', objectionReasonObservations],
  ['others-deed', othersDeedOf],
  ['turn-form', turnFormOf],
  ['scope-question', scopeQuestionObservations],
];
for (const [, part] of parts)
  for (let round = 0; round < 200; round++) for (const text of UTTERANCES) part(text);
for (const [name, part] of parts) {
  let best = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < 5; trial++) {
    const started = performance.now();
    for (let round = 0; round < REPEATS; round++) for (const text of UTTERANCES) part(text);
    best = Math.min(best, ((performance.now() - started) * 1000) / (REPEATS * UTTERANCES.length));
  }
  console.log(`${name.padEnd(18)} ${best.toFixed(2)} µs/utterance`);
}
