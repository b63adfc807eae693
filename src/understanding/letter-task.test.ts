/**
 * Letters and messages read as tasks in the person's words (src/understanding/letter-task.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from './analyse-prepare.ts';
import { readLetterTask } from './letter-task.ts';
import { normalise } from './normalise.ts';

const taskOf = (text: string) => readLetterTask(prepare(normalise(text).text));

test('a letter come in the post is a task to open, named as they said it', () => {
  assert.deepEqual(
    [
      'i keep getting these pension letters and i just leave them in the drawer',
      'hello. i have letter from IRD 3 week now i dont open',
      "I got a recall letter after my mammogram. It's been on the fridge 12 days",
    ].map((text) => [taskOf(text)?.domain, taskOf(text)?.object]),
    [
      ['other', 'these pension letters'],
      ['other', 'letter from IRD'],
      ['other', 'a recall letter'],
    ],
  );
});

test('a letter to write is writing; a message owed is a message; a phrase stops at its sentence', () => {
  assert.equal(taskOf('I have begun the letter many times.')?.domain, 'writing');
  assert.deepEqual(
    [taskOf('i need to message him but i cant')?.object, taskOf('i should text my friend')?.object],
    ['message to him', 'message to my friend'],
  );
  assert.equal(taskOf('he keeps texting me'), undefined);
  assert.equal(taskOf('i wrote it all down. letter came today')?.object, 'letter');
  assert.equal(taskOf('the letter was lovely'), undefined);
});

test('"another letter" is named without its "another", so a step can say "the letter"', () => {
  assert.equal(taskOf('got another letter from the screening place')?.object, 'letter from the screening');
});
