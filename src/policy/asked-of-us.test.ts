/**
 * A question put to the coach itself ("anyway how are u", "are you a bot?") or one only an honest
 * answer meets ("does it get easier?", "is it normal to feel angry at him? he is sick") is answered
 * plainly first, in the same reply (round 16: raters marked these as questions ignored). Through
 * the real understanding and the template realizer; excerpts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToPersonLines } from '../coach/testing/reply-to-lines.ts';

const replyTo = replyToPersonLines;

const CASES: [string[], RegExp][] = [
  [
    ['my flatmate moved out and i cant cover the rent alone', 'yeah. anyway how are u'],
    /^(?:I'm|Doing) (?:okay|fine)/,
  ],
  [
    ['i have to tell my parents i failed the year', 'are you a real person?'],
    /\b(?:program|not a (?:person|human))\b/,
  ],
  [['my girlfriend left last week', 'does it get easier?'], /\b(?:ease|easier)\b/],
  [
    ['i keep snapping at my dad since the diagnosis', 'is it normal to feel angry at him? he is sick'],
    /\b(?:common|normal)\b/,
  ],
  [
    ['my heart races before every shift', 'tell me honestly, can anxiety really do this?'],
    /^(?:Yes|It really can)/,
  ],
  [["i forgot my best friend's birthday", "do you think she'll forgive me?"], /\bcan't know|can know\b/],
  [['i cried in the car after the interview', 'does that make sense?'], /\bmakes? (?:complete )?sense\b/],
];

test('a question put to the coach is answered plainly, first, in the same reply', async () => {
  for (const [lines, answer] of CASES)
    for (const seed of [1, 2, 3]) {
      const reply = await replyTo(lines, seed);
      assert.match(reply.text, answer, `${lines.at(-1)} → ${reply.text}`);
      assert.equal(reply.moves[0], 'take-up-question', `${lines.at(-1)} → ${reply.moves.join(',')}`);
    }
});

test('a risk said beside a question of ours still comes first', async () => {
  const reply = await replyTo(['i want to kill myself. anyway how are u'], 1);
  assert.equal(reply.moves[0], 'crisis', reply.text);
  const other = await replyTo(['my sister self-harms and I want to die too. is that normal?'], 1);
  assert.equal(other.moves[0], 'crisis', other.text);
});
