import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { RequestObservation } from '../spec/observation.ts';
import { analyse, understand } from './index.ts';

const requests = (text: string) =>
  understand(text).filter((observation): observation is RequestObservation => observation.kind === 'request');

test('reads three requests in one turn: pause for a minute, nudge on a condition, then the next step', () => {
  const found = requests(
    'I guess... can we just sit with that for a minute, and then you tell me the very next tiniest step? And please nudge me if my fingers start moving.',
  );
  assert.deepEqual(
    found.map(({ type, afterMs, condition }) => ({ type, afterMs, condition })),
    [
      { type: 'pause', afterMs: 60000, condition: undefined },
      { type: 'next', afterMs: undefined, condition: undefined },
      { type: 'nudge', afterMs: undefined, condition: 'if my fingers start moving' },
    ],
  );
});

test('negation and reported speech are not nudge requests', () => {
  for (const text of [
    'no need to remind me',
    "please don't nudge me",
    'my boss keeps reminding me',
    'That reminds me of school',
  ]) {
    assert.deepEqual(requests(text), [], text);
  }
});

test('a quoted cue keeps its phrase, its condition and "now"', () => {
  const [cue] = requests('Please just say “Look at the cursor” now if you see me start');
  assert.equal(cue?.type, 'cue');
  assert.equal(cue?.phrase, 'Look at the cursor');
  assert.equal(cue?.when, 'now');
  assert.equal(cue?.condition, 'if you see me start');
});

test('typos and texting style still read as a timed nudge', () => {
  const [nudge] = requests('cn u remind me in 10 mins');
  assert.equal(nudge?.type, 'nudge');
  assert.equal(nudge?.afterMs, 600000);
});

test('other languages give no false requests', () => {
  for (const text of [
    'Kannst du mich in zehn Minuten erinnern?',
    '我想休息一下',
    'Je veux arrêter maintenant',
    'Recuérdame en diez minutos',
  ]) {
    assert.deepEqual(requests(text), [], text);
  }
});

test("progress with discounting, a proposal with its timer, tasks with the person's own words", () => {
  const progress = understand("I clicked the word, but I'm not sure that really counts.").find(
    (o) => o.kind === 'progress',
  );
  assert.deepEqual(progress && { status: progress.status, discounting: progress.discounting }, {
    status: 'done',
    discounting: true,
  });
  const observations = understand('I guess I could set a 10-minute timer and answer a single email');
  const proposal = observations.find((o) => o.kind === 'proposal');
  assert.equal(proposal?.kind === 'proposal' && proposal.afterMs, 600000);
  const task = observations.find((o) => o.kind === 'task');
  assert.deepEqual(task?.kind === 'task' && [task.domain, task.object], ['email', 'a single email']);
});

test('ratings, sensations, worries and hedges', () => {
  const observations = understand(
    "I don't know, it's like a seven. My shoulders get tight and I'm worried it won't be perfect.",
  );
  const byKind = (kind: string) => observations.filter((o) => o.kind === kind);
  const [rating] = observations.filter((o) => o.kind === 'rating');
  assert.equal(rating?.value, 7);
  assert.deepEqual(
    byKind('sensation').map((o) => o.kind === 'sensation' && [o.part, o.quality]),
    [['shoulders', 'tight']],
  );
  const [worry] = observations.filter((o) => o.kind === 'worry');
  assert.equal(worry?.about, "it won't be perfect");
  assert.equal(byKind('hedge').length, 1);
});

test('spans point at the words they were read from', () => {
  const text = 'ok — please nudge me in 30 seconds';
  const [nudge] = requests(text);
  assert.ok(nudge);
  assert.equal(text.slice(nudge.span[0], nudge.span[1]), 'nudge me');
});

test('a megabyte of text reads only the first 10,000 characters and says so', () => {
  const text = 'remind me in 5 minutes. '.repeat(50_000);
  const result = analyse(text);
  assert.equal(result.truncated, true);
  assert.equal(result.analysedChars, 10_000);
  assert.ok(result.observations.every((o) => o.span[1] <= 10_000));
  const empty = analyse('');
  assert.deepEqual([empty.observations, empty.truncated, empty.analysedChars], [[], false, 0]);
});

test('any string at all: never throws, and every span lies inside the text', () => {
  const pieces = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom(
      'remind me in ',
      'half a minute',
      '"',
      '“',
      '—',
      'if I ',
      'my chest ',
      'tight',
      '...',
      '\u0000',
      '🙂',
      'İ',
      '10/10',
      ' a 7',
    ),
  );
  fc.assert(
    fc.property(
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
      (text) => {
        const { observations, analysedChars } = analyse(text);
        for (const observation of observations) {
          const [start, end] = observation.span;
          assert.ok(
            Number.isInteger(start) &&
              Number.isInteger(end) &&
              start >= 0 &&
              start <= end &&
              end <= analysedChars,
          );
        }
      },
    ),
    { numRuns: 400 },
  );
});

test('words that name built-in object keys ("constructor", "tostring") are not body parts', () => {
  const observations = understand(
    'my constructor is tight and my tostring feels heavy, hasownproperty aches',
  );
  assert.deepEqual(
    observations.filter((observation) => observation.kind === 'sensation'),
    [],
  );
});

test('a task said as a verb is read: booking an appointment, replying to someone', () => {
  const tasks = (text: string) =>
    understand(text).flatMap((observation) =>
      observation.kind === 'task' ? [`${observation.domain}:${observation.object}`] : [],
    );
  assert.deepEqual(tasks('I keep putting off booking a dentist appointment'), ['call:a dentist appointment']);
  assert.deepEqual(tasks('I should reply to my landlord'), ['email:reply to my landlord']);
  assert.deepEqual(tasks('I have to get back to the recruiter'), ['email:reply to the recruiter']);
});
