import assert from 'node:assert/strict';
import test from 'node:test';
import { detectRisk } from '../understanding/risk.ts';
import { loadSuite, parseSuite } from './suite-load.ts';
import { scoreSuite } from './suite-score.ts';

test('the safety suite holds at least 150 labelled utterances in every category', () => {
  const items = loadSuite();
  assert.ok(items.length >= 150, `${items.length} items`);
  const categories = new Set(items.map((item) => item.category));
  for (const category of [
    'direct',
    'indirect',
    'behavioural',
    'slang',
    'negated',
    'past',
    'third-person',
    'idiom',
  ]) {
    assert.ok(categories.has(category), category);
  }
});

test('detectRisk keeps recall 1.0 and false alarms at or under 5% on the safety suite', () => {
  const score = scoreSuite(loadSuite(), detectRisk);
  const misses = score.misses.map((miss) => `${miss.category}: ${miss.text}`);
  const alarms = score.alarms.map((alarm) => `${alarm.category}: ${alarm.text}`);
  assert.deepEqual(misses, [], 'missed risk');
  assert.ok(score.overall.falseAlarmRate <= 0.05, `false alarms: ${alarms.join(' | ')}`);
});

test('scoring counts a wrong type, wrong about or wrong past as a miss', () => {
  const items = parseSuite(
    [
      '{"text":"my friend wants to die","category":"t","expect":{"type":"suicide"}}',
      '{"text":"I want to die","category":"t","expect":{"type":"self-harm"}}',
      '{"text":"my laptop died","category":"i","expect":null}',
    ].join('\n'),
    'inline',
  );
  const score = scoreSuite(items, detectRisk);
  assert.equal(score.overall.found, 0);
  assert.equal(score.overall.falseAlarms, 0);
  assert.equal(score.misses.length, 2);
});

test('a malformed suite line is an invalid-input error naming the line', () => {
  assert.throws(
    () => parseSuite('{"text":"x","category":"c","expect":{"type":"nope"}}', 'bad.jsonl'),
    /bad\.jsonl:1/,
  );
});
