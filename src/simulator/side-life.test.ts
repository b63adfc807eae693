import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reading } from '../understanding/testing/own-risk-reading.ts';
import { SaidLines } from './client-content.ts';
import { createRandom } from './prng.ts';
import { presentOnce, sideLife } from './side-life.ts';

const seeds = Array.from({ length: 300 }, (_, index) => index + 1);
const lives = seeds.map((seed) => sideLife('smoker-relapsed', seed));

test('the same card and seed give the same week; two seeds of one card give two weeks', () => {
  assert.deepEqual(sideLife('smoker-relapsed', 7), sideLife('smoker-relapsed', 7));
  assert.notDeepEqual(sideLife('smoker-relapsed', 7), sideLife('smoker-relapsed', 8));
  const weeks = new Set(lives.map((life) => life.concerns.join(' / ')));
  assert.ok(weeks.size >= 295, `${weeks.size} different weeks in 300 sessions`);
});

test('a session carries two different side concerns', () => {
  for (const life of lives) {
    assert.equal(life.concerns.length, 2);
    assert.notEqual(life.concerns[0], life.concerns[1]);
  }
});

// (an aside is never a disclosure: the coach must not meet a risk the card did not put there)
test('no side concern or present detail reads as a risk of the person’s own', () => {
  for (const life of lives)
    for (const line of [...life.concerns, life.present]) assert.equal(reading(line), undefined, line);
});

test('an aside beside a real disclosure leaves the disclosure flagged', () => {
  const life = sideLife('smoker-relapsed', 3);
  const aside = life.concerns[0] ?? '';
  assert.ok(reading(`${aside}, and honestly I want to end my life`));
  assert.ok(reading(`I'm going to kill myself tonight. ${life.present}`));
});

test('where they are is said once a session at most', () => {
  const said = new SaidLines();
  said.present = 'just got in from work';
  const random = createRandom(5);
  const told = Array.from({ length: 20 }, () => presentOnce(said, random)).filter(Boolean);
  assert.deepEqual(told, ['just got in from work']);
});
