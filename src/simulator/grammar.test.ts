import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../understanding/index.ts';
import { expand, FreshSentences } from './grammar.ts';
import { REQUESTS, TIMES } from './phrase-bank.ts';
import { createRandom } from './prng.ts';

test('expands choices, optional parts and slots', () => {
  const random = createRandom(3);
  const text = expand('(hello|hi) [there] {name}', { name: ['Sam'] }, random);
  assert.match(text, /^(Hello|Hi)( there)? Sam$/);
});

test('never hands out the same sentence twice, and gives up rather than repeat', () => {
  const fresh = new FreshSentences(createRandom(1));
  assert.equal(fresh.compose(['Only one way to say it']), 'Only one way to say it');
  assert.equal(fresh.compose(['Only one way to say it']), undefined);
});

test('every request template reads as its own request type to understanding', () => {
  const random = createRandom(9);
  for (const [type, templates] of Object.entries(REQUESTS)) {
    for (const template of templates) {
      for (let draw = 0; draw < 4; draw++) {
        const sentence = `${expand(template, { time: TIMES, urge: ['check my phone'], cue: ['Just one click'] }, random)}?`;
        const types = understand(sentence)
          .filter((observation) => observation.kind === 'request')
          .map((observation) => observation.type);
        assert.ok(types.includes(type as never), `"${sentence}" read as [${types.join(', ')}], not ${type}`);
      }
    }
  }
});
