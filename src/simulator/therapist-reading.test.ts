import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTherapistTurn } from '../evaluator/therapist-turn.ts';
import { clientReader, listsAsSentences, memoizedReader, TherapistMemory } from './therapist-reading.ts';

const read = clientReader(readTherapistTurn);
const stepOf = (text: string) => new TherapistMemory(read).take(text).step;

test('a numbered list of plain actions is a concrete answer, however it is laid out', () => {
  for (const text of [
    'Here is exactly what to do: 1. Open the file. 2. Type one sentence.',
    'Here is exactly what to do: 1) Open the file. 2) Type one sentence.',
    'Here is exactly what to do:\n1) Open the file\n2) Type one sentence',
    '- Open the folder\n- Look at the first letter',
  ]) {
    const reading = read(text);
    assert.ok(reading.answers.includes('concrete'), `not concrete: ${JSON.stringify(text)}`);
    assert.equal(stepOf(text)?.concrete, true, JSON.stringify(text));
  }
});

test('list markers become sentence breaks and nothing else changes', () => {
  assert.equal(
    listsAsSentences('Do this:\n1) Open the file\n2) Save it'),
    'Do this: Open the file. Save it.',
  );
  assert.equal(listsAsSentences('How are you feeling today?'), 'How are you feeling today?');
});

test('a polite request for a plain action counts as that action; an invitation to talk does not', () => {
  const asked = read('Could you open the file and read the first line?');
  assert.ok(asked.answers.includes('concrete'));
  assert.equal(stepOf('Could you open the file and read the first line?')?.concrete, true);
  for (const text of ['Can you tell me more about that?', 'Could you say more?']) {
    assert.equal(stepOf(text), undefined, text);
    assert.ok(!read(text).answers.includes('concrete'), text);
  }
});

test('a step a person would simply do answers a request for concreteness', () => {
  const text = 'Exactly what to do: stand up and walk over to the washing up.';
  assert.ok(read(text).answers.includes('concrete'));
  assert.equal(read(text).vague, false);
});

test('a memoized reader reads each text once, and a bounded one forgets rather than grows', () => {
  let reads = 0;
  const counting = (text: string) => {
    reads += 1;
    return readTherapistTurn(text);
  };
  const memo = memoizedReader(counting, 2);
  memo('Open the file.');
  memo('Open the file.');
  assert.equal(reads, 1);
  memo('Read the first line.');
  memo('Type one word.');
  memo('Open the file.');
  assert.equal(reads, 4);
});
