/**
 * A clause with its dropped "I" put back, or its reason word taken off (src/policy/said-of-self.ts),
 * and through the real understanding, policy and realizer: such a line is said back, not met with a
 * stock question alone; a dropped subject that may be someone else's is left as it was.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToLines as replyTo } from '../coach/testing/reply-to-lines.ts';
import { droppedSubjectClause, saidOfSelf } from './said-of-self.ts';

const statement = (text: string, start = 0) => ({
  kind: 'statement' as const,
  text,
  weight: 1,
  span: [start, start + text.length] as [number, number],
});

test('a reason word before a subject of its own is taken off; the span stays theirs', () => {
  const item = statement('because i had a breakdown at 38');
  const said = saidOfSelf(item, 'because i had a breakdown at 38');
  assert.equal(said.text, 'i had a breakdown at 38');
  assert.deepEqual(said.span, item.span);
  // no subject after it: left as it was (a fragment, heard not said back)
  assert.equal(saidOfSelf(statement('because tired'), 'because tired').text, 'because tired');
});

test('a dropped "I" is put back only where the line opens', () => {
  const opening = 'honestly been looking at jobs';
  assert.equal(saidOfSelf(statement('been looking at jobs', 9), opening).text, "I've been looking at jobs");
  const turn = 'my dad yelled. didnt listen to a word';
  const later = statement('didnt listen to a word', turn.indexOf('didnt'));
  // after someone else's clause the dropped subject may be theirs: never made "I"
  assert.equal(saidOfSelf(later, turn).text, 'didnt listen to a word');
  // a third person's verb form is never given an "I"
  assert.equal(saidOfSelf(statement('says im lazy'), 'says im lazy').text, 'says im lazy');
});

test('a line with no statement of its own gets its first sentence back when it reads clean', () => {
  const clause = droppedSubjectClause('honestly been looking at jobs at the garden centre', () => true);
  assert.equal(clause?.text, "I've been looking at jobs at the garden centre");
  assert.equal(
    droppedSubjectClause('been looking at jobs', () => false),
    undefined,
  );
  assert.equal(
    droppedSubjectClause('my boss called me in', () => true),
    undefined,
  );
});

test('through the coach: a line with its "I" dropped is said back, not met by a stock question alone', async () => {
  const chat = [
    'i lost my job in march',
    'That sounds hard. How have things been since?',
    'honestly been looking at jobs at the garden centre',
  ];
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(chat, seed);
    assert.match(reply.text, /you've been looking at jobs at the garden centre/i, reply.text);
  }
});
