import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeSentence } from '../text/sentences.ts';
import { chooseSentence, createTurnMemory, type Unit } from './chooser.ts';
import { insertTail, lowerFirst, quote, toSecondPerson } from './text-tools.ts';

const unit: Unit = {
  key: 'test',
  candidates: ['That makes sense.', 'Of course this is hard.'],
  openers: ['Okay,'],
  tails: [' today'],
};

test('never picks a sentence already said in the session', () => {
  const said = new Set([normalizeSentence('That makes sense.')]);
  for (let seed = 0; seed < 20; seed++) {
    const sentence = chooseSentence(unit, createTurnMemory(seed, 0, said, false));
    assert.equal(sentence, 'Of course this is hard.');
  }
});

test('composes a fresh variant once every phrasing has been said', () => {
  const said = new Set<string>();
  const seen: string[] = [];
  for (let turn = 0; turn < 12; turn++) {
    const sentence = chooseSentence(unit, createTurnMemory(3, turn, said, false));
    assert.ok(!said.has(normalizeSentence(sentence)), `repeated: ${sentence}`);
    said.add(normalizeSentence(sentence));
    seen.push(sentence);
  }
  assert.ok(seen.includes('Okay, that makes sense.'));
  assert.ok(seen.includes('That makes sense today.'));
  assert.ok(seen.some((sentence) => sentence.startsWith('Round ')));
});

test('asks at most one question in a turn when a statement form exists', () => {
  const asking: Unit = {
    key: 'ask',
    candidates: ['How heavy does it feel, 0 to 10?', 'Tell me how heavy it feels, 0 to 10.'],
  };
  const memory = createTurnMemory(1, 0, new Set(), false);
  memory.questionAsked = true;
  assert.equal(chooseSentence(asking, memory), 'Tell me how heavy it feels, 0 to 10.');
});

test('keeps "I" capitalised and quotes a cue without changing it', () => {
  assert.equal(lowerFirst("I'll nudge you."), "I'll nudge you.");
  assert.equal(lowerFirst('Open the file'), 'open the file');
  assert.equal(quote('Look at the cursor'), '"Look at the cursor."');
  assert.equal(quote('“Look — now.”'), '“Look — now.”');
  assert.equal(insertTail('Say it: "Go."', ' now'), null);
  assert.equal(insertTail('Open it.', ', slowly'), 'Open it, slowly.');
  assert.equal(toSecondPerson('if I start fiddling with my mouse'), 'you start fiddling with your mouse');
});

test('a tail that repeats how the sentence ends is no variant ("with you now" + " now")', () => {
  assert.equal(insertTail('We can leave everything else; I am here with you now.', ' now'), null);
  assert.equal(insertTail('Rest for now.', ' for now'), null);
  assert.equal(insertTail('I am here.', ' now'), 'I am here now.');
});

test('a sentence does not repeat five words of one said earlier in the turn', () => {
  const memory = createTurnMemory(1, 0, new Set(), false);
  chooseSentence({ key: 'first', candidates: ['So you want to get the report done today.'] }, memory);
  const question: Unit = {
    key: 'second',
    candidates: ['What would it mean to get the report done today?', 'What would finishing it give you?'],
    ordered: true,
  };
  assert.equal(chooseSentence(question, memory), 'What would finishing it give you?');
});
