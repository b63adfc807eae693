import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LoadedSession } from '../store/types.ts';
import { LoadedSessions } from './loaded-sessions.ts';

const session = (id: string): LoadedSession => ({
  meta: { id, createdAt: 0, locale: 'en-US', seed: 1 },
  events: [],
  version: 0,
});

test('keeps the most recently used sessions up to its limit', () => {
  const loaded = new LoadedSessions(2);
  loaded.set('a', session('a'));
  loaded.set('b', session('b'));
  assert.ok(loaded.get('a'));
  loaded.set('c', session('c'));
  assert.equal(loaded.get('b'), undefined, 'b was the least recently used');
  assert.ok(loaded.get('a'));
  assert.ok(loaded.get('c'));
  assert.equal(loaded.size, 2);
  loaded.forget('a');
  assert.equal(loaded.get('a'), undefined);
});

test('a limit of 0 keeps nothing', () => {
  const loaded = new LoadedSessions(0);
  loaded.set('a', session('a'));
  assert.equal(loaded.get('a'), undefined);
  assert.equal(loaded.size, 0);
});
