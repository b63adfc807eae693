/**
 * The exact thing a turn gives to ask about (src/understanding/content-anchor.ts): each kind read
 * from its shape in voices unlike the ones that showed the miss, with words turned to the second
 * person, and nothing read where the words mean something else.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentAnchorOf } from './content-anchor.ts';

test('an action held off is read with its object, in the second person', () => {
  const cases: [string, string, boolean][] = [
    [
      'Honestly I still haven’t told my manager about the diagnosis',
      'telling your manager about the diagnosis',
      false,
    ],
    ['i havent called', 'calling', false],
    ['so i just dont send anything', 'sending it', false],
    ['I can’t ask my flatmates for help', 'asking your flatmates for help', true],
    ['got the form weeks ago. havent opened it', 'opening it', false],
    ['i dont want to ring my dad tonight', 'ringing your dad', false],
    ['never replied to her', 'replying to her', false],
  ];
  for (const [text, words, cannot] of cases) {
    const found = contentAnchorOf(text.replace(/’/g, "'"));
    assert.equal(found?.anchor.anchor, 'holding-off', text);
    assert.equal(found?.anchor.words, words, text);
    assert.equal(found?.anchor.anchor === 'holding-off' && found.anchor.cannot === true, cannot, text);
  }
});

test('a held-off action is not read from words that mean something else', () => {
  for (const text of [
    'i cant tell if she even likes me', // "tell" as make out
    'i cant tell the difference anymore',
    'computers. but dont tell anybody haha', // asking the listener, not holding off
    'i dont want go school', // learner grammar: not said back broken
    'i cant go on', // not an action to ask after
  ])
    assert.notEqual(contentAnchorOf(text)?.anchor.anchor, 'holding-off', text);
});

test('a message whose words matter is read, and not when they already said what it says', () => {
  assert.deepEqual(contentAnchorOf('we got a letter from the housing office this morning')?.anchor, {
    anchor: 'message',
    words: 'the letter',
  });
  assert.deepEqual(contentAnchorOf('then his text came through at midnight')?.anchor, {
    anchor: 'message',
    words: 'his text',
  });
  assert.notEqual(contentAnchorOf('got an email saying the job is gone')?.anchor.anchor, 'message');
  assert.notEqual(contentAnchorOf('i sent the letter to my landlord')?.anchor.anchor, 'message');
});

test('someone gone quiet is read as who to speak to, by pronoun', () => {
  assert.deepEqual(contentAnchorOf('my brother hasnt been in touch since the funeral')?.anchor, {
    anchor: 'gone-quiet',
    words: 'him',
    who: 'your brother',
  });
  assert.deepEqual(contentAnchorOf('She never rang back.')?.anchor, {
    anchor: 'gone-quiet',
    words: 'her',
    who: 'she',
  });
});

test('a day ahead is read, a day gone by is not', () => {
  assert.deepEqual(contentAnchorOf('first shift back is thursday')?.anchor, {
    anchor: 'day-ahead',
    words: 'Thursday',
  });
  assert.deepEqual(contentAnchorOf('results out tmrw')?.anchor, { anchor: 'day-ahead', words: 'tomorrow' });
  assert.equal(contentAnchorOf('i saw her on monday')?.anchor, undefined);
  assert.equal(contentAnchorOf('not spoken to anyone since like tuesday')?.anchor, undefined);
  assert.equal(contentAnchorOf('it was awful on friday')?.anchor, undefined);
});

test('an action under "if" is a condition, and the object stops where a new clause starts', () => {
  // the merged round's check:replies found "What's stopping you opening it it can't be bad" (lead, r18)
  assert.equal(contentAnchorOf('meh. if i dont ring them they cant chase me'), undefined);
  assert.equal(contentAnchorOf('unless i never reply he wont ask again'), undefined);
  assert.deepEqual(contentAnchorOf('i cant send the form it will just get lost')?.anchor, {
    anchor: 'holding-off',
    words: 'sending the form',
    cannot: true,
  });
});

test('an action held off with its reason already told is marked, so the reason is not asked again', () => {
  for (const text of [
    'i havent rung the bank cos they will just say no',
    'havent told my boss yet, scared he thinks im weak',
    'i cant answer her, i dont know what to say',
  ]) {
    const found = contentAnchorOf(text);
    assert.equal(found?.anchor.anchor === 'holding-off' && found.anchor.reasoned, true, text);
  }
  const plain = contentAnchorOf('i havent rung the bank');
  assert.equal(plain?.anchor.anchor === 'holding-off' && plain.anchor.reasoned, undefined);
});
