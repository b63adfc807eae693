import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSelfVerdict } from './self-verdict.ts';

test('a verdict on themselves is found', () => {
  assert.ok(isSelfVerdict("I know it's my fault really"));
  assert.ok(isSelfVerdict('maybe im being selfish'));
  assert.ok(isSelfVerdict('i am a burden to them'));
});

test('blame elsewhere or a fault named is not a verdict on themselves', () => {
  assert.equal(isSelfVerdict("it's not his fault he's ill"), false);
  assert.equal(isSelfVerdict('the fault was in the boiler'), false);
  assert.equal(isSelfVerdict('i told them it was a bad idea'), false);
});
