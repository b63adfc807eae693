import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confirmsRisk } from './safe-statement.ts';

test('a dismissive "yeah yeah" after the check-in does not confirm the risk', () => {
  assert.equal(confirmsRisk('yeah yeah thats what everyone says', []), false);
  assert.equal(confirmsRisk('yeah right', []), false);
});

test('a yes to the check-in still confirms it', () => {
  assert.equal(confirmsRisk('yeah', []), true);
  assert.equal(confirmsRisk('yes i am', []), true);
  assert.equal(confirmsRisk('I am.', []), true);
});

test('a thought that goes on confirms the risk; an ordinary "keep thinking about the exam" is not read here', () => {
  assert.equal(confirmsRisk('I just keep thinking it', []), true);
  assert.equal(confirmsRisk('still thinking about it all the time tbh', []), true);
  assert.equal(confirmsRisk('i think about it every night', []), true);
  assert.equal(confirmsRisk('i keep thinking about the exam', []), false);
});
