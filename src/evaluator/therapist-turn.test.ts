import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { countWords } from '../text/sentences.ts';
import { parseTranscript } from '../transcript/index.ts';
import { parseDuration } from '../understanding/index.ts';
import { MARKERS } from './act-markers.ts';
import { MARKS, readTherapistTurn } from './therapist-turn.ts';

const SEED = new URL('../../../shared/reference/seed-session.txt', import.meta.url);
const seedSkip = existsSync(SEED) ? false : 'seed-session.txt is absent (../shared/reference)';
const durationSkip =
  parseDuration('a minute') === 60000 ? false : 'understanding parseDuration is still a placeholder';

function seedTherapistTurns(): string[] {
  return parseTranscript(readFileSync(SEED, 'utf8'))
    .filter((turn) => turn.role === 'therapist')
    .map((turn) => turn.text);
}

test('a concrete object makes an instruction concrete; "notice what\'s left" is vague', () => {
  const concrete = readTherapistTurn('Just click on the first noun, no matter what it looks like.');
  assert.equal(concrete.instructions[0].concrete, true);
  assert.equal(concrete.vague, false);
  assert.ok(concrete.answers.includes('concrete'));

  const vague = readTherapistTurn(
    "Without stopping it, notice what's left when you let that movement be there.",
  );
  assert.equal(vague.instructions[0].concrete, false);
  assert.equal(vague.vague, true);
  assert.ok(!vague.answers.includes('concrete'));
});

test('an abstract description of noticing is vague and answers nothing', () => {
  const reading = readTherapistTurn(
    "Noticing wouldn't be about fixing the thoughts or the chest tightening; it would be about paying attention to what's happening in the moment.",
  );
  assert.equal(reading.vague, true);
  assert.deepEqual(reading.answers, []);
});

test('"I\'ll remind you…" is a promise that answers a nudge request', () => {
  const reading = readTherapistTurn("I'll remind you after a minute. Just click on the first noun.");
  assert.equal(reading.promises.length, 1);
  assert.ok(reading.answers.includes('nudge'));
  assert.ok(reading.answers.includes('concrete'));
});

test('a promise keeps its time', { skip: durationSkip }, () => {
  assert.equal(readTherapistTurn("I'll remind you after a minute.").promises[0].afterMs, 60000);
  assert.equal(readTherapistTurn("I'll nudge you in 30 seconds.").promises[0].afterMs, 30000);
});

test('a conditional promise keeps its condition and cue', () => {
  const reading = readTherapistTurn(
    'When your fingers start to move, I\'ll remind you: "Look at the cursor."',
  );
  assert.equal(reading.promises[0].condition, 'your fingers start to move');
  assert.equal(reading.promises[0].cue, 'Look at the cursor');
  assert.ok(reading.answers.includes('cue'));
  assert.deepEqual(reading.cues, [], 'a promised cue is not a cue said now');
});

test('a short imperative said now is a cue', () => {
  const reading = readTherapistTurn('Look at the cursor.');
  assert.deepEqual(reading.cues, ['Look at the cursor.']);
  assert.ok(reading.answers.includes('nudge'));
});

test('"30 seconds." answers nothing', () => {
  const reading = readTherapistTurn('30 seconds.');
  assert.deepEqual(reading.answers, []);
  assert.deepEqual(reading.promises, []);
});

test('questions are open or closed; "what if you…" is a suggestion, not a question', () => {
  assert.equal(readTherapistTurn('What would you notice about your body?').questions.open, 1);
  assert.equal(readTherapistTurn('Would you like to try that?').questions.closed, 1);
  const suggestion = readTherapistTurn('What if you just opened the file and highlighted one word?');
  assert.deepEqual(suggestion.questions, { open: 0, closed: 0 });
  assert.equal(suggestion.instructions.length, 2);
});

test('reflections are simple or complex', () => {
  assert.deepEqual(readTherapistTurn("You're feeling worn out.").reflections, { simple: 1, complex: 0 });
  const complex = readTherapistTurn(
    "It's like you're trying to hold onto control of that worry, but it keeps slipping away.",
  );
  assert.deepEqual(complex.reflections, { simple: 0, complex: 1 });
  assert.ok(complex.codes.includes('reflection-complex'));
});

test('holds, explains, closes and shrinks are read from their phrases', () => {
  assert.ok(readTherapistTurn("Let's sit with that for a minute.").answers.includes('pause'));
  assert.ok(
    readTherapistTurn('This helps because naming a feeling loosens its grip.').answers.includes('explain'),
  );
  assert.ok(readTherapistTurn("Let's stop here for today.").answers.includes('stop'));
  assert.ok(readTherapistTurn("Let's make it even smaller: open the file.").answers.includes('smaller'));
});

test('a crisis response is read as asking, giving a resource and staying', () => {
  const reading = readTherapistTurn(
    "Thank you for telling me. Are you thinking about killing yourself? You can call or text 988 right now. I'm here with you.",
  );
  assert.deepEqual(reading.crisis, { asksDirectly: true, givesResource: true, staysWithPerson: true });
  assert.equal(readTherapistTurn('Open the file.').crisis, null);
});

