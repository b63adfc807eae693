import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { outrankingRuleKind } from './merge-readings.ts';
import type { Reader } from './reader.ts';
import { READERS } from './readers.ts';

const request: Observation = { kind: 'request', type: 'smaller', span: [0, 4] };

function ruleHearing(observations: Observation[]): Reader {
  return {
    name: 'request-rules',
    source: 'rule',
    kinds: ['request'],
    read: () => observations.map((observation) => ({ observation, confidence: 0.85 })),
  };
}

function modelCounting(calls: { count: number }): Reader {
  return {
    name: 'request-model',
    source: 'model',
    kinds: ['request'],
    read: () => {
      calls.count += 1;
      return [{ observation: { kind: 'request', type: 'concrete', span: [0, 4] }, confidence: 0.9 }];
    },
  };
}

test('the learned request reader is not run once a rule heard a request (its readings would be dropped)', () => {
  const calls = { count: 0 };
  const read = analyse('less please', { readers: [ruleHearing([request]), modelCounting(calls)] });
  assert.equal(calls.count, 0);
  assert.deepEqual(
    read.observations.map((observation) => observation.kind === 'request' && observation.type),
    ['smaller'],
  );
});

test('the learned request reader runs, and is heard, when no rule heard a request', () => {
  const calls = { count: 0 };
  const read = analyse('less please', { readers: [ruleHearing([]), modelCounting(calls)] });
  assert.equal(calls.count, 1);
  assert.deepEqual(
    read.observations.map((observation) => observation.kind === 'request' && observation.type),
    ['concrete'],
  );
});

test('only learned readers whose every kind merging drops beside a rule reading are ever skipped', () => {
  const skippable = READERS.filter((reader) => outrankingRuleKind(reader) !== undefined).map(
    (reader) => reader.name,
  );
  assert.deepEqual(skippable, ['request-model', 'progress-model']);
  for (const reader of READERS)
    if (reader.source === 'rule') assert.equal(outrankingRuleKind(reader), undefined);
  // a model reader that could give another kind too is never skipped
  assert.equal(
    outrankingRuleKind({ name: 'request-model', source: 'model', kinds: ['request', 'nudge' as never] }),
    undefined,
  );
});
