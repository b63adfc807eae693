import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeMove } from './plan-prompt.ts';

const clause = (text: string) => ({ text, span: [0, text.length] as [number, number] });

test('a nudge at a time of day is described at that time, not as hours from now', () => {
  const text = describeMove({
    type: 'schedule-nudge',
    nudgeId: 'n1',
    afterMs: 3 * 3_600_000,
    cue: 'open it',
    atClock: '16:00',
  });
  assert.match(text, /16:00/);
  assert.doesNotMatch(text, /3 hours/);
});

test('a crisis check-in carries the person’s own words', () => {
  const text = describeMove({
    type: 'crisis',
    riskType: 'suicide',
    level: 'possible',
    resources: [],
    said: clause("I don't see the point anymore"),
  });
  assert.match(text, /I don't see the point anymore/);
});

test('an open question about their clause or feeling names it', () => {
  assert.match(
    describeMove({ type: 'open-question', about: 'expecting', clause: clause("I'll ruin it") }),
    /I'll ruin it/,
  );
  assert.match(describeMove({ type: 'open-question', about: 'feeling', feeling: 'lonely' }), /lonely/);
});

test('their question and a missed reply are described', () => {
  assert.match(
    describeMove({ type: 'take-up-question', question: { asks: 'how', about: 'stop' } }),
    /"stop"/,
  );
  assert.match(describeMove({ type: 'own-miss', missed: 'presumed' }), /own it/);
});

test('each kind of question put to the coach gets its own instruction, with their words where it has them', () => {
  const seen = new Set<string>();
  for (const question of [
    { asks: 'normal' },
    { asks: 'am-i', about: 'lazy' },
    { asks: 'is-that', about: 'weird' },
    { asks: 'how-are-you' },
    { asks: 'can-it', about: 'anxiety' },
    { asks: 'how', about: 'start' },
  ] as const) {
    const text = describeMove({ type: 'take-up-question', question });
    assert.match(text, /^They asked/);
    if ('about' in question) assert.ok(text.includes(question.about ?? ''), text);
    seen.add(text);
  }
  assert.equal(seen.size, 6);
});
