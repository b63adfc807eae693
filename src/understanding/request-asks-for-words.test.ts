import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

// Round 12: asks for words or a draft, as people type them, are concrete asks (request-rules-step.ts)
function requestTypes(text: string): string[] {
  return understand(text).flatMap((observation) =>
    observation.kind === 'request' ? [observation.type] : [],
  );
}

test('a draft, a list or a script asked for is a concrete ask', () => {
  assert.deepEqual(requestTypes('can u draft the email to the council'), ['concrete']);
  assert.deepEqual(requestTypes('pls write me a short list'), ['concrete']);
  assert.deepEqual(requestTypes('give me a script for the phone call'), ['concrete']);
  // someone else's writing, or our own plan, is not an ask
  assert.deepEqual(requestTypes('my sister wrote me a message'), []);
  assert.deepEqual(requestTypes("i'll write a list later"), []);
});

test('"wot" is "what": "tell me wot to do" is a concrete ask', () => {
  assert.deepEqual(requestTypes('tell me wot to do'), ['concrete']);
});

test('"give me the words and then check on me" is two asks', () => {
  assert.deepEqual(requestTypes('can u give me the words and then check on me at 2').sort(), [
    'concrete',
    'nudge',
  ]);
});
