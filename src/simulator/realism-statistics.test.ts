import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ASK_CONCRETE, ASK_NUDGE } from './reaction-bank.ts';
import { compareWithTargets, EXPLICIT_REQUEST, realismStatistics } from './realism-statistics.ts';

test('one pattern counts both kinds of explicit request and nothing else', () => {
  for (const request of [
    'can you just tell me exactly what to do',
    'Tell me what to do first',
    'what exactly should I do... no, exactly what should I do',
    'nudge me in 10 min?',
    'pls remind me tomorrow',
  ])
    assert.match(request, EXPLICIT_REQUEST, request);
  for (const other of ['idk what to do', 'my mum keeps reminding me', 'what should I even do?', 'yeah'])
    assert.doesNotMatch(other, EXPLICIT_REQUEST, other);
  // (the simulator's own requests are counted by the same pattern, or calibration would miss them)
  for (const request of [...ASK_CONCRETE, ...ASK_NUDGE]) assert.match(request, EXPLICIT_REQUEST, request);
});

test('turn length, question and request shares are counted per client turn', () => {
  const statistics = realismStatistics([
    'idk',
    'yeah',
    'my exams are in three weeks and I have not opened my notes',
    'is that normal?',
    'remind me in 10 min',
  ]);
  assert.equal(statistics.turns, 5);
  assert.equal(statistics.medianWords, 3);
  assert.equal(statistics.p90Words, 13);
  assert.equal(statistics.questionShare, 0.2);
  assert.equal(statistics.requestShare, 0.2);
  assert.equal(statistics.shortShare, 0.4);
  assert.equal(statistics.lowercaseShare, 0.8);
});

test('a statistic is within when it is no more than 25% off its target', () => {
  const rows = compareWithTargets({
    turns: 100,
    medianWords: 9,
    p90Words: 40,
    questionShare: 0.1,
    requestShare: 0.02,
    lowercaseShare: 0,
    unpunctuatedShare: 0,
    shortShare: 0,
  });
  assert.deepEqual(
    rows.map((row) => [row.statistic, row.within]),
    [
      ['medianWords', true],
      ['p90Words', false],
      ['questionShare', true],
      ['requestShare', false],
    ],
  );
});
