import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';
import { turnFormOf } from './turn-form.ts';

const form = (text: string) => {
  const [found] = turnFormOf(text);
  return found ? { minimal: found.minimal, trailingBut: found.trailingBut } : {};
};

test('a bare yes, no or shrug opening the line is minimal', () => {
  for (const text of ['ye', 'nah', 'idk', 'yeah i guess', '  ok  ', 'Not really'])
    assert.equal(form(text).minimal, true, text);
  for (const text of ['the house is so quiet', 'yesterday was rough', 'okey dokey'])
    assert.equal(form(text).minimal, undefined, text);
});

test('a line left hanging on "but" is marked', () => {
  assert.equal(form('my friends keep saying im better off and i know that but').trailingBut, true);
  assert.equal(form('but idk…').trailingBut, true);
  assert.equal(form('but it was fine in the end').trailingBut, undefined);
});

test('a turn with none of these marks gives no observation', () => {
  assert.deepEqual(turnFormOf('the form is due friday'), []);
  assert.deepEqual(turnFormOf(''), []);
});

test('a no in a turn that asks something is marked as questioned; a question alone gives no form', () => {
  const declines = (text: string) => understand(text).filter((item) => item.kind === 'decline');
  assert.ok(
    declines('no? is that a thing u can do').every((item) => item.kind === 'decline' && item.questioned),
  );
  assert.ok(declines('nah not really').every((item) => item.kind === 'decline' && !item.questioned));
  assert.deepEqual(turnFormOf('can you tell me exactly what to do?'), []);
});

test('a hello and nothing more is a greeting; a hello with something after it is not', () => {
  const greeting = (text: string) => turnFormOf(text)[0]?.greeting;
  for (const text of ['hey', 'hiya!', 'Good evening.', 'hi there :)'])
    assert.equal(greeting(text), true, text);
  for (const text of ['hey my boss called me in', 'hi, its about the form', 'yo whats up'])
    assert.equal(greeting(text), undefined, text);
});
