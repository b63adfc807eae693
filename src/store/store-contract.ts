import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isTinystepError } from '../spec/errors.ts';
import type { SessionMeta, SessionStore, StoredEvent } from './types.ts';

/** A store under test plus a second handle on the same database (another connection, as another process would have). */
export type StoreFixture = {
  store: SessionStore;
  openTwin(): Promise<SessionStore>;
  dispose(): Promise<void>;
};

const meta = (id: string, createdAt = 1_000): SessionMeta => ({ id, createdAt, locale: 'en', seed: 42 });
const said = (text: string, at = 2_000): StoredEvent => ({ type: 'client-said', at, text });

async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<Error> {
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
export function runStoreContract(
  name: string,
  makeFixture: () => Promise<StoreFixture>,
  options: { skip?: string } = {},
) {
  const withStore = (title: string, body: (fixture: StoreFixture) => Promise<void>) =>
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

    withStore('pending nudges come earliest first, per session or all', async ({ store }) => {
      await store.createSession(meta('s1'));
      await store.createSession(meta('s2'));
      await store.scheduleNudge({
        id: 'b',
        sessionId: 's1',
        dueAt: 2_000,
        cue: 'Two.',
        condition: 'if I stall',
        kind: 'cue',
      });
      await store.scheduleNudge({ id: 'a', sessionId: 's2', dueAt: 1_000, cue: 'One.' });
      await store.scheduleNudge({ id: 'c', sessionId: 's1', dueAt: 3_000, cue: 'Three.' });
      assert.deepEqual(
        (await store.pendingNudges()).map((nudge) => nudge.id),
        ['a', 'b', 'c'],
      );
      assert.deepEqual(await store.pendingNudges('s1').then((list) => list[0]), {
        id: 'b',
        sessionId: 's1',
        dueAt: 2_000,
        cue: 'Two.',
        condition: 'if I stall',
        kind: 'cue',
        status: 'pending',
      });
      assert.equal(await store.nextDueAt(), 1_000);
      assert.deepEqual(
        (await store.dueNudges(2_000, 10)).map((nudge) => nudge.id),
        ['a', 'b'],
      );
      assert.deepEqual(
        (await store.dueNudges(9_000, 1)).map((nudge) => nudge.id),
        ['a'],
      );
      await rejectsWithCode(
        store.scheduleNudge({ id: 'a', sessionId: 's1', dueAt: 1, cue: 'Dup.' }),
        'conflict',
      );
    });

    withStore('with nothing pending there is no next due time', async ({ store }) => {
      assert.equal(await store.nextDueAt(), undefined);
      assert.deepEqual(await store.dueNudges(Number.MAX_SAFE_INTEGER, 10), []);
    });

    withStore('a cancelled nudge never fires; cancelling twice reports false', async ({ store }) => {
      await store.createSession(meta('s1'));
      await store.scheduleNudge({ id: 'n1', sessionId: 's1', dueAt: 1_000, cue: 'Go.' });
      assert.equal(await store.cancelNudge('n1', 'client finished'), true);
      assert.equal(await store.cancelNudge('n1'), false);
      assert.equal(await store.fireNudge({ nudgeId: 'n1', firedAt: 2_000, events: [said('x')] }), false);
      assert.equal((await store.load('s1')).version, 0);
      const cancelled = await store.getNudge('n1');
      assert.equal(cancelled?.status, 'cancelled');
      assert.equal(cancelled?.cancelReason, 'client finished');
      assert.equal(await store.nextDueAt(), undefined);
    });

    withStore('cancelling a session cancels only its pending nudges', async ({ store }) => {
      await store.createSession(meta('s1'));
      await store.createSession(meta('s2'));
      for (const [id, sessionId] of [
        ['x1', 's1'],
        ['x2', 's1'],
        ['y1', 's2'],
      ])
        await store.scheduleNudge({ id, sessionId, dueAt: 1_000, cue: 'Go.' });
      await store.fireNudge({ nudgeId: 'x1', firedAt: 1_000, events: [] });
      assert.equal(await store.cancelNudgesForSession('s1', 'crisis'), 1);
      assert.equal((await store.getNudge('x2'))?.cancelReason, 'crisis');
      assert.equal((await store.getNudge('x1'))?.status, 'fired');
      assert.deepEqual(
        (await store.pendingNudges()).map((nudge) => nudge.id),
        ['y1'],
      );
    });

    withStore(
      'firing claims the nudge and appends its turn together, recording lateness',
      async ({ store }) => {
        await store.createSession(meta('s1'));
        await store.append('s1', 0, [said('nudge me in 30 seconds')]);
        await store.scheduleNudge({ id: 'n1', sessionId: 's1', dueAt: 31_000, cue: 'Open the file.' });
        const turn = { type: 'therapist-said', at: 31_250, text: 'Open the file now.', nudgeId: 'n1' };
        const fired = await store.fireNudge({ nudgeId: 'n1', firedAt: 31_250, events: [turn] });
        assert.deepEqual(fired, { nudgeId: 'n1', sessionId: 's1', version: 2, firedAt: 31_250, lateMs: 250 });
        assert.deepEqual((await store.load('s1')).events[1], turn);
        const nudge = await store.getNudge('n1');
        assert.equal(nudge?.status, 'fired');
        assert.equal(nudge?.firedAt, 31_250);
        assert.equal(nudge?.lateMs, 250);
        assert.equal(await store.fireNudge({ nudgeId: 'n1', firedAt: 31_300, events: [turn] }), false);
        assert.equal((await store.load('s1')).version, 2);
      },
    );

    withStore('a nudge fired before its due time records no lateness', async ({ store }) => {
      await store.createSession(meta('s1'));
      await store.scheduleNudge({ id: 'n1', sessionId: 's1', dueAt: 5_000, cue: 'Go.' });
      const fired = await store.fireNudge({ nudgeId: 'n1', firedAt: 4_990, events: [said('x')] });
      assert.ok(fired);
      assert.equal(fired.lateMs, 0);
    });

    withStore(
      'two stores racing to fire the same nudges fire each exactly once',
      async ({ store, openTwin }) => {
        const twin = await openTwin();
        await store.createSession(meta('s1'));
        const ids = Array.from({ length: 20 }, (_, index) => `n${index}`);
        for (const id of ids) await store.scheduleNudge({ id, sessionId: 's1', dueAt: 1_000, cue: 'Go.' });
        const attempts = await Promise.all(
          ids.flatMap((id) =>
            [store, twin].map((contender) =>
              contender.fireNudge({
                nudgeId: id,
                firedAt: 1_500,
                events: [{ type: 'therapist-said', at: 1_500, nudgeId: id }],
              }),
            ),
          ),
        );
        assert.equal(attempts.filter(Boolean).length, ids.length);
        const { events, version } = await store.load('s1');
        assert.equal(version, ids.length);
        assert.deepEqual(new Set(events.map((event) => event.nudgeId)), new Set(ids));
      },
    );

    withStore('a fire and an append interleave without losing either', async ({ store, openTwin }) => {
      const twin = await openTwin();
      await store.createSession(meta('s1'));
      await store.scheduleNudge({ id: 'n1', sessionId: 's1', dueAt: 1_000, cue: 'Go.' });
      const [fired, appended] = await Promise.allSettled([
        twin.fireNudge({ nudgeId: 'n1', firedAt: 1_000, events: [said('nudge', 1_000)] }),
        store.append('s1', 0, [said('client', 1_000)]),
      ]);
      assert.equal(fired.status, 'fulfilled');
      const { events } = await store.load('s1');
      // the append either went first or conflicted; the fired turn is there either way
      assert.equal(events.length, appended.status === 'fulfilled' ? 2 : 1);
      assert.ok(events.some((event) => event.text === 'nudge'));
    });
  });
}
