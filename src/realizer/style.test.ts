import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Move } from '../spec/move.ts';
import { createRandom, shuffled } from './prng.ts';
import { fleschKincaidGrade } from './readability.ts';
import { contextFor, EVERY_MOVE } from './realizer-fixtures.ts';
import { realizeNudgeTemplate, realizeTemplate, recordSaid } from './template-realizer.ts';

const JARGON =
  /\b(cognitive|defusion|mindfulness|exposure|intervention|dysregulat\w*|maladaptive|ideation|psychoeducation|distress tolerance|acceptance and commitment|avoidance behaviou?r|rumination|catastrophi[sz]ing)\b/i;
const FORBIDDEN = /I understand how you feel|you're really close/i;

/** A large, varied sample: random sub-plans of every move over whole sessions. */
function sampleTurns(sessions: number): string[] {
  const turns: string[] = [];
  for (let session = 0; session < sessions; session++) {
    const random = createRandom(session + 1);
    const said = new Set<string>();
    for (let turnIndex = 0; turnIndex < 25; turnIndex++) {
      const picked = shuffled(EVERY_MOVE, random).slice(0, 1 + Math.floor(random() * 4));
      const crisis = picked.find((move) => move.type === 'crisis');
      const plan: Move[] = crisis ? [crisis] : picked;
      const context = contextFor({ seed: session, turnIndex, said, fatigue: Math.floor(turnIndex / 3) });
      const realization =
        turnIndex % 5 === 4
          ? realizeNudgeTemplate({ nudgeId: `n${turnIndex}`, cue: 'Look at the cursor' }, context)
          : realizeTemplate(plan, context);
      recordSaid(said, realization);
      turns.push(realization.text);
    }
  }
  return turns;
}

const SAMPLE = sampleTurns(40);

test('reads at about a 6th to 8th grade level (mean Flesch-Kincaid grade at most 8)', () => {
  const grades = SAMPLE.map(fleschKincaidGrade);
  const mean = grades.reduce((sum, grade) => sum + grade, 0) / grades.length;
  assert.ok(mean <= 8, `mean grade ${mean.toFixed(2)} over ${grades.length} turns`);
});

test('uses no clinical jargon and none of the seed therapist’s filler', () => {
  for (const text of SAMPLE) {
    assert.ok(!JARGON.test(text), text);
    assert.ok(!FORBIDDEN.test(text), text);
  }
});

test('asks at most one question per turn', () => {
  for (const text of SAMPLE) assert.ok((text.match(/\?/g) ?? []).length <= 1, text);
});
