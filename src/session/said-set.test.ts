import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEvent, foldEvents } from './fold.ts';
import { SaidSet } from './said-set.ts';
import { initialState } from './state.ts';

test('adding to a said-set leaves the earlier view as it was', () => {
  const first = SaidSet.of(['open the file']);
  const second = first.with(['look at the cursor']);
  assert.equal(first.has('look at the cursor'), false);
  assert.equal(first.size, 1);
  assert.equal(second.has('look at the cursor'), true);
  assert.deepEqual([...second], ['open the file', 'look at the cursor']);
});

test('a view that branches off an older one sees only its own sentences', () => {
  const base = SaidSet.of(['one']);
  const left = base.with(['two']);
  const right = base.with(['three']);
  assert.deepEqual([...left], ['one', 'two']);
  assert.deepEqual([...right], ['one', 'three']);
  assert.equal(right.has('two'), false);
  assert.equal(left.has('three'), false);
  // growing the newer branch does not leak into the other one either
  const leftAgain = left.with(['four']);
  assert.deepEqual([...leftAgain], ['one', 'two', 'four']);
  assert.equal(right.has('four'), false);
});

test('a sentence said twice is counted once, in the place it was first said', () => {
  const said = SaidSet.of(['a', 'b']).with(['a', 'c']);
  assert.equal(said.size, 3);
  assert.deepEqual([...said.keys()], ['a', 'b', 'c']);
  const seen: string[] = [];
  said.forEach((value, key) => {
    seen.push(`${key}=${value}`);
  });
  assert.deepEqual(seen, ['a=a', 'b=b', 'c=c']);
});

test('folding a therapist turn never changes the state it started from', () => {
  const said = (at: number, text: string) => ({
    type: 'therapist-said' as const,
    at,
    text,
    sentences: [text],
    moves: [],
    source: 'coach' as const,
  });
  const before = foldEvents([said(1, 'Open the file.')], initialState('s', 1));
  const after = applyEvent(before, said(2, 'Look at the cursor.'));
  const branch = applyEvent(before, said(3, 'Read one line.'));
  assert.deepEqual([...before.said], ['open the file']);
  assert.deepEqual([...after.said], ['open the file', 'look at the cursor']);
  assert.deepEqual([...branch.said], ['open the file', 'read one line']);
  assert.equal(before.therapistTurns, 1);
  assert.equal(after.therapistTurns, 2);
});

test('some() searches only the sentences a view sees, in order, and stops at the first', () => {
  const base = SaidSet.of(['open the file']);
  const later = base.with(['look at the cursor', 'type one word']);
  assert.equal(
    base.some((sentence) => sentence.includes('cursor')),
    false,
  );
  assert.equal(
    later.some((sentence) => sentence.includes('cursor')),
    true,
  );
  const asked: string[] = [];
  later.some((sentence) => {
    asked.push(sentence);
    return sentence === 'look at the cursor';
  });
  assert.deepEqual(asked, ['open the file', 'look at the cursor']);
  assert.equal(
    SaidSet.empty().some(() => true),
    false,
  );
});
