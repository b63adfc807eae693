/**
 * The thing a short last turn names (src/understanding/content-anchor-phrase.ts), read from the
 * part-of-speech analysis in wordings unlike the seen lines: owned, definite, a name or a counted
 * plural; never a bare noun, one said with "a", one denied, a time, or a long turn's noun. Taken up
 * through the coach in place of a stock probe, and a disclosure beside a named thing still flags.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../understanding/analyse.ts';
import { namedPhraseOf } from '../understanding/content-anchor-phrase.ts';
import { replyToLines as replyTo, STOCK_PROBE as STOCK } from './testing/reply-to-lines.ts';

test('the last noun phrase of a short turn is read, owned ones in the second person', () => {
  const cases: [string, string | undefined][] = [
    ['then the landlord took the deposit', 'the deposit'],
    ["it was my dad's garage", "your dad's garage"],
    ['Priya again. always Priya', 'Priya'],
    ['we sold 300 tickets', '300 tickets'],
    ['thats the caravan gone', 'the caravan'],
    ['and i keep thinking about the wedding speech', 'the wedding speech'], // an object after "about"
    ['worse than my brothers', undefined], // what it is set against
  ];
  for (const [text, words] of cases) assert.equal(namedPhraseOf(text)?.anchor.words, words, text);
});

test('no phrase from a bare noun, an "a" phrase, a denied one, a time, or a long turn', () => {
  for (const text of [
    'need a new start honestly', // "a"
    'lump in my neck', // bare, and where
    'my cooking is not the issue', // denied after
    'give it 20 minutes', // a time, not a thing
    'honestly the whole thing with the garage and my dad and the money has just worn me right down now', // long
    'what about the van?', // their question
  ])
    assert.equal(namedPhraseOf(text), undefined, text);
});

test('a thing named in a short line is asked about, not met with a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      ['work is a mess', 'What is going on there?', 'then the landlord took the deposit'],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
  }
});

test('a disclosure beside a named thing still flags', () => {
  const kinds = analyse('sold the car. wont need it where im going').observations.map((item) => item.kind);
  assert.ok(kinds.includes('risk'), kinds.join(' '));
});
