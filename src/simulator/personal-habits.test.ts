import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinTheirWay, rating } from './assemble-turn.ts';
import { typeInVoice } from './chat-voice.ts';
import { MISSPELLINGS, pickSpellings, slipOnce, slipTheirWay, spellTheirWay } from './habitual-spellings.ts';
import { loadPersona, loadPersonaDirectory, parsePersona } from './load-persona.ts';
import { habitsOf } from './personal-habits.ts';
import { createRandom } from './prng.ts';

test('a person has the same habits every time, and people differ from each other', () => {
  const personas = loadPersonaDirectory();
  const teenager = loadPersona('teenager');
  assert.deepEqual(habitsOf(teenager).lines, habitsOf(loadPersona('teenager')).lines);
  assert.deepEqual(
    [...habitsOf(teenager).spellings.words],
    [...habitsOf(loadPersona('teenager')).spellings.words],
  );
  // their few ways of saying next to nothing: not the same set for everyone
  const minimal = new Set(personas.map((persona) => habitsOf(persona).lines.MINIMAL.join('|')));
  assert.ok(minimal.size >= personas.length - 2, `${minimal.size} sets for ${personas.length} people`);
  const dropout = new Set(personas.map((persona) => habitsOf(persona).lines.DROPOUT.join('|')));
  assert.ok(dropout.size >= personas.length - 2, `${dropout.size} goodbyes for ${personas.length} people`);
  for (const persona of personas) assert.ok(habitsOf(persona).lines.MINIMAL.length <= 4, persona.id);
});

test("a card's own words come before the shared ones", () => {
  const older = loadPersona('older-adult');
  for (const line of older.voice.own.leaving) assert.ok(habitsOf(older).lines.DROPOUT.includes(line), line);
  const card = parsePersona(
    [
      'id: own-words',
      'name: Test',
      'problem: { summary: a thing, context: a life }',
      'tasks: [{ domain: other, object: the thing }]',
      'fears: [it goes wrong]',
      'selfTalk: [useless]',
      'body: [{ part: chest, qualities: [tight] }]',
      'urges: [scroll]',
      'style: plain',
      'start: { distress: 5, fatigue: 3, trust: 5, willingness: 5 }',
      'voice:',
      '  own: { minimal: ["mm dunno", "eh", "meh", "no clue"] }',
      '  spellings: { because: "cos" }',
    ].join('\n'),
    'own-words.yaml',
  );
  assert.deepEqual(habitsOf(card).lines.MINIMAL, ['mm dunno', 'eh', 'meh', 'no clue']);
  assert.equal(habitsOf(card).spellings.words.get('because'), 'cos');
});

test('a habitual spelling is used every time the word comes, keeping a typed capital', () => {
  const spellings = pickSpellings(createRandom(1), 0, 0, { because: 'becuase', 'going to': 'gonna' });
  assert.equal(
    spellTheirWay("Because I'm going to fail, because I always do", spellings),
    "Becuase I'm gonna fail, becuase I always do",
  );
  assert.equal(
    spellTheirWay('no such words here', pickSpellings(createRandom(1), 0, 0, {})),
    'no such words here',
  );
});

test("a slip is of the person's kind, one a message at most, and leaves names, short words and capitals alone", () => {
  const random = createRandom(3);
  const slipped = slipOnce('thinking', random);
  assert.equal(slipped.length, 'thinking'.length);
  assert.equal([...slipped].filter((letter, index) => letter !== 'thinking'[index]).length, 1);
  assert.equal(slipOnce('the', random), 'the');
  assert.equal(slipTheirWay('Frank GP Tesco', 'neighbour', 1, random), 'Frank GP Tesco');
  const sentence = 'nothing much changes around here without somebody making noise';
  const typed = slipTheirWay(sentence, 'neighbour', 1, random);
  assert.equal(typed.split(' ').filter((word, index) => word !== sentence.split(' ')[index]).length, 1);
  assert.equal(slipTheirWay('in the morning', 'space', 1, createRandom(2)), 'inthe morning');
  assert.equal(slipTheirWay('nothing changes', 'neighbour', 0, random), 'nothing changes');
});

test('a short piece is never run on into the next without a comma or a stop', () => {
  const habits = { ...habitsOf(loadPersona('teenager')), joiners: [' '] };
  const random = createRandom(5);
  assert.equal(
    joinTheirWay(['8', 'everyone in my year is revising'], habits, random),
    '8, everyone in my year is revising',
  );
  assert.equal(
    joinTheirWay(['my exams are in three weeks', 'everyone in my year is revising'], habits, random),
    'my exams are in three weeks everyone in my year is revising',
  );
});

test('a rating comes in the way the person gives numbers, or not at all', () => {
  const teenager = habitsOf(loadPersona('teenager'));
  for (const style of ['plain', 'hedged', 'words'] as const) {
    const said = rating(8, { ...teenager, rating: style }, false, createRandom(9));
    assert.match(said, /\b(?:[0-9]|10)\b/, style);
  }
  assert.doesNotMatch(rating(8, { ...teenager, rating: 'dodges' }, false, createRandom(9)), /[0-9]/);
  assert.match(rating(8, teenager, true, createRandom(9)), /^[A-Z0-9].*\.$/);
});

test('one person types in one case: a lower-case typer stays in lower case nearly every turn', () => {
  const persona = loadPersona('teenager');
  const habits = { ...habitsOf(persona), casing: 'lower' as const };
  const random = createRandom(11);
  const typed = Array.from({ length: 200 }, () =>
    typeInVoice('I know. But I Can not', persona.voice, habits, random),
  );
  const lower = typed.filter((text) => text === text.toLowerCase()).length;
  assert.ok(lower >= 180, `${lower}/200 in lower case`);
  const proper = { ...habits, casing: 'proper' as const };
  assert.ok(
    Array.from({ length: 50 }, () => typeInVoice('i know', persona.voice, proper, random, true)).every(
      (text) => text.startsWith('I know'),
    ),
  );
});

test('every card reports a step in its own words, and only in them (a shared "did it" was a stock line)', () => {
  for (const persona of loadPersonaDirectory()) {
    const habits = habitsOf(persona);
    assert.ok(persona.voice.own.done.length > 0, `${persona.id} has no words of its own for a step done`);
    assert.deepEqual(habits.lines.STEP_DONE, persona.voice.own.done);
    assert.deepEqual(habits.lines.STEP_PARTIAL, persona.voice.own.partial);
    assert.deepEqual(habits.lines.STEP_FAILED, persona.voice.own.notDone);
  }
});

test('no shared misspelling is planted: a card misspells only the words it lists', () => {
  const shared = new Set(MISSPELLINGS.map(([, form]) => form));
  for (const persona of loadPersonaDirectory()) {
    for (const [word, form] of habitsOf(persona).spellings.words)
      assert.ok(
        !shared.has(form) || persona.voice.spellings[word] === form,
        `${persona.id} spells "${word}" as "${form}"`,
      );
  }
});
