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

test('news of a death or a diagnosis is read as it is told ("dad passed in march", "they said its diabetes")', () => {
  const topics = (text: string) => readLifeTopics(prepare(normalise(text).text)).map((found) => found.topic);
  for (const text of [
    'not great. my dad passed in march',
    'my nan passed on sunday',
    'her mum passed in her sleep',
  ])
    assert.ok(topics(text).includes('grief'), text);
  // (their own funeral pictured is a fear, not a loss; a test or a bribe "passed" is no death)
  for (const text of [
    'i keep planning my own funeral',
    'my brother passed his test in june',
    'it passed in naija',
  ])
    assert.ok(!topics(text).includes('grief'), text);
  for (const text of [
    'they said its diabetes. type 2',
    'turns out i have MS',
    'the consultant told me its cancer',
  ])
    assert.ok(topics(text).includes('health'), text);
  assert.ok(!topics('he said its fine').includes('health'));
});
