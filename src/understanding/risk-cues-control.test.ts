import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const abuseOf = (text: string) =>
  understand(text).filter((item) => item.kind === 'risk' && item.type === 'abuse' && item.about !== 'other');

test('control and neglect told as a pattern are heard as abuse', () => {
  for (const text of [
    "my husband goes through my phone and won't let me see my friends",
    'my girlfriend tells me what i can wear',
    'if i leave she says ill never see the kids',
    'my stepdad pinned me against the wall again last week',
    'the carer left me in wet sheets all night',
    'my son locks the food away',
  ])
    assert.ok(abuseOf(text).length > 0, text);
});

test('the same words about things, or said of someone else, are not the person abused', () => {
  for (const text of [
    'i check my phone too much, i know',
    'my boss tells me what i can do on the project',
    'we lock the food away at night because of the mice',
    'my friend says her boyfriend checks her phone and tells her what to wear',
  ])
    assert.equal(abuseOf(text).length, 0, text);
});
