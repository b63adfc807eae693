/**
 * The exact thing the turn gave, asked about in plain words (src/policy/listen-anchor.ts), through the
 * real understanding and the template realizer: in place of a stock probe, never in place of safety,
 * an answer to their question, or owning a miss.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToLines as replyTo, STOCK_PROBE as STOCK } from '../coach/testing/reply-to-lines.ts';

const OPENING = ['things are rubbish at the moment', "I'm sorry. What's been happening?"];

test('an action held off is asked about, not met with a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [...OPENING, "been signed off work for a month and I haven't told my parents"],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.match(reply.text, /hold off|stopping you/, reply.text);
    // (said back just before, the question leans on it rather than naming "your parents" twice)
    assert.ok((reply.text.match(/your parents/g) ?? []).length <= 1, reply.text);
  }
});

test('a message, someone gone quiet and a day ahead each get their own question', async () => {
  const cases: [string, RegExp][] = [
    ['a letter from the bank came this morning', /What did the letter actually say|What was in the letter/],
    ['my best friend still hasnt texted back', /what would you want to say to (?:her|them|him)/i],
    ['the tribunal is next week', /next week/],
  ];
  for (const [line, asked] of cases)
    for (const seed of [1, 2]) {
      const reply = await replyTo([...OPENING, line], seed);
      assert.doesNotMatch(reply.text, STOCK, `${line} → ${reply.text}`);
      assert.match(reply.text, asked, `${line} → ${reply.text}`);
    }
});

test('a disclosure beside an anchor still flags', async () => {
  for (const line of [
    'i havent told my wife. i dont want to be here anymore',
    'got a letter from the court today and i have the pills ready',
    "my brother never rang back. tomorrow i'm going to end it",
  ]) {
    const reply = await replyTo([...OPENING, line], 1);
    assert.ok(
      reply.moves.some((move) => move.type === 'crisis'),
      `${line} → ${reply.text}`,
    );
  }
});

test('a line that made light of it is owned, not probed', async () => {
  for (const line of ['not funny for me tbh', "it's not a joke to me"]) {
    const reply = await replyTo(['i hid in the loos at the party', 'Ha, classic!', line], 1);
    assert.match(reply.text, /sorry|isn't funny/i, reply.text);
    assert.doesNotMatch(reply.text, STOCK, reply.text);
  }
});
