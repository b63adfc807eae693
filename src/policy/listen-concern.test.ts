/**
 * The concern of the last turn taken up (src/policy/listen-concern.ts), through the real
 * understanding and the template realizer: named in plain words and asked about, in place of a
 * stock probe or a plain say-back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { createCoachSession } from '../coach/coach-session.ts';
import { replyToLines as replyTo, STOCK_PROBE as STOCK } from '../coach/testing/reply-to-lines.ts';

test('how it looks to others is named as shame and asked about, not met with a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'i cancelled on my friends again last night',
        'What happened?',
        'honestly the worst bit is everyone thinks im flaky now',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.ok(
      (reply.moves ?? []).some(
        (move: { type: string; about?: string; concern?: string }) =>
          move.type === 'open-question' && move.about === 'concern' && move.concern === 'shame',
      ),
      reply.text,
    );
  }
});

test("a learner's line about being alone is heard in plain words, not echoed", async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'i moved here for work two years ago',
        'What has that been like?',
        'yes. and i have nobody here to talk. only you',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, /nobody here to talk/i, reply.text);
    assert.doesNotMatch(reply.text, STOCK, reply.text);
  }
});

test('the same concern is not asked about two turns running', async () => {
  const clock = new VirtualClock(0);
  const session = createCoachSession({ clock, seed: 1, sessionId: 'listen-concern-test' });
  const asked: (string | undefined)[] = [];
  for (const [index, line] of [
    'i cancelled on my friends again last night',
    'honestly the worst bit is everyone thinks im flaky now',
    'and now everyone will talk about it at the party',
  ].entries()) {
    clock.advanceTo((index + 1) * 30_000);
    const turn = await session.receive(line);
    const question = turn.moves.find((move) => move.type === 'open-question');
    asked.push(
      question?.type === 'open-question' && question.about === 'concern' ? question.concern : undefined,
    );
  }
  assert.equal(asked[1], 'shame');
  assert.notEqual(asked[2], 'shame');
});

test('a short answer inside a fear told just before takes up that fear, not a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'im terrified they will laugh at me in the meeting',
        'What would you say instead?',
        'idk. nothing probably',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    // (round 14: the fear itself, "they will laugh at you in the meeting", is carried as the turn's
    // hinge (listen-hinge.ts) where it was carried as the concern "fear"; either takes that fear up)
    assert.ok(
      (reply.moves ?? []).some(
        (move: { type: string; about?: string; concern?: string; hinge?: string }) =>
          move.type === 'open-question' &&
          ((move.about === 'concern' && move.concern === 'fear') ||
            (move.about === 'hinge' && move.hinge === 'feared-outcome')),
      ),
      reply.text,
    );
  }
});

test('a concern is carried once: a session does not take the same earlier fear up twice', async () => {
  const clock = new VirtualClock(0);
  const session = createCoachSession({ clock, seed: 2, sessionId: 'listen-concern-carried' });
  const carried: string[] = [];
  for (const [index, line] of [
    'im terrified they will laugh at me in the meeting',
    'idk. nothing probably',
    'ok',
    'not really',
  ].entries()) {
    clock.advanceTo((index + 1) * 30_000);
    const turn = await session.receive(line);
    for (const move of turn.moves)
      if (move.type === 'open-question' && move.about === 'concern' && move.concern)
        carried.push(move.concern);
  }
  assert.ok(carried.filter((concern) => concern === 'fear').length <= 2, carried.join(', '));
});

test('"i should just be grateful" is heard as not letting themselves find it hard, in our words', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'started the new job last month',
        'How is it going?',
        'i feel bad even saying it, i should just be grateful',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.doesNotMatch(reply.text, /grateful|feel bad/i, reply.text);
  }
});

test('a self-dismissal is not said back flat: the value under it is named, and nothing of it is echoed', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'my mum has been ill a while',
        'What do you do in a day?',
        'nothing really. i just do mums meds and the shopping',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, /you just do|meds|shopping/i, reply.text);
    assert.doesNotMatch(reply.text, STOCK, reply.text);
  }
});

test('a turn with nothing of its own, in a loss they told, is asked about the loss, not a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'i got made redundant in may',
        "I'm sorry. How have you been?",
        'not great',
        'What have the days been like?',
        'I keep getting up at six as though I am going in.',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.ok(
      (reply.moves ?? []).some(
        (move: { type: string; about?: string; concern?: string }) =>
          move.type === 'open-question' && move.about === 'concern' && move.concern === 'loss',
      ),
      reply.text,
    );
  }
});
