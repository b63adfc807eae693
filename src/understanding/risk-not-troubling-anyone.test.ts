/**
 * Passive ideation said as no longer being a trouble to anyone (risk-rules-suicide-said.ts, 'wont-be-around'):
 * read as possible risk; the same verbs about a visit or a task are not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const risk = (text: string) => understand(text).find((item) => item.kind === 'risk');

test('"I shan\'t be troubling anyone much longer" and its kin are possible risk', () => {
  for (const text of [
    "Our Sandra won't have to do a thing. I shan't be troubling anyone much longer, I expect.",
    'i wont be a burden to anyone for much longer',
    "I shall not be bothering you all much longer, don't worry",
  ]) {
    const reading = risk(text);
    assert.ok(reading, text);
    assert.equal(reading.kind === 'risk' && reading.level, 'possible', text);
  }
});

test('not troubling someone about a visit or a question is not risk', () => {
  for (const text of [
    "i won't be bothering you with the form again, i sorted it",
    'I shall not be troubling the doctor about my knee, it is better',
  ])
    assert.equal(risk(text), undefined, text);
});
