import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TinystepError } from '../spec/errors.ts';
import { listPersonaIds, loadPersona, loadPersonaDirectory, parsePersona } from './load-persona.ts';
import { CONVERSATION_STYLES } from './persona-schema.ts';
import { PERSONA_SCHEMA_PATH, personaSchemaText } from './write-persona-schema.ts';

const seedCard = readFileSync(new URL('../../personas/seed-client.yaml', import.meta.url), 'utf8');

function errorOf(run: () => unknown): TinystepError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof TinystepError);
    return error;
  }
  assert.fail('expected an error');
}

test('every shipped persona card validates', () => {
  const personas = loadPersonaDirectory();
  assert.ok(personas.length >= 10, `only ${personas.length} personas`);
  assert.deepEqual(
    personas.map((persona) => `${persona.id}.yaml`).sort(),
    listPersonaIds().map((id) => `${id}.yaml`),
    'each file is named after its id',
  );
});

test('the shipped personas cover the six Patient-Ψ styles, a risk disclosure and resistance', () => {
  const personas = loadPersonaDirectory();
  for (const style of CONVERSATION_STYLES)
    assert.ok(
      personas.some((persona) => persona.style === style),
      style,
    );
  assert.ok(loadPersona('risk-disclosure').events.some((event) => event.kind === 'risk-disclosure'));
  assert.ok(new Set(personas.map((persona) => persona.resistance)).size >= 5);
  assert.equal(loadPersona('seed-client').id, 'seed-client');
});

test('a bad value is reported with its field and its YAML line', () => {
  const broken = seedCard.replace('  distress: 7', '  distress: 12');
  const error = errorOf(() => parsePersona(broken, 'seed-client.yaml'));
  const line = broken.split('\n').findIndex((text) => text.includes('distress: 12')) + 1;
  assert.match(error.message, new RegExp(`^seed-client\\.yaml:${line}: start\\.distress: `));
  assert.equal(error.code, 'invalid-input');
});

test('a missing field points at its parent and says it is required', () => {
  const broken = seedCard.replace(/\n {2}context: .*/, '');
  const error = errorOf(() => parsePersona(broken, 'card.yaml'));
  assert.match(error.message, /card\.yaml:\d+: problem\.context: is required/);
});

test('an unknown field is named', () => {
  const error = errorOf(() => parsePersona(`${seedCard}\nfavouriteColour: blue\n`, 'card.yaml'));
  assert.match(error.message, /unknown field\(s\) favouriteColour/);
});

test('broken YAML is reported with its line', () => {
  const error = errorOf(() => parsePersona('id: x\nname: [unclosed\n', 'card.yaml'));
  assert.match(error.message, /^card\.yaml:\d+: not valid YAML/);
});

test('an unknown persona id is a not-found error listing the ids', () => {
  const error = errorOf(() => loadPersona('nobody-here'));
  assert.equal(error.code, 'not-found');
  assert.match(error.hint ?? '', /seed-client/);
});

test('schemas/persona.schema.json is current with the zod schema', () => {
  assert.equal(
    readFileSync(PERSONA_SCHEMA_PATH, 'utf8'),
    personaSchemaText(),
    'run: node --import tsx src/simulator/write-persona-schema.ts',
  );
});

test('a bad style field is named with its reason in one line', () => {
  const broken = `${seedCard.replace(/\nvoice:\n {2}words: \{ median: 13, p90: 30 \}/, '\nvoice:\n  words: { median: 13, p90: 8 }')}`;
  assert.notEqual(broken, seedCard, 'the test edits the voice block');
  const error = errorOf(() => parsePersona(broken, 'card.yaml'));
  assert.match(error.message, /^card\.yaml:\d+: voice\.words: p90 must be at least the median$/);
  const typo = errorOf(() => parsePersona(seedCard.replace('reactance: 0.4', 'reactance: 4'), 'card.yaml'));
  assert.match(typo.message, /^card\.yaml:\d+: reactance: /);
  assert.doesNotMatch(typo.message, /\n/);
});
