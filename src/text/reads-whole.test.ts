import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsWhole } from './reads-whole.ts';

test('words set in their frame read whole only when every sentence passes the language check', () => {
  assert.equal(readsWhole("It sounds like it's got to the point where you can't open the post."), true);
  assert.equal(readsWhole("It sounds like it's got to the point where reply to my sister right now."), false);
  assert.equal(readsWhole('It can look like nobody wants a cleaner at sixty.'), true);
  assert.equal(readsWhole('It can look like nobody hire a cleaner at sixty.'), false);
  assert.equal(readsWhole('So you tried.', 'So the fear is that it goes wrong.'), true);
});
