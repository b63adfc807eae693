import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerAsked, askedKind, lastQuestion } from './answer-asked.ts';
import { SaidLines } from './client-content.ts';
import { createRandom } from './prng.ts';
import { QUESTION_RUN, questionRemark } from './question-remark.ts';

test('the last question of a turn is told by its kind, and an open question by none', () => {
  assert.equal(askedKind("Hi there, it's nice to meet you. How are you feeling as we start?"), 'how-are-you');
  assert.equal(askedKind('Thanks. Is there anything else on your mind about this?'), 'anything-else');
  assert.equal(askedKind('That was a lot. Would you like to continue the conversation?'), 'continue');
  assert.equal(askedKind('So stress. Would it be okay if we looked at a few ideas?'), 'permission');
  assert.equal(askedKind('How are you? What does smoking do for you?'), undefined);
  assert.equal(askedKind('What gets in the way of changing it?'), undefined);
  // an offer of a step is answered by the reactions to offers, not as leave to go on
  assert.equal(askedKind('Shall we look for one small thing you could do about it?'), undefined);
  assert.equal(askedKind('It sounds hard.'), undefined);
  assert.equal(lastQuestion('How are you? What does it do for you? It helps.'), 'what does it do for you?');
});

test("a plain question mostly gets a plain answer, in the person's own yes and no", () => {
  const own = { yes: ['yeah go on'], no: ['nah'] };
  const state = { distress: 4, trust: 5, readiness: 5 };
  const answers = (kind: Parameters<typeof answerAsked>[0], at = state) =>
    Array.from({ length: 200 }, (_, seed) => answerAsked(kind, at, own, createRandom(seed)));
  const leave = answers('permission');
  assert.ok(leave.filter((answer) => answer === 'yeah go on').length > 80);
  assert.ok(
    leave.some((answer) => answer === undefined),
    'some say something of their own instead',
  );
  assert.ok(answers('permission', { distress: 4, trust: 2, readiness: 5 }).every((a) => a !== 'yeah go on'));
  const more = answers('anything-else').filter(Boolean);
  assert.ok(
    more.length > 100 && more.every((answer) => /^(no|nah|nope|nothing else|that's all)/.test(answer ?? '')),
  );
  // (how they are follows how they came in)
  const low = answers('how-are-you', { distress: 8, trust: 5, readiness: 5 }).filter(Boolean);
  assert.ok(low.every((answer) => !/^(good|pretty good|doing well)/.test(answer ?? '')));
  // two words at most, so no stock answer of three words is said by two people
  for (const answer of [...more, ...low, ...answers('continue').filter(Boolean)])
    assert.ok(
      (answer ?? '').replace(/, (and you\?|you\?|and yourself\?)$/, '').split(' ').length <= 2,
      answer,
    );
});

test('a remark on the questions comes only after a run of them, once a session', () => {
  const said = new SaidLines();
  for (let seed = 0; seed < 300; seed++)
    assert.equal(questionRemark(QUESTION_RUN - 1, said, createRandom(seed)), undefined);
  const remarks = Array.from({ length: 300 }, (_, seed) =>
    questionRemark(QUESTION_RUN, said, createRandom(seed)),
  );
  assert.equal(remarks.filter(Boolean).length, 1);
  assert.ok(said.remarkedOnQuestions);
});

test('the last question is the last clause ending in "?", as the last match of /[^.!?]*\\?/g', () => {
  const pieces = ['how are you', '?', '.', '!', ' ', 'ok', 'Is it?', '??', 'why. ', 'x?y'];
  let state = 7;
  for (let run = 0; run < 2000; run++) {
    let text = '';
    const length = run % 9;
    for (let index = 0; index < length; index++) {
      state = (state * 1103515245 + 12345) >>> 0;
      text += pieces[state % pieces.length];
    }
    const expected = text
      .match(/[^.!?]*\?/g)
      ?.at(-1)
      ?.trim()
      .toLowerCase();
    assert.equal(lastQuestion(text), expected, JSON.stringify(text));
  }
});