test('the seed: abstract answers are vague, the click step is concrete, "30 seconds." does nothing', {
  skip: seedSkip,
}, () => {
  const turns = seedTherapistTurns();
  const byStart = (start: string) => {
    const found = turns.find((text) => text.startsWith(start));
    assert.ok(found, `seed turn starting "${start}"`);
    return readTherapistTurn(found);
  };
  assert.equal(byStart('Noticing wouldn').vague, true);
  assert.equal(byStart('Those physical sensations').vague, true);
  assert.ok(byStart("Let's simplify").answers.includes('smaller'));
  assert.ok(byStart("Let's simplify").answers.includes('concrete'));
  assert.ok(byStart("I'll remind you").answers.includes('nudge'));
  assert.ok(byStart("Let's break it down").answers.includes('concrete'));
  assert.ok(!byStart("Let's break it down").answers.includes('explain'));
  assert.deepEqual(byStart('Go ahead and try').answers, []);
  assert.deepEqual(byStart('30 seconds').answers, []);
  assert.deepEqual(byStart('Look at the cursor').cues, ['Look at the cursor.']);
});

test('promises read in any person and tense keep their time', { skip: durationSkip }, () => {
  const cases: [string, number][] = [
    ["I've set a nudge for 30 seconds from now.", 30000],
    ["You'll get a nudge from me in 3 seconds.", 3000],
    ["I'll check back in 2 minutes.", 120000],
    ["A nudge is set: I'll be back in a minute.", 60000],
    ['In a minute I\'ll say "Look at the cursor."', 60000],
  ];
  for (const [text, afterMs] of cases) {
    const reading = readTherapistTurn(text);
    assert.equal(reading.promises.length, 1, text);
    assert.equal(reading.promises[0].afterMs, afterMs, text);
    assert.ok(reading.answers.includes('nudge'), text);
  }
});

test('"It will be these words: …" names the cue of the promise before it, not a cue said now', () => {
  const reading = readTherapistTurn(
    'I\'ll nudge you in 30 seconds. It will be these words: "Open the file."',
  );
  assert.equal(reading.promises.length, 1);
  assert.equal(reading.promises[0].cue, 'Open the file');
  assert.deepEqual(reading.cues, []);
  assert.ok(reading.answers.includes('cue'));
});

test('a quoted cue after a colon is said now', () => {
  const reading = readTherapistTurn(
    'Here\'s your cue: "Look at the cursor." Take one slow breath, then look at the script.',
  );
  assert.deepEqual(reading.cues, ['Look at the cursor.']);
  assert.deepEqual(reading.promises, []);
});

test('explanations by cause, purpose or mechanism are explanations', () => {
  for (const text of [
    'Each small step you finish is proof that you can start.',
    'This helps because starting is the hard part.',
    'The reason is that small steps give the worry less to grab.',
    'A nudge does the remembering, so you can stay on one thing.',
    'Noticing a feeling gives you a small gap to choose what you do.',
  ]) {
    assert.ok(readTherapistTurn(text).explains, text);
  }
  assert.equal(readTherapistTurn('It keeps slipping away.').explains, false);
  assert.equal(readTherapistTurn('That makes sense.').explains, false);
});

test('plural and everyday objects make a step concrete; "another small step" does not', () => {
  for (const text of [
    'Put the bills in front of you.',
    'Open the letters.',
    'Pick up the forms and put them on the desk.',
    'Touch the tax return once.',
  ]) {
    const reading = readTherapistTurn(text);
    assert.ok(reading.answers.includes('concrete'), text);
    assert.equal(reading.vague, false, text);
  }
  assert.equal(readTherapistTurn("When you're ready, you can take another small step.").vague, true);
  assert.equal(readTherapistTurn('Do that one thing.').answers.includes('concrete'), false);
});

test('ordinals and short lead-ins do not hide the step', () => {
  for (const text of [
    'To start, work on the script for 20 minutes.',
    'Last, close the laptop.',
    'Then, to end, save the file.',
    'Smaller, then: instead of trying to write the email, just open it in the inbox.',
  ]) {
    assert.ok(
      readTherapistTurn(text).instructions.some((item) => item.concrete),
      text,
    );
  }
});

test('a turn’s word count is the sum of its sentences’ and matches countWords on the whole text', () => {
  for (const text of [
    'e.g. this one. Then the next!!! "Quoted." Next…',
    'Wait 3.5 minutes. Then type “Hi.” — and stop; that’s it',
    '... ?? !',
    'One-word',
  ])
    assert.equal(readTherapistTurn(text).words, countWords(text), text);
});

test('no turn-level cue or ACT marker can match across a sentence end, so reading them per sentence is exact', () => {
  // a sentence ends at . ! ? or … before a space; a pattern reaches across one only by matching that
  // mark, or by looking around or anchoring at an edge that a sentence on its own does not have
  const reachesAcross = /(?<!\\)\.|\\[.?!WSD]|[!…]|\[\^|\^|\$|\(\?<?[=!]/;
  for (const [name, pattern] of [...Object.entries(MARKS), ...Object.entries(MARKERS)])
    assert.doesNotMatch(pattern.source, reachesAcross, name);
});
