// Card lines a blind rater (round 7) took as written, not typed: why they came, said third ("GP said
// try this, so here I am" after two facts); similes and turns of phrase made for effect ("beaten by a
// brown envelope", "like it was a netflix show").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPersonaDirectory } from './load-persona.ts';

/** Why they came: an opening, said first or not at all. */
const WHY_THEY_CAME =
  /\b(so here i am|reason i'?m here|why i'?m here|what i'?m doing here|said (to )?try this)\b/i;
/** Shapes of a line written for effect. */
const WRITTEN = [
  /\blike (it|he|she|they) (was|were) (a|an|reading)\b/i,
  /\bbeaten by an?\b/i,
  /\bwhen i still thought\b/i,
  /\bas (if|though)\b/i,
];

test('why they came is the first thing in the story, never a later line or a beat', () => {
  const late: string[] = [];
  for (const persona of loadPersonaDirectory()) {
    persona.story.forEach((line, index) => {
      if (index > 0 && WHY_THEY_CAME.test(line)) late.push(`${persona.id} story ${index}: ${line}`);
    });
    for (const beat of persona.beats)
      if (WHY_THEY_CAME.test(beat.say)) late.push(`${persona.id} beat: ${beat.say}`);
  }
  assert.deepEqual(late, []);
});

test('no card line is written for effect', () => {
  const written: string[] = [];
  for (const persona of loadPersonaDirectory()) {
    const lines = [
      ...persona.story,
      ...persona.beats.map((beat) => beat.say),
      ...persona.disclosures.map((disclosure) => disclosure.text),
    ];
    for (const line of lines)
      if (WRITTEN.some((shape) => shape.test(line))) written.push(`${persona.id}: ${line}`);
  }
  assert.deepEqual(written, []);
});
