import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRandom as random } from '../text/seeded-random.ts';
import { analyse } from './analyse.ts';

const PIECES = [
  'i want to kill myself',
  'k i l l',
  'remind me in 10',
  'at 3pm',
  'half 4',
  'my chest is tight',
  'idk',
  'u',
  'rope',
  'not',
  'if',
  'said',
  '"',
  "'",
  '...',
  '—',
  '\u200B',
  '\u2060',
  '\u00AD',
  '\uFEFF',
  '\u202E',
  '\u2066',
  '\u0301',
  '\uD800',
  '\uDC00',
  '🙂',
  '👍🏽',
  '\u0000',
  '\n',
  'ｋｉｌｌ',
  'кіll',
  '𝐤𝐢𝐥𝐥',
  '1',
  '10/10',
  'İ',
  'ß',
  '  ',
];

function randomString(next: () => number): string {
  const kind = next();
  if (kind < 0.35) {
    // raw UTF-16 units, surrogates and controls included
    const length = Math.floor(next() * 80);
    let text = '';
    for (let index = 0; index < length; index++) text += String.fromCharCode(Math.floor(next() * 0x10000));
    return text;
  }
  if (kind < 0.7) {
    const count = 1 + Math.floor(next() * 12);
    let text = '';
    for (let index = 0; index < count; index++)
      text += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.6 ? ' ' : '');
    return text;
  }
  // printable ASCII soup
  const length = Math.floor(next() * 120);
  let text = '';
  for (let index = 0; index < length; index++) text += String.fromCharCode(32 + Math.floor(next() * 95));
  return text;
}

function checkReading(text: string): void {
  const analysis = analyse(text);
  for (const observation of analysis.observations) {
    const [start, end] = observation.span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end), JSON.stringify(observation));
    assert.ok(start >= 0 && start <= end && end <= text.length, `span ${start}-${end} of ${text.length}`);
  }
  assert.equal(analysis.observations.length, analysis.explained.length);
}

test('10,000 random and adversarial strings: never throws, spans inside the text, within budget', () => {
  const next = random(20261205);
  // the first reading loads the model and the analysis; that is start-up, not a string's cost
  analyse('warm up: remind me in 10, my chest is tight');
  const started = performance.now();
  let slowest = 0;
  for (let index = 0; index < 10_000; index++) {
    const text = randomString(next);
    const began = performance.now();
    checkReading(text);
    slowest = Math.max(slowest, performance.now() - began);
  }
  const elapsed = performance.now() - started;
  // generous for a shared two-core machine; a quadratic path would blow far past these
  assert.ok(elapsed < 90_000, `10,000 strings took ${Math.round(elapsed)} ms`);
  assert.ok(slowest < 3_000, `slowest string took ${Math.round(slowest)} ms`);
});

test('huge and hostile inputs stay linear: 64 kB of one character, 100 kB, bidi overrides, lone surrogates', () => {
  const inputs = [
    'a'.repeat(65_536),
    'k'.repeat(65_536),
    ' '.repeat(65_536),
    '\u200B'.repeat(65_536),
    '🙂'.repeat(32_768),
    '\uD800'.repeat(65_536),
    '\u202E'.repeat(50_000) + 'i want to die',
    'k i l l '.repeat(12_800),
    'my chest is tight and i want to die, remind me in 10 '.repeat(2_000),
    Array.from({ length: 100_000 }, (_, index) => String.fromCharCode((index * 7919) % 0xffff)).join(''),
  ];
  for (const text of inputs) {
    const began = performance.now();
    checkReading(text);
    const elapsed = performance.now() - began;
    assert.ok(elapsed < 3_000, `${text.length} characters took ${Math.round(elapsed)} ms`);
  }
});

test('empty, whitespace and emoji-only input read as nothing', () => {
  for (const text of ['', '   ', '\n\n', '🙂🙂🙂', '👍'])
    assert.deepEqual(analyse(text).observations, [], JSON.stringify(text));
});
