import assert from 'node:assert/strict';
import { test } from 'node:test';
import { othersDeedOf } from './others-deed.ts';

test("a clause opening on someone else's deed is read, with its span", () => {
  const text = 'i went in. then my boss left without a word';
  const [deed] = othersDeedOf(text);
  assert.equal(text.slice(deed.span[0], deed.span[1]).trim(), 'then my boss left without a word');
  assert.equal(othersDeedOf('in PE they did it in front of sir and he just laughed').length, 1);
});

test('their own deed, or agreeing with what was said, is none', () => {
  for (const text of [
    'i went in and i said no',
    'my teacher said that too',
    'I asked her',
    'the form is due friday',
  ])
    assert.deepEqual(othersDeedOf(text), [], text);
});
