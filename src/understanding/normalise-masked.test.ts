import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalise, toOriginalSpan } from './normalise.ts';
import { detectRisk } from './risk.ts';

test('a risk word masked with a star or a hash reads as the word it hides', () => {
  assert.equal(normalise('what if i just k*lled myself').text, 'what if i just killed myself');
  assert.equal(normalise('su*cide thoughts again').text, 'suicide thoughts again');
  assert.equal(normalise('i want to d#e').text, 'i want to die');
  assert.equal(normalise('k*ll m*self').text, 'kill myself');
});

test('a masked word that fits no risk word, or bold and hashtags, stays as written', () => {
  for (const text of ['f*ck this', 'd**n it', '**bold** text', '#hashtag', 'a * b', 'sh*t day'])
    assert.equal(normalise(text).text, text);
});

test('a masked word keeps its span on what the person wrote', () => {
  const text = 'ok so i k*lled it';
  const normalised = normalise(text);
  const start = normalised.text.indexOf('killed');
  assert.deepEqual(toOriginalSpan(normalised, start, start + 'killed'.length), [8, 14]);
});

test('a masked disclosure is read as risk once unmasked', () => {
  assert.ok(detectRisk(normalise('i want to k*ll myself').text).length > 0);
});
