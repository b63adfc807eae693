import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeTherapistTurn, codeTherapistUtterance, splitTherapistUtterances } from './miti-coder.ts';

const code = (text: string, clientText?: string, previousTherapistText?: string) =>
  codeTherapistUtterance(text, { clientText, previousTherapistText }).code;

test('open and closed questions: wh-questions and "tell me more" are open; yes/no, numbers and times are closed', () => {
  assert.equal(code('What do you enjoy about the evenings out?'), 'question-open');
  assert.equal(code('Tell me more about what happened on Friday.'), 'question-open');
  assert.equal(code('Could you walk me through a typical morning?'), 'question-open');
  assert.equal(code('Do you smoke before work?'), 'question-closed');
  assert.equal(code('How many nights a week would you say?'), 'question-closed');
  assert.equal(code('On a scale of zero to ten, how ready are you?'), 'question-closed');
  assert.equal(code('When you picture next summer, what would be different?'), 'question-open');
});

test('a reflection restates what the client just said, with the person shifted from I to you', () => {
  const client = 'I keep opening the essay and then I close it again because I hate what I wrote.';
  assert.equal(code('You open the essay and close it again.', client), 'reflection-simple');
  assert.match(
    codeTherapistUtterance('You open the essay and close it again.', { clientText: client }).reasons.join(
      ' ',
    ),
    /client's words|"I" into "you"/,
  );
});

test("a reflection said with a question mark is still a reflection when it states the client's meaning", () => {
  const client = 'Honestly I hate running, I only do it because my brother nags me.';
  assert.match(code('So you run mostly for your brother, not for yourself?', client), /^reflection-/);
  assert.equal(code('Did you run yesterday?', client), 'question-closed');
});

test('complex when the reflection adds a feeling, a meaning, or both sides of the ambivalence', () => {
  const client = 'I want to stop betting but the weekends are boring without it.';
  assert.equal(
    code('Part of you wants to stop, and part of you dreads empty weekends.', client),
    'reflection-complex',
  );
  assert.equal(
    code('It sounds like you feel a bit lost when Saturday comes around.', client),
    'reflection-complex',
  );
  assert.equal(code('The weekends are boring without it.', client), 'reflection-simple');
});

test('advice without permission is persuade; after the client said yes, or with the choice left to them, it is persuade with permission', () => {
  assert.equal(code('You should throw the lighter away tonight.'), 'persuade');
  assert.equal(code('Maybe you could keep the bottles out of the house.'), 'persuade');
  const asked = 'Would it be okay if I shared a couple of things that help other people?';
  assert.equal(
    code('You could keep the bottles out of the house.', 'Yes, go ahead.', asked),
    'persuade-with-permission',
  );
  assert.equal(
    code('Some people put the phone in another room, but it is your call.'),
    'persuade-with-permission',
  );
});

test('seeking collaboration, emphasising autonomy, affirming and confronting are told apart', () => {
  assert.equal(
    code('Would it be alright if I told you what the nurse usually suggests?'),
    'seeking-collaboration',
  );
  assert.equal(code("Let's work out a plan together."), 'seeking-collaboration');
  assert.equal(code('Whatever you decide, it is entirely your choice.'), 'emphasizing-autonomy');
  assert.equal(code('It took real courage to tell your boss.'), 'affirm');
  assert.equal(code("That's just an excuse."), 'confront');
  assert.equal(code("You're in denial about how much you drink."), 'confront');
});

test('facts and explanations are giving information; greetings and fillers are none', () => {
  assert.equal(code('Nicotine cravings usually peak in the first three days.'), 'giving-information');
  assert.equal(code('Research shows that people who plan ahead cut down more.'), 'giving-information');
  assert.equal(code('Okay.'), 'none');
  assert.equal(code('Hi, thanks for coming in today.'), 'none');
});

test('every code comes with a reason a person can read', () => {
  for (const text of ['What brings you here?', 'You feel stuck.', 'You need to stop.', 'Okay.']) {
    const coded = codeTherapistUtterance(text, { clientText: 'I feel stuck.' });
    assert.ok(coded.reasons.length > 0 && coded.reasons.every((reason) => reason.length > 3), text);
  }
});

test('a therapist turn is split into utterances, each coded in the context of the client turn', () => {
  assert.deepEqual(splitTherapistUtterances('You feel stuck. What would help?'), [
    'You feel stuck.',
    'What would help?',
  ]);
  const coded = codeTherapistTurn("You're tired of the arguments; what would you like instead?", {
    clientText: "I'm so tired of the arguments with my son.",
  });
  assert.deepEqual(
    coded.map((utterance) => utterance.code),
    ['reflection-simple', 'question-open'],
  );
});

test('the coder never throws and codes empty or odd input as none', () => {
  for (const text of ['', '   ', '?!', '🙂', 'a'.repeat(5000), '\u0000\u0001']) {
    assert.doesNotThrow(() => codeTherapistUtterance(text, { clientText: text }));
  }
  assert.equal(code('?'), 'none');
});
