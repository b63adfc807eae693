import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../spec/observation.ts';
import { BlindItem, f1, rate, scoreBlind } from './blind-evaluation.ts';

const items = [
  {
    id: '1',
    text: 'risk clear',
    category: 'risk',
    risk: { type: 'suicide', level: 'clear' },
    requests: [],
    body: [],
  },
  {
    id: '2',
    text: 'risk missed',
    category: 'risk',
    risk: { type: 'self-harm', level: 'possible' },
    requests: [],
    body: [],
  },
  { id: '3', text: 'ordinary alarm', category: 'ordinary', risk: null, requests: [], body: [] },
  {
    id: '4',
    text: 'nudge',
    category: 'request',
    risk: null,
    requests: [{ type: 'nudge', afterMs: 600000 }],
    body: ['chest'],
  },
].map((item) => BlindItem.parse(item));

const readings: Record<string, Observation[]> = {
  'risk clear': [{ kind: 'risk', type: 'suicide', level: 'clear', span: [0, 4] }],
  'risk missed': [],
  'ordinary alarm': [{ kind: 'risk', type: 'suicide', level: 'clear', span: [0, 4] }],
  nudge: [
    { kind: 'request', type: 'nudge', afterMs: 600000, span: [0, 5] },
    { kind: 'request', type: 'pause', span: [0, 5] },
    { kind: 'sensation', part: 'chest', quality: 'tight', span: [0, 5] },
  ],
};

test('blind scoring counts recall, false alarms, request F1, afterMs and body parts', () => {
  const report = scoreBlind(items, (text) => readings[text]);
  assert.equal(rate(report.riskRecall), 0.5);
  assert.deepEqual(report.clearFalseAlarms, { hit: 1, of: 1 });
  assert.deepEqual(report.requests, { tp: 1, fp: 1, fn: 0 });
  assert.equal(f1(report.requests), 2 / 3);
  assert.deepEqual(report.afterMsExact, { hit: 1, of: 1 });
  assert.deepEqual(report.body, { tp: 1, fp: 0, fn: 0 });
});
