import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const ownRiskTypes = (text: string): string[] =>
  understand(text).flatMap((observation) =>
    observation.kind === 'risk' && observation.about !== 'other' && !observation.past
      ? [observation.type]
      : [],
  );

test('a disclosure switched into the first language reads as risk', () => {
  for (const [text, type] of [
    ['sorry for english. me quiero matar esta noche', 'suicide'],
    ['je veux mourir, everything is too heavy', 'suicide'],
    ['honestly ich will nicht mehr leben', 'suicide'],
    ['mi marido me pega when he drinks', 'abuse'],
    ['again i me corto los brazos last night', 'self-harm'],
  ])
    assert.ok(ownRiskTypes(text).includes(type), text);
});

test('the same words about hair or a piece of work are not risk', () => {
  for (const text of ['me corto el pelo on saturday finally', 'je veux en finir avec ce rapport avant lundi'])
    assert.deepEqual(ownRiskTypes(text), [], text);
});
