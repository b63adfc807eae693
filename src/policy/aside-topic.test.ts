/**
 * A loss named only as background is not met as the news (aside-topic.ts, life-topics.ts): raters
 * gave 1s on fresh v29 to "I'm so sorry, that's a huge loss" after a death that only dated what was
 * told. Excerpts written for these tests; a loss told as the news is still met as one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import { analyse } from '../understanding/index.ts';

async function replyTo(line: string): Promise<{ text: string; moves: string[] }> {
  const [reply] = await replyToTranscript(
    [
      { role: 'therapist', text: "What's been going on?" },
      { role: 'client', text: line },
    ],
    { which: 'last', seed: 16 },
  );
  return { text: reply.text, moves: reply.moves.map((move) => move.type) };
}

const asideOf = (line: string) =>
  analyse(line).observations.flatMap((item) =>
    item.kind === 'life-topic' && item.topic === 'grief' ? [item.aside === true] : [],
  );

test('a loss in a clause trailing the main one is background; one told first is the news', () => {
  assert.deepEqual(
    asideOf("i havent been able to drive on the motorway since I got upset at that kid's funeral"),
    [true],
  );
  assert.deepEqual(asideOf('my auntie maybe. she was there when my papá died'), [true]);
  assert.deepEqual(asideOf('my dad died in march and i cant stop thinking about him'), [false]);
  assert.deepEqual(asideOf('ever since my mum passed i cant open the post'), [false]);
});

test('a background loss gets no condolence; a loss told as news still does', async () => {
  for (const line of [
    "i havent been able to drive on the motorway since I got upset at that kid's funeral",
    'my auntie maybe. she was there when my papá died',
  ]) {
    const reply = await replyTo(line);
    assert.doesNotMatch(reply.text, /\b(?:sorry|loss)\b/i, `${line} → ${reply.text}`);
  }
  const news = await replyTo('my dad died in march and i cant stop thinking about him');
  assert.match(news.text, /\bsorry\b/i, news.text);
});

test('a risk said beside a background loss is still met first', async () => {
  const reply = await replyTo('she was there when my papá died and I want to die too');
  assert.equal(reply.moves[0], 'crisis', reply.text);
});
