import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportedSpeaker } from './reported-verdict.ts';

test('a harsh word someone else said is theirs: the speaker is found before it', () => {
  assert.equal(reportedSpeaker("my dad told me I'm a waste of space")?.text, 'my dad');
  assert.equal(reportedSpeaker("my mum says i'm lazy", 16)?.text, 'my mum');
  assert.equal(reportedSpeaker('she calls me useless every day')?.text, 'she');
  assert.equal(reportedSpeaker('honestly my boss thinks im incompetent', 24)?.text, 'my boss');
});

test('their own verdict, or one in another sentence than the saying, has no speaker', () => {
  assert.equal(reportedSpeaker("i'm useless"), undefined);
  assert.equal(reportedSpeaker('my head tells me im a failure'), undefined);
  assert.equal(reportedSpeaker("my mum says hi. i'm useless", 20), undefined);
  assert.equal(reportedSpeaker("I said I'm useless"), undefined);
});
