import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalise, toOriginalSpan } from './normalise.ts';

const PLAIN = 'I want to kill myself';
const DISGUISES: Record<string, string> = {
  'zero-width space': 'I want to ki\u200Bll myself',
  'zero-width joiner': 'I want to ki\u200Dll myself',
  'zero-width non-joiner': 'I want to ki\u200Cll myself',
  'word joiner': 'I want to ki\u2060ll myself',
  'soft hyphen': 'I want to ki\u00ADll myself',
  BOM: 'I want to \uFEFFkill myself',
  'bidi override': 'I want to \u202Ekill\u202C myself',
  'bidi isolate': 'I want to \u2066kill\u2069 myself',
  'combining marks': 'I want to k\u0301i\u0308l\u0300l myself',
  fullwidth: 'I want to ｋｉｌｌ myself',
  'Cyrillic look-alikes': 'I wаnt tо kіll myself',
  'Greek look-alikes': 'I want tο κιll myself',
  'mathematical bold': 'I want to 𝐤𝐢𝐥𝐥 myself',
  'mathematical script': 'I want to 𝓀𝒾𝓁𝓁 myself',
  'spaced letters': 'I want to k i l l myself',
  'dotted letters': 'I want to k.i.l.l myself',
  'repeated letters': 'I want to kiiiiilllll myself',
  'digits for letters': 'I want to k1ll mys3lf',
  'chat spelling': 'i wanna kill myself',
};

for (const [name, disguised] of Object.entries(DISGUISES)) {
  test(`normalisation undoes a disguise: ${name}`, () => {
    const normalised = normalise(disguised);
    assert.equal(normalised.text.toLowerCase(), PLAIN.toLowerCase());
    const at = normalised.text.toLowerCase().indexOf('kill');
    const [start, end] = toOriginalSpan(normalised, at, at + 4);
    // the span points at what was written, disguise and all
    const written = disguised.slice(start, end);
    assert.ok(written.length >= 4, `span ${start}-${end} "${written}"`);
    assert.ok(/^[^ ]/.test(written) && !written.includes('myself'), `span "${written}"`);
  });
}

test('chat spellings read as the words they stand for', () => {
  assert.equal(normalise('idk where to even start').text, "I don't know where to even start");
  assert.equal(normalise('can u just tell me what to do').text, 'can you just tell me what to do');
  assert.equal(
    normalise('im sooooo tired rn, gonna sleeeep tmrw pls').text,
    "I'm so tired right now, going to sleep tomorrow please",
  );
  assert.equal(normalise('ppl dont get it, i cant').text, "people don't get it, i can't");
});

test('ordinary text is left as it is', () => {
  for (const text of [
    'Can you nudge me in 10 minutes?',
    'I sent the email to Sarah at 3pm.',
    'a b c',
    'I am ok',
  ]) {
    assert.equal(normalise(text).text, text);
  }
});

test('spans map back to the original around expansions', () => {
  const text = 'idk, remind me tmrw';
  const normalised = normalise(text);
  const at = normalised.text.indexOf('tomorrow');
  assert.equal(text.slice(...toOriginalSpan(normalised, at, at + 'tomorrow'.length)), 'tmrw');
  const remind = normalised.text.indexOf('remind');
  assert.equal(text.slice(...toOriginalSpan(normalised, remind, remind + 6)), 'remind');
});

test('bad input never throws', () => {
  for (const text of [
    '',
    '\uD800',
    '\uDC00abc',
    '\u202E'.repeat(100),
    'a'.repeat(65536),
    '🙂'.repeat(1000),
  ]) {
    const normalised = normalise(text);
    assert.equal(normalised.origin.length, normalised.text.length + 1);
  }
});

test('plain ASCII keeps every offset; control characters and the backquote still take the full path', () => {
  const plain = 'I sent the email\nto Sarah at 3pm, ok?';
  const normalised = normalise(plain);
  assert.equal(normalised.text, plain);
  assert.deepEqual(
    normalised.origin,
    Array.from({ length: plain.length + 1 }, (_, index) => index),
  );
  assert.equal(normalise('a\tb').text, 'a b');
  assert.equal(normalise('don`t').text, "don't");
  assert.equal(normalise('a\u007fb').text, 'a b');
});

test('a word read twice reads the same (the word memo keeps nothing between forms)', () => {
  for (let pass = 0; pass < 2; pass++) {
    assert.equal(normalise('idk tmrw').text, "I don't know tomorrow");
    assert.equal(normalise('IDK').text, "I DON'T KNOW");
    assert.equal(normalise('k1ll sooooo').text, 'kill so');
  }
});

test('a run of digits for letters reads whole, and a spaced run keeps the person apart', () => {
  assert.equal(normalise('i want to sl33p forever').text, 'i want to sleep forever');
  assert.equal(normalise('i k i l l e d myself in my head').text, 'i killed myself in my head');
  assert.equal(normalise('i n s a n e').text, 'insane');
  // the article before a spaced harm word stays a word, so the disguised plan still reads
  assert.equal(normalise('i have a k i l l plan').text, 'i have a kill plan');
  assert.equal(normalise('cant stop thinkin bout endin it').text, "can't stop thinking about ending it");
});

test('plain stretches around folded characters and rewritten words keep every origin', () => {
  const original = 'idk why i can\u2019t  do it\u2026 k i l l';
  const normalised = normalise(original);
  assert.equal(normalised.origin.length, normalised.text.length + 1);
  assert.equal(normalised.origin.at(-1), original.length);
  // every character of a plain stretch maps to itself in the original
  const at = normalised.text.indexOf('why');
  assert.equal(original.slice(normalised.origin[at], normalised.origin[at + 2] + 1), 'why');
  const apostrophe = normalised.text.lastIndexOf("'");
  assert.equal(original[normalised.origin[apostrophe]], '\u2019');
  assert.equal(original.slice(normalised.origin[apostrophe + 1], normalised.origin[apostrophe + 1] + 1), 't');
});
