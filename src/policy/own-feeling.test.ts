/**
 * Whose feeling a feeling word is (own-feeling.ts): another person's feeling is never said back as
 * the person's own ("mum will be gutted" → not "You're feeling sad"), in live sessions too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { createCoachSession } from '../coach/coach-session.ts';
import { feelingOfSomeoneElse } from '../understanding/feeling-owner.ts';

const at = (text: string, word: string): [number, number] => {
  const index = text.indexOf(word);
  return [index, index + word.length];
};

test('a feeling said of someone else is theirs, not the person’s', () => {
  for (const [text, word] of [
    ['mum will be gutted. kid will cry at the pool', 'gutted'],
    ['he is also tired. everyone tired. who i complain to', 'tired'],
    ["my son failed his driving test again, he's gutted", 'gutted'],
    ['my mum will be gutted when she sees my grades', 'gutted'],
    ['Sam is gutted', 'gutted'],
    ['the kids are scared', 'scared'],
  ])
    assert.equal(feelingOfSomeoneElse(text, at(text, word)), true, text);
});

test('a feeling of their own stays theirs, with someone else in the clause or not', () => {
  for (const [text, word] of [
    ['is it normal to feel angry at him? he is sick', 'angry'],
    ['she makes me so angry', 'angry'],
    ["i'm worried my mum is upset", 'worried'],
    ['my head is so tired', 'tired'],
    ['gutted tbh', 'gutted'],
    ['im so tired', 'tired'],
    ['the whole thing is stressful', 'stressful'],
  ])
    assert.equal(feelingOfSomeoneElse(text, at(text, word)), false, text);
});

async function replyTo(line: string): Promise<string> {
  const clock = new VirtualClock(0);
  const session = createCoachSession({ clock, seed: 16, sessionId: 'own-feeling-test' });
  clock.advanceTo(30_000);
  const turn = await session.receive(line);
  return turn.messages.map((message) => message.text).join(' ');
}

test('a live reply never names as theirs a feeling someone else has', async () => {
  for (const line of [
    'my mum will be gutted when she sees my grades',
    "mum will be gutted. kid will cry at the pool. and it'll be my fault",
    'he is also tired. everyone tired. who i complain to',
  ]) {
    const text = await replyTo(line);
    assert.doesNotMatch(text, /\byou(?:'re| are)? (?:feeling )?(?:sad|tired|gutted)\b/i, `${line} → ${text}`);
    assert.doesNotMatch(text, /\bleft you feeling\b/i, `${line} → ${text}`);
  }
});

test('a real disclosure beside someone else’s feeling is still met as risk', async () => {
  const text = await replyTo('my mum is gutted and I want to die');
  assert.match(text, /emergency|findahelpline|safe right now|ending your life|killing yourself/i, text);
});
