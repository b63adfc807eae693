/**
 * A clause with its dropped "I" put back, or its reason word taken off (statement-said-of-self.ts), read
 * by understanding: on a statement as `whole`, and the turn's first line as a `said-of-self` observation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from './analyse.ts';
import { madeWhole, saidOfSelfLine } from './statement-said-of-self.ts';

test('a reason word before a subject of its own is taken off', () => {
  assert.equal(
    madeWhole('because i had a breakdown at 38', 0, 'because i had a breakdown at 38'),
    'i had a breakdown at 38',
  );
  // no subject after it: left as it was (a fragment, heard not said back)
  assert.equal(madeWhole('because tired', 0, 'because tired'), undefined);
});

test('a dropped "I" is put back only where the line opens', () => {
  const opening = 'honestly been looking at jobs';
  assert.equal(madeWhole('been looking at jobs', 9, opening), "I've been looking at jobs");
  const turn = 'my dad yelled. didnt listen to a word';
  // after someone else's clause the dropped subject may be theirs: never made "I"
  assert.equal(madeWhole('didnt listen to a word', turn.indexOf('didnt'), turn), undefined);
  // a third person's verb form is never given an "I"
  assert.equal(madeWhole('says im lazy', 0, 'says im lazy'), undefined);
});

test("the turn's first line, made whole, is an observation with its span as written", () => {
  const turn = 'honestly been looking at jobs at the garden centre';
  const [line] = saidOfSelfLine(turn);
  assert.equal(line?.text, "I've been looking at jobs at the garden centre");
  assert.equal(turn.slice(...(line?.span ?? [0, 0])), 'been looking at jobs at the garden centre');
  assert.deepEqual(saidOfSelfLine('my boss called me in'), []);
  // a line too long to say back whole is not offered
  assert.deepEqual(
    saidOfSelfLine('been looking at jobs at the garden centre and the shop and the pub and the bank'),
    [],
  );
});

test('through analyse: a statement carries its whole form, the line its own observation', () => {
  const turn = 'because i had a breakdown at 38 and it was the only thing that helped';
  const statement = analyse(turn).observations.find((item) => item.kind === 'statement');
  assert.equal(statement?.kind === 'statement' ? statement.whole : undefined, turn.slice('because '.length));
  const line = analyse('honestly been looking at jobs at bunnings').observations.find(
    (item) => item.kind === 'said-of-self',
  );
  assert.equal(line?.text, "I've been looking at jobs at bunnings");
});
