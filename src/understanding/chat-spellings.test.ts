import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHAT_SPELLINGS } from './chat-spellings.ts';
import { understand } from './index.ts';
import { normalise } from './normalise.ts';

// a plain object lookup answers Object.prototype's names: "constructor" became Object's source text
const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
];

test('names of Object.prototype are not chat spellings', () => {
  for (const name of PROTOTYPE_NAMES) {
    assert.equal(CHAT_SPELLINGS[name.toLowerCase()], undefined, name);
    assert.equal(CHAT_SPELLINGS[name], undefined, name);
  }
});

test('a turn holding a prototype name keeps its words through normalisation', () => {
  for (const name of PROTOTYPE_NAMES) {
    const text = `the ${name} is broken again`;
    assert.equal(normalise(text).text, text, name);
    assert.ok(!understand(text).some((item) => item.kind === 'risk'), name);
  }
  // the table still works
  assert.equal(normalise('idk where to start tmrw').text, "I don't know where to start tomorrow");
});
