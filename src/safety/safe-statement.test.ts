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
