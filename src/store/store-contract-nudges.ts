import assert from 'node:assert/strict';
import { meta, rejectsWithCode, said, type WithStore } from './store-contract.ts';

/** The nudge half of the store contract (store-contract.ts runs it). */
export function runNudgeContract(withStore: WithStore): void {
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

  withStore('one store asked twice at once for the same nudge fires it once', async ({ store }) => {
    await store.createSession(meta('s1'));
    await store.scheduleNudge({ id: 'n1', sessionId: 's1', dueAt: 1_000, cue: 'Go.' });
    await store.scheduleNudge({ id: 'n2', sessionId: 's1', dueAt: 1_000, cue: 'Go.' });
    await store.cancelNudge('n2');
    const turn = (nudgeId: string) => ({
      nudgeId,
      firedAt: 1_200,
      events: [{ type: 'therapist-said', at: 1_200, nudgeId }],
    });
    const results = await Promise.all([
      store.fireNudge(turn('n1')),
      store.fireNudge(turn('n1')),
      store.fireNudge(turn('n2')),
    ]);
    assert.equal(results.filter(Boolean).length, 1);
    assert.equal(results[2], false, 'a cancelled nudge in the same group stays unsaid');
    assert.equal((await store.load('s1')).version, 1);
  });
}
