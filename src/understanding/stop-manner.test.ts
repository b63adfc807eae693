import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const stops = (text: string) =>
  understand(text).filter(
    (item): item is RequestObservation => item.kind === 'request' && item.type === 'stop',
  );

test('"stop with the questions" marks the stop as a manner, not the session', () => {
  for (const text of ['stop asking me questions', 'can we stop with the questions. i just wanted to vent']) {
    const found = stops(text);
    assert.ok(found.length > 0 && found.every((request) => request.manner === true), text);
  }
});

test('a stop of the session is left unmarked', () => {
  for (const text of ['can we stop for now', 'i need to stop', "let's stop here"]) {
    const found = stops(text);
    assert.ok(found.length > 0 && found.every((request) => request.manner === undefined), text);
  }
});
