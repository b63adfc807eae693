import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isTinystepError } from '../spec/errors.ts';
import { runNudgeContract } from './store-contract-nudges.ts';
import type { SessionMeta, SessionStore, StoredEvent } from './types.ts';

/** A store under test plus a second handle on the same database (another connection, as another process would have). */
export type StoreFixture = {
  store: SessionStore;
  openTwin(): Promise<SessionStore>;
  dispose(): Promise<void>;
};

export const meta = (id: string, createdAt = 1_000): SessionMeta => ({
  id,
  createdAt,
  locale: 'en',
  seed: 42,
});
export const said = (text: string, at = 2_000): StoredEvent => ({ type: 'client-said', at, text });

export async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<Error> {
  const error = await promise.then(
    () => assert.fail(`expected a ${code} error`),
    (caught: unknown) => caught,
  );
  assert.ok(isTinystepError(error), `expected a TinystepError, got ${String(error)}`);
  assert.equal(error.code, code);
  return error;
}

/**
 * The one suite every SessionStore passes (memory, SQLite, PostgreSQL).
 * @example runStoreContract('memory store', async () => { const store = createMemoryStore();
 *   return { store, openTwin: async () => store, dispose: () => store.close() }; });
 */
export type WithStore = (title: string, body: (fixture: StoreFixture) => Promise<void>) => void;

export function runStoreContract(
  name: string,
  makeFixture: () => Promise<StoreFixture>,
  options: { skip?: string } = {},
) {
  const withStore: WithStore = (title, body) =>
    test(title, { skip: options.skip ?? false }, async () => {
      const fixture = await makeFixture();
      try {
        await body(fixture);
      } finally {
        await fixture.dispose();
      }
    });

  describe(`${name}: store contract`, () => {
    withStore('a new session loads at version 0 with its meta, token hash included', async ({ store }) => {
      await store.createSession({ ...meta('s1'), tokenHash: 'sha256:abc' });
      await store.createSession(meta('s2'));
      assert.deepEqual(await store.load('s1'), {
        meta: { ...meta('s1'), tokenHash: 'sha256:abc' },
        events: [],
        version: 0,
      });
      assert.deepEqual((await store.load('s2')).meta, meta('s2'));
    });

    withStore('creating a session id twice is a conflict', async ({ store }) => {
      await store.createSession(meta('s1'));
      await rejectsWithCode(store.createSession(meta('s1')), 'conflict');
    });

    withStore('append returns the new version and load returns events in order', async ({ store }) => {
      await store.createSession(meta('s1'));
      assert.equal(await store.append('s1', 0, [said('one')]), 1);
      assert.equal(await store.append('s1', 1, [said('two'), said('three')]), 3);
      const loaded = await store.load('s1');
      assert.equal(loaded.version, 3);
      assert.deepEqual(
        loaded.events.map((event) => event.text),
        ['one', 'two', 'three'],
      );
    });

    withStore('an append at a stale version is a conflict and writes nothing', async ({ store }) => {
      await store.createSession(meta('s1'));
      await store.append('s1', 0, [said('first')]);
      const error = await rejectsWithCode(store.append('s1', 0, [said('secret words')]), 'conflict');
      assert.ok(!error.message.includes('secret'), 'error messages never carry event text');
      assert.deepEqual((await store.load('s1')).events, [said('first')]);
    });

    withStore(
      'two appends at the same expected version: one wins, one conflicts',
      async ({ store, openTwin }) => {
        const twin = await openTwin();
        await store.createSession(meta('s1'));
        const outcomes = await Promise.allSettled([
          store.append('s1', 0, [said('from A')]),
          twin.append('s1', 0, [said('from B')]),
        ]);
        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
        assert.equal(won.length, 1);
        assert.equal(lost.length, 1);
        assert.equal((lost[0] as PromiseRejectedResult).reason.code, 'conflict');
        assert.equal((await store.load('s1')).events.length, 1);
      },
    );

    withStore('load, append and nudges of an unknown session are not-found errors', async ({ store }) => {
      await rejectsWithCode(store.load('nope'), 'not-found');
      await rejectsWithCode(store.append('nope', 0, [said('x')]), 'not-found');
      await rejectsWithCode(
        store.scheduleNudge({ id: 'n1', sessionId: 'nope', dueAt: 1, cue: 'Go.' }),
        'not-found',
      );
    });

    withStore('events round-trip as JSON, unicode and nesting intact', async ({ store }) => {
      await store.createSession(meta('s1'));
      const event: StoredEvent = {
        type: 'therapist-said',
        at: 1_700_000_000_123,
        text: 'Écris une ligne 🙂 — שלום, 你好, e\u0301, tab\tand "quotes" \\ \u0000 \ud83d',
        nested: { list: [1, 2.5, -3, true, false, null], empty: {}, deep: { deeper: ['ü'] } },
      };
      await store.append('s1', 0, [event]);
      const [loaded] = (await store.load('s1')).events;
      assert.deepEqual(loaded, JSON.parse(JSON.stringify(event)));
      assert.equal(loaded.at, 1_700_000_000_123);
    });

    withStore('a large batch appends whole', async ({ store }) => {
      await store.createSession(meta('s1'));
      const events = Array.from({ length: 1_234 }, (_, index) => said(`turn ${index}`, index));
      assert.equal(await store.append('s1', 0, events), 1_234);
      const loaded = await store.load('s1');
      assert.equal(loaded.events[1_233].text, 'turn 1233');
    });

    withStore('changing returned or passed objects does not change the record', async ({ store }) => {
      await store.createSession(meta('s1'));
      const event = said('original');
      await store.append('s1', 0, [event]);
      event.text = 'changed after append';
      const loaded = await store.load('s1');
      loaded.events[0].text = 'changed after load';
      assert.equal((await store.load('s1')).events[0].text, 'original');
    });

    withStore('list returns every session, oldest first', async ({ store }) => {
      await store.createSession(meta('late', 3_000));
      await store.createSession(meta('early', 1_000));
      assert.deepEqual(
        (await store.list()).map((session) => session.id),
        ['early', 'late'],
      );
    });

    withStore('delete erases events, nudges and meta', async ({ store }) => {
      await store.createSession(meta('gone'));
      await store.createSession(meta('kept'));
      await store.append('gone', 0, [said('private')]);
      await store.scheduleNudge({ id: 'n-gone', sessionId: 'gone', dueAt: 5_000, cue: 'Open it.' });
      await store.scheduleNudge({ id: 'n-kept', sessionId: 'kept', dueAt: 6_000, cue: 'Type one word.' });
      assert.equal(await store.delete('gone'), true);
      await rejectsWithCode(store.load('gone'), 'not-found');
      assert.equal(await store.getNudge('n-gone'), undefined);
      assert.deepEqual(
        (await store.pendingNudges()).map((nudge) => nudge.id),
        ['n-kept'],
      );
      assert.deepEqual(
        (await store.list()).map((session) => session.id),
        ['kept'],
      );
      assert.equal(await store.delete('gone'), false);
      assert.equal(await store.fireNudge({ nudgeId: 'n-gone', firedAt: 9_000, events: [said('x')] }), false);
    });
  });

  describe(`${name}: nudge contract`, () => runNudgeContract(withStore));
}
