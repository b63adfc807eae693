import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reading } from './testing/own-risk-reading.ts';

// "don't know how to go on" was said back as an ordinary line in round 19 (seen v33/v34 replies)
test('not knowing how to go on, with nothing after it or "anymore", is possible risk', () => {
  for (const text of [
    'i dont know how to go on anymore',
    "I don't know how to go on.",
    'i dont know how to keep going anymore',
    "I don't know how to carry on like this",
  ])
    assert.equal(reading(text), 'suicide/possible', text);
});

test('not knowing how to go on WITH something is not risk', () => {
  for (const text of [
    'i dont know how to go on with the essay',
    'i dont know how to go on about it to my boss',
  ])
    assert.equal(reading(text), undefined, text);
});
