import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAddressed } from './addressing.ts';
import { understand } from './index.ts';

function requestTypes(text: string): string[] {
  return understand(text).flatMap((observation) =>
    observation.kind === 'request' ? [observation.type] : [],
  );
}

test('an ask after a hedge is an ask: "i dont know pls just tell me what to do"', () => {
  assert.deepEqual(requestTypes('i dont know pls just tell me what to do'), ['concrete']);
  assert.deepEqual(requestTypes('idk just tell me what to do'), ['concrete']);
  assert.deepEqual(requestTypes('no idea tbh, whatever just tell me what to do'), ['concrete']);
});

test('"abeg" is a politeness marker like "please"', () => {
  assert.deepEqual(requestTypes('abeg just tell me what to do'), ['concrete']);
  assert.equal(isAddressed('abeg'), true);
});

test('a reported or refused ask stays unaddressed', () => {
  assert.equal(isAddressed('my boss said pls'), false);
  assert.equal(isAddressed("please don't"), false);
  assert.equal(isAddressed('he told me'), false);
});

test('a chat tag closes what came before: "my hands are shaking lol just tell me what to type"', () => {
  assert.deepEqual(requestTypes('my hands are literally shaking lol just tell me what to type'), [
    'concrete',
  ]);
});

test('an ask for the first or exact step is concrete: "pls just tell me step 1"', () => {
  assert.deepEqual(requestTypes('pls just tell me step 1'), ['concrete']);
  assert.deepEqual(requestTypes('whatever, just give me step 1'), ['concrete']);
  assert.deepEqual(requestTypes('give me the exact words?'), ['concrete']);
  assert.deepEqual(requestTypes('he told me the first step was hard'), []);
});

test('an interjection opens an ask like a chat tag: "omg just tell me what to do", "ugh remind me in 10"', () => {
  assert.deepEqual(requestTypes('omg just tell me what to do tonight. like literally'), ['concrete']);
  assert.deepEqual(requestTypes('omg tell me what to do'), ['concrete']);
  assert.deepEqual(requestTypes('ugh just remind me in 10'), ['nudge']);
  // someone else's words stay theirs
  assert.deepEqual(requestTypes('my mum was like omg tell me everything'), []);
});
