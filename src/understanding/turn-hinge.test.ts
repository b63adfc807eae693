/**
 * What a turn turns on (src/understanding/turn-hinge.ts): each kind read from its shape, with the
 * hinge's own words as written, and nothing read from a turn that turns on nothing in particular.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HingeKind } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { turnHingesOf } from './turn-hinge.ts';

function hinge(text: string, kind: HingeKind) {
  return turnHingesOf(text).find((item) => item.hinge === kind);
}

test('each kind of hinge is read with its words as written', () => {
  const cases: [string, HingeKind, string][] = [
    ['i want to ring her but she will think im needy', 'feared-outcome', 'she will think im needy'],
    ['thought about going but what if they laugh at me', 'feared-outcome', 'they laugh at me'],
    ['i dont want to lose the job over this', 'feared-outcome', 'losing the job over this'],
    ['i could email him. but then he gets the wrong idea', 'contrast-side', 'he gets the wrong idea'],
    ['no idea if its even worth it anymore', 'hidden-question', 'if its even worth it anymore'],
    ['i dont know what to do', 'hidden-question', 'what to do'],
    ['ive tried all the apps already', 'tried-already', 'ive tried all the apps already'],
    ['if i fail this one im out of the course', 'stakes', 'if i fail this one im out of the course'],
    ['i cant even open the letter', 'wall', 'open the letter'],
    ['its not the work its the people watching me do it', 'crux', 'the people watching me do it'],
    ['every time i sit down i feel sick', 'feeling', 'i feel sick'],
    [
      'who wants a cook of 60 in a new kitchen',
      'feared-outcome',
      'nobody wants a cook of 60 in a new kitchen',
    ],
    ['better i dont bother', 'resigned', 'better i dont bother'],
  ];
  for (const [text, kind, words] of cases) assert.equal(hinge(text, kind)?.words, words, text);
});

test('someone in it is read when they do or say something, by role, as theirs', () => {
  assert.equal(hinge('my dad loves coming to watch', 'other-person')?.who, 'my dad');
  assert.equal(hinge('the boss wants it done by friday', 'other-person')?.who, 'my boss');
  // someone whose words are in it is their voice
  assert.equal(hinge('my sister keeps telling me to just apply', 'other-voice')?.who, 'my sister');
  assert.equal(hinge('the wife says im overthinking it', 'other-voice')?.who, 'my wife');
  // only where it happens, not in it
  assert.equal(hinge('dropping my kids at school first', 'other-person'), undefined);
  // a role that is not theirs
  assert.equal(hinge('the doctor said come back in a month', 'other-person'), undefined);
});

test('an empty "but" and a bare noun are not the weighing side of a contrast', () => {
  for (const text of ['i will do it, but not today', 'yeah but idk', 'i like it but money'])
    assert.equal(hinge(text, 'contrast-side'), undefined, text);
});

test('a run-on of talk through commas is not taken as one hinge', () => {
  assert.equal(
    hinge('but then they say, what will people say, you are 30 already', 'contrast-side'),
    undefined,
  );
});

test('a turn that turns on nothing in particular has no hinge', () => {
  for (const text of ['ok', 'yeah maybe', 'thanks', 'it was fine'])
    assert.deepEqual(turnHingesOf(text), [], text);
});

test('the analysis carries the hinge as an observation, with the span of its words', () => {
  const text = 'i would go but what if nobody talks to me';
  const found = analyse(text).observations.find((item) => item.kind === 'hinge');
  assert.equal(found?.kind, 'hinge');
  if (found?.kind !== 'hinge') return;
  assert.equal(found.hinge, 'feared-outcome');
  assert.equal(text.slice(found.span[0], found.span[1]), found.words);
});

test('"felt like a fool" with no "it" before it is not read as "it feels like a fool"', () => {
  const feeling = hinge('felt like a fool tonight. young lad next to me done the form in 10 min', 'feeling');
  assert.ok(!feeling || !/^it feels like a fool/.test(feeling.words), feeling?.words);
  assert.match(
    hinge('honestly it feels like a trap, all of it', 'feeling')?.words ?? '',
    /^it feels like a trap/,
  );
});
