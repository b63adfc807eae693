/**
 * Someone's words reported (src/understanding/content-anchor-voice.ts), read by shape in voices unlike
 * the seen lines that showed the miss, and taken up as "hearing it from …" through the real coach; a
 * disclosure told as someone's words still flags.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../understanding/analyse.ts';
import { reportedVoiceOf } from '../understanding/content-anchor-voice.ts';
import { replyToLines as replyTo, STOCK_PROBE as STOCK } from './testing/reply-to-lines.ts';

test('a voice is read from any speaker before a verb of saying, in learner and chat forms', () => {
  const cases: [string, string][] = [
    ['my nan always says worse things happen at sea', 'my nan'],
    ['and the foreman just tells me to get on with it', 'the foreman'],
    ['she keeps saying its my fault', 'her'],
    ['they say is normal for first year', 'them'],
    ['everyone says give it time', 'everyone'],
    ['my stepdad texted me like "grow up"', 'my stepdad'],
  ];
  for (const [text, who] of cases) assert.equal(reportedVoiceOf(text)?.anchor.words, who, text);
});

test('no voice where nobody said it, or where it is not a person speaking', () => {
  for (const text of [
    'what did he say', // asked, not told
    'what will my aunty say when she hears', // what might be said
    'my gut says no', // not a person
    'the letter says i owe 300', // a message, asked about by the content anchor instead
    'i said no to him', // their own words
    'just sick of people saying that', // how it sits with them, already said
    'he say nothing. i am the one who stays late every night', // the turn goes on to their own clause
  ])
    assert.equal(reportedVoiceOf(text), undefined, text);
});

test('a reported voice is asked about as hearing it from them, not with a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'my cousin wants me to move to leeds with her',
        'How do you feel about it?',
        'my uncle say i am too young for this',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.match(reply.text, /hearing (?:it|that) from your uncle/, reply.text);
  }
});

test('a disclosure told as someone else said it still flags', () => {
  const kinds = analyse('my mate said he is going to end it tonight').observations.map((item) => item.kind);
  assert.ok(kinds.includes('risk'), kinds.join(' '));
});
