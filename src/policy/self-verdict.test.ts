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

test('a harsh name or a sweeping verdict on themselves is a verdict', () => {
  assert.ok(isSelfVerdict('im useless'));
  assert.ok(isSelfVerdict("i'm such a failure"));
  assert.ok(isSelfVerdict('i ruin everything'));
  assert.equal(isSelfVerdict('the printer is useless'), false);
});
