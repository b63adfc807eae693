import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPatternGate } from './pattern-gate.ts';

test('the gate rules out a pattern only when none of its required words is in the text', () => {
  const patterns = [/\bwell done\b/i, /\b(?:hotline|lifeline)\b/i, /^\d+$/, /\bcafé\b/i];
  const gate = createPatternGate(patterns);
  // case folds as the i flag does: "WELL DONE" still lets the first pattern run
  assert.deepEqual([...gate.scan('WELL DONE, truly')], [1, 0, 1, 1]);
  assert.deepEqual([...gate.scan('call the Lifeline')], [0, 1, 1, 1]);
  // no literal to gate on (a pattern of digits), or a caseless non-ASCII letter: always live
  assert.deepEqual([...gate.scan('nothing')], [0, 0, 1, 1]);
});

test('whatever the gate rules out does not match', () => {
  const patterns = [
    /\b(?:you(?:'re| are) (?:the one|responsible))\b/i,
    /\bmake (?:room|space)\b/gi,
    /\bI hear\b/,
  ];
  const gate = createPatternGate(patterns);
  const texts = [
    "You're the one who decides.",
    'Make room for it.',
    'i hear you',
    'I HEAR YOU',
    'nothing at all',
  ];
  for (const text of texts) {
    const live = gate.scan(text);
    patterns.forEach((pattern, index) => {
      pattern.lastIndex = 0;
      if (live[index] === 0) assert.equal(pattern.test(text), false, `${pattern} on ${text}`);
    });
  }
});
