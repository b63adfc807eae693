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

test('a piece of the words asked for is a written draft: a first line, an opening sentence, a text to send', () => {
  const wanted = (text: string) =>
    understand(text).flatMap((item) =>
      item.kind === 'request' && item.type === 'concrete' ? [item.wordsWanted] : [],
    );
  assert.deepEqual(wanted('write the first line for me'), ['written']);
  assert.deepEqual(wanted('can you write me the opening sentence'), ['written']);
  assert.deepEqual(wanted('can u write the first bit of the email for me'), ['written']);
  assert.deepEqual(wanted('give me a text i can send'), ['written']);
  assert.deepEqual(wanted('what should the first line be'), ['written']);
  // said of their own writing, no ask
  assert.deepEqual(wanted('i wrote the first line myself'), []);
  assert.deepEqual(wanted("i'll write the first line tonight"), []);
});

test('one thing to do asked for bare is concrete; one small thing is smaller; given by others is no ask', () => {
  const types = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' ? [item.type] : []));
  assert.deepEqual(types('give me a plan for the next hour, i have to prep the veg'), ['concrete']);
  assert.deepEqual(types('i need someone to tell me what to do first'), ['concrete']);
  assert.ok(types('give me one small thing i can do tonight').includes('smaller'));
  assert.deepEqual(types('she used to give me a plan every week'), []);
});
