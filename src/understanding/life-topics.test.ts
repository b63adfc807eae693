/**
 * The topic gate must never change a reading: over every text in the shipped corpora and the seen
 * blind and judge sets, a topic the gate skips has no match of its pattern in the folded text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from './analyse-prepare.ts';
import { readLifeTopics, topicsThatMayMatch } from './life-topics.ts';
import { normalise } from './normalise.ts';
import { seenTexts } from './seen-texts.ts';

test('a topic the gate skips has no match, over the corpora and the seen blind sets', () => {
  const texts = seenTexts();
  assert.ok(texts.length > 1000, `only ${texts.length} texts found`);
  let skipped = 0;
  for (const text of texts) {
    const folded = prepare(normalise(text).text).folded;
    for (const { topic, pattern, live } of topicsThatMayMatch(folded)) {
      if (live) continue;
      skipped += 1;
      pattern.lastIndex = 0;
      // ids only in the message, never the text
      assert.equal(pattern.test(folded), false, `${topic} matches where the gate skips it`);
      pattern.lastIndex = 0;
    }
  }
  assert.ok(skipped > 0, 'the gate skipped nothing: the check proves nothing');
});

test('the topic gate skips a topic whose words are absent and reads one that is there', () => {
  const live = (text: string) =>
    topicsThatMayMatch(text)
      .filter((entry) => entry.live)
      .map((entry) => entry.topic);
  assert.ok(!live('i need to finish my thesis').includes('job-loss'));
  assert.ok(live('i lost my job').includes('job-loss'));
  assert.deepEqual(
    readLifeTopics(prepare('i lost my job last week')).map((found) => found.topic),
    ['job-loss'],
  );
});
