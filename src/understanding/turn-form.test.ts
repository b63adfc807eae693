import assert from 'node:assert/strict';
import { test } from 'node:test';
import { turnFormOf } from './turn-form.ts';

const form = (text: string) => {
  const [found] = turnFormOf(text);
  return found
    ? { minimal: found.minimal, trailingBut: found.trailingBut, questionMark: found.questionMark }
    : {};
};

test('a bare yes, no or shrug opening the line is minimal', () => {
  for (const text of ['ye', 'nah', 'idk', 'yeah i guess', '  ok  ', 'Not really'])
    assert.equal(form(text).minimal, true, text);
  for (const text of ['the house is so quiet', 'yesterday was rough', 'okey dokey'])
    assert.equal(form(text).minimal, undefined, text);
});

test('a line left hanging on "but" and a question mark are marked', () => {
  assert.equal(form('my friends keep saying im better off and i know that but').trailingBut, true);
  assert.equal(form('but idk…').trailingBut, true);
  assert.equal(form('but it was fine in the end').trailingBut, undefined);
  assert.equal(form('no? is that a thing u can do').questionMark, true);
});

test('a turn with none of these marks gives no observation', () => {
  assert.deepEqual(turnFormOf('the form is due friday'), []);
  assert.deepEqual(turnFormOf(''), []);
});
