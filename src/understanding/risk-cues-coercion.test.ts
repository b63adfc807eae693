import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const ownRiskTypes = (text: string) =>
  understand(text).flatMap((observation) =>
    observation.kind === 'risk' && observation.about !== 'other' && !observation.past
      ? [observation.type]
      : [],
  );

test('abuse told as coercion reads as a possible abuse risk', () => {
  for (const text of [
    'the supervisor keeps touching my leg and says nobody will believe me',
    'my landlady wants me to do him favours for the room, her son i mean',
    'he threatened to send my photos to my dad if i go',
    'she says she will take the boys and i will never see them',
    'the tutor said it was our little secret',
    'my husband takes my wages and says i cant see my sister',
    'he throws cups at me when the match goes badly',
  ])
    assert.ok(ownRiskTypes(text).includes('abuse'), text);
});

test("someone else's abuse told on is not read as the person's own", () => {
  assert.deepEqual(ownRiskTypes('my classmate told me her tutor touches her'), []);
});

test('harm to others as a tool to hand or fear of what one would do reads as a possible risk', () => {
  for (const text of [
    'scared of what i might do to that neighbour if he starts again',
    "i've got the spanner in the car for him",
    'been carrying a hammer in case he shows up',
    'lost my temper with my son and honestly it scared me how angry i got',
  ])
    assert.ok(ownRiskTypes(text).includes('harm-to-others'), text);
  assert.deepEqual(ownRiskTypes('my nephew chucks his toys everywhere when he is tired'), []);
});
