import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gatedAlternation } from './gated-alternation.ts';
import { AFFIRM, CONFRONT, INFORMATION } from './therapist-patterns.ts';

const same = (left: RegExpExecArray | null, right: RegExpExecArray | null) => [
  left?.[0] ?? null,
  left?.index ?? -1,
  right?.[0] ?? null,
  right?.index ?? -1,
];

test('a gated alternation finds the leftmost match, and at one position the earlier branch', () => {
  const cues = gatedAlternation([String.raw`\bgood idea\b`, String.raw`\bidea\b`, String.raw`\bgood\b`]);
  // "good" (branch 3) starts first; at that position branch 1 ("good idea") is tried first and wins
  assert.deepEqual(cues.exec('that is a good idea')?.[0], 'good idea');
  assert.equal(cues.exec('that is a good idea')?.index, 10);
  // leftmost wins over branch order: "idea" (branch 2) comes before "good" (branch 3)
  assert.equal(cues.exec('an idea, good')?.[0], 'idea');
  assert.equal(cues.exec('nothing here'), null);
  assert.equal(cues.test('good'), true);
});

test('a branch with no literal to gate on always runs', () => {
  const cues = gatedAlternation([String.raw`\bcalm\b`, String.raw`^\d+$`]);
  assert.equal(cues.exec('42')?.[0], '42');
  assert.equal(cues.exec('stay calm')?.[0], 'calm');
});

test('the coder’s gated cue patterns match exactly as their joined patterns do', () => {
  const texts = [
    "you're just making excuses and you know it.",
    'that took a lot of courage, and most people find the first week the hardest.',
    "it's common to feel that way; research shows cravings pass in about ten minutes.",
    "you've worked so hard on this, well done.",
    'come on, be honest with yourself.',
    'so you feel stuck.',
    'there are a few options we could look at together.',
    'what did you expect?? seriously?',
    '',
  ];
  for (const cues of [AFFIRM, CONFRONT, INFORMATION])
    for (const text of texts) {
      const [gated, gatedIndex, joined, joinedIndex] = same(cues.exec(text), cues.pattern.exec(text));
      assert.equal(gated, joined, text);
      assert.equal(gatedIndex, joinedIndex, text);
    }
});
