// Case, stops, disclosures and marked lines as one person's habits (round 17: the round-16 rater told
// simulated smokers apart by lower case with tidy full stops, a personal fact staged last, and "Literally
// yes" from two clients).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runTogether } from './chat-voice.ts';
import { SaidLines } from './client-content.ts';
import { movable, openOrClosed } from './disclosure-habit.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { habitsOf } from './personal-habits.ts';
import { createRandom } from './prng.ts';
import { QUESTION_RUN, questionRemark } from './question-remark.ts';
import { MARKED } from './reaction-bank.ts';
import { sessionPerson } from './session-person.ts';

const general = loadPersonaDirectory();
const smokers = loadPersonaDirectory(join(import.meta.dirname, '../../personas/smoking'));
const people = smokers.flatMap((card) =>
  Array.from({ length: 12 }, (_, round) => sessionPerson(card, round)),
);

test('a full stop between sentences gives way to the run-on join; "?", "..." and "e.g." stay', () => {
  assert.equal(runTogether('its ok. i just want to cut down', ', '), 'its ok, i just want to cut down');
  assert.equal(runTogether('i quit. does it even work?', ' '), 'i quit does it even work?');
  assert.equal(runTogether('nope. does it even work?', ' '), 'nope. does it even work?');
  assert.equal(runTogether('yeah. i would. it helps', ', '), 'yeah. i would, it helps');
  assert.equal(runTogether('well... maybe. idk', ' '), 'well... maybe idk');
  assert.equal(runTogether('e.g. a casino', ' '), 'e.g. a casino');
  assert.equal(runTogether('no? ok', ' '), 'no? ok');
});

test('people who type in lower case seldom end with a stop; people who capitalise often do', () => {
  for (const [name, group] of [
    ['smokers (session people)', people],
    ['general cards', general],
  ] as const) {
    const habits = group.map(habitsOf);
    const lower = habits.filter((habit) => habit.casing === 'lower');
    const proper = habits.filter((habit) => habit.casing === 'proper');
    const stops = (list: typeof habits) => list.filter((habit) => habit.endsWithStop).length / list.length;
    assert.ok(
      lower.length >= 5 && proper.length >= 5,
      `${name}: ${lower.length} lower, ${proper.length} proper`,
    );
    assert.ok(
      stops(lower) <= 0.2,
      `${name}: ${(stops(lower) * 100).toFixed(0)}% of lower-case typists end with stops`,
    );
    if (name !== 'general cards') assert.ok(stops(proper) >= 0.4, `${name}: proper ${stops(proper)}`);
  }
  // and most who leave the stop off at the end leave it off between sentences too
  const runOn = people.map(habitsOf).filter((habit) => habit.casing === 'lower' && !habit.endsWithStop);
  assert.ok(runOn.filter((habit) => habit.runOn !== undefined).length >= runOn.length * 0.6);
});

test('some people say a personal fact early, some never; risk and the real worry keep their pacing', () => {
  const risky = general.filter((card) => card.disclosures.some((disclosure) => !movable(disclosure)));
  assert.ok(risky.length >= 2, 'cards with a risk disclosure or a real worry');
  for (const card of risky)
    for (let round = 1; round <= 20; round += 1) {
      const kept = openOrClosed(card, round).disclosures.filter((disclosure) => !movable(disclosure));
      assert.deepEqual(
        kept,
        card.disclosures.filter((disclosure) => !movable(disclosure)),
        `${card.id} round ${round}`,
      );
    }
  const kinds = new Set(
    smokers.flatMap((card) =>
      [1, 2, 3, 4, 5, 6, 7, 8].map((round) => {
        const [first] = openOrClosed(card, round).disclosures;
        return first === undefined
          ? 'never'
          : first.notBefore === 2 && first.trigger === 'any'
            ? 'early'
            : 'paced';
      }),
    ),
  );
  assert.deepEqual([...kinds].sort(), ['early', 'never', 'paced']);
});

test('a marked reaction line is open to few people', () => {
  const habits = people.map(habitsOf);
  for (const line of MARKED) {
    const sayers = habits.filter((habit) => Object.values(habit.lines).some((lines) => lines.includes(line)));
    assert.ok(sayers.length <= habits.length * 0.15, `${line}: ${sayers.length} of ${habits.length}`);
  }
});

test("the remark on the questions is the person's own", () => {
  let remarkers = 0;
  for (const person of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
    const remarks = new Set<string>();
    for (let seed = 0; seed < 400; seed += 1) {
      const remark = questionRemark(QUESTION_RUN, new SaidLines(), createRandom(seed), person);
      if (remark) remarks.add(remark);
    }
    assert.ok(remarks.size <= 1, `${person}: ${[...remarks].join(', ')}`);
    if (remarks.size === 1) remarkers += 1;
  }
  assert.ok(remarkers >= 1 && remarkers <= 6, `${remarkers} of 8 remark`);
});
