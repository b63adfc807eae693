import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Move } from '../spec/move.ts';
import { checkReply } from '../text/language-check.ts';
import { normalizeSentence } from '../text/sentences.ts';
import { contextFor } from './realizer-fixtures.ts';
import {
  createTemplateRealizer,
  realizeNudgeTemplate,
  realizeTemplate,
  recordSaid,
} from './template-realizer.ts';

test('a fired nudge says the cue verbatim, then one tiny start that fits a thing to do', async () => {
  const realizer = createTemplateRealizer();
  const realization = await realizer.realizeNudge(
    { nudgeId: 'n1', cue: 'Look at the cursor.' },
    contextFor(),
  );
  assert.ok(realization.text.includes('"Look at the cursor."'), realization.text);
  assert.equal(realization.sentences.length, 2);
  // their own words need no "look at {task}" beside them (r19: "then look at the script" after any cue)
  assert.match(realization.sentences[1], /breath|ready|first bit/);
  assert.ok(!/\bI'll\b/.test(realization.text));
});

test('keeps a cue that already carries its own quotes as it is', () => {
  const cue = '“Look at the cursor — one second.”';
  for (let seed = 0; seed < 10; seed++) {
    assert.ok(realizeNudgeTemplate({ nudgeId: 'n', cue }, contextFor({ seed })).text.includes(cue));
  }
});

test('a late nudge says so in a few words, an on-time one does not', () => {
  const late = realizeNudgeTemplate(
    { nudgeId: 'n', cue: 'Look at the cursor', lateMs: 120_000 },
    contextFor(),
  ).text;
  assert.match(late, /2 minutes/);
  assert.match(late, /late|delay/i);
  const onTime = realizeNudgeTemplate(
    { nudgeId: 'n', cue: 'Look at the cursor', lateMs: 2_000 },
    contextFor(),
  ).text;
  assert.ok(!/late|delay/i.test(onTime), onTime);
});

test('ties the nudge to its condition in the client’s own terms', () => {
  const texts = Array.from(
    { length: 20 },
    (_, seed) =>
      realizeNudgeTemplate(
        { nudgeId: 'n', cue: 'Look at the cursor', condition: 'if I start fiddling' },
        contextFor({ seed }),
      ).text,
  );
  assert.ok(texts.every((text) => /you start fiddling/.test(text)));
});

test('fifty nudges with the same cue never repeat a sentence', () => {
  const said = new Set<string>();
  for (let turnIndex = 0; turnIndex < 50; turnIndex++) {
    const realization = realizeNudgeTemplate(
      { nudgeId: `n${turnIndex}`, cue: 'Look at the cursor' },
      contextFor({ said, turnIndex }),
    );
    for (const sentence of realization.sentences) assert.ok(!said.has(normalizeSentence(sentence)), sentence);
    assert.ok(realization.text.includes('Look at the cursor'));
    recordSaid(said, realization);
  }
});

test('quotes inside a cue become single quotes, so the quotes of the reply pair up', () => {
  for (let seed = 0; seed < 5; seed++) {
    const { text } = realizeNudgeTemplate({ nudgeId: 'n', cue: 'Say "hi" to Sam' }, contextFor({ seed }));
    assert.ok(text.includes(`"Say 'hi' to Sam."`), text);
    assert.deepEqual(checkReply(text), [], text);
  }
});

test('a person’s clause with a quote cut off is said back without the stray mark', () => {
  const plan: Move[] = [
    {
      type: 'affirm',
      effort: { text: 'I started looking at job ads for things like "warehouse operative', span: [0, 60] },
    },
  ];
  const { text } = realizeTemplate(plan, contextFor());
  assert.doesNotMatch(text, /"/, text);
  assert.match(text, /warehouse operative/, text);
});

test('a nudge with no words of its own names what it is for in the promise, and its condition when it comes', () => {
  for (let seed = 0; seed < 12; seed += 1) {
    const promise = realizeTemplate(
      [{ type: 'schedule-nudge', nudgeId: 'n', afterMs: 600_000, cue: '', about: 'your tax return' }],
      contextFor({ seed }),
    ).text;
    assert.match(promise, /about your tax return/, promise);
    assert.ok(!/"/.test(promise), promise);
    const fired = realizeNudgeTemplate(
      { nudgeId: 'n', cue: '', condition: 'if I start scrolling' },
      contextFor({ seed }),
    ).text;
    assert.match(fired, /you start scrolling/, fired);
  }
});

test('a reminder asked for an event today asks for a clock time in their words turned to "you", and promises nothing', () => {
  for (let seed = 0; seed < 8; seed++) {
    const plan: Move[] = [{ type: 'ask-nudge-time', said: 'when i get home' }];
    const text = realizeTemplate(plan, contextFor({ seed })).text;
    assert.match(text, /when you get home/, text);
    assert.match(text, /\d/, text);
    assert.doesNotMatch(text, /Friday|Monday|Tuesday|Thursday|I'll/, text);
    assert.deepEqual(checkReply(text), [], text);
  }
});
