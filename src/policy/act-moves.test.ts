import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sensationClause, sensationName } from './act-moves.ts';

test('tears are said as the person crying, never as a quality of their face', () => {
  assert.equal(sensationClause('face', 'in tears'), "you're in tears");
  assert.equal(sensationClause('face', "can't stop crying"), "you're in tears");
  assert.equal(sensationClause('face', 'teary'), "you're in tears");
  assert.equal(sensationName('face', 'in tears'), 'tears');
});

test('a part with an adjective is said as before', () => {
  assert.equal(sensationClause('chest', 'tight'), 'your chest is tight');
  assert.equal(sensationClause('stomach', 'feel sick'), 'you feel sick');
  assert.equal(sensationClause('chest', "can't breathe"), "you can't breathe");
  assert.equal(sensationClause('hands', 'shaky'), 'your hands are shaky');
});

test('a sensation named back in the close is standard English with the words the person said', () => {
  assert.equal(sensationName('whole-body', 'numb'), 'your body feeling numb');
  assert.equal(sensationName('chest', 'tight'), 'your chest feeling tight');
  assert.equal(sensationName('head', 'pounding'), 'your head pounding');
  assert.equal(sensationName('stomach', 'feel sick'), 'your stomach feeling sick');
  assert.equal(sensationName('feet', 'killing me'), 'your feet killing you');
  assert.equal(sensationName('breath', "can't breathe"), "how you can't breathe");
  assert.equal(sensationName('head', 'headache'), 'headache');
});
