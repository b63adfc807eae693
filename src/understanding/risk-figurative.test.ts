import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const levelOf = (text: string) => {
  const own = understand(text).filter(
    (observation) => observation.kind === 'risk' && observation.about !== 'other' && !observation.past,
  );
  if (own.some((observation) => observation.kind === 'risk' && observation.level === 'clear')) return 'clear';
  return own.length > 0 ? 'possible' : 'none';
};

test('a thing that "commits suicide", a noose as a figure, dying very old: never a crisis', () => {
  assert.notEqual(levelOf('my basil keeps committing suicide on the windowsill'), 'clear');
  assert.notEqual(levelOf('this spreadsheet is a noose around my neck'), 'clear');
  assert.notEqual(levelOf('the noose of corporate jargon strikes again'), 'clear');
  assert.notEqual(levelOf('i want to die peacefully when im 98 in a big armchair'), 'clear');
});

test('someone else hiding at play is not a person hiding from harm', () => {
  assert.equal(levelOf('the dog gave me such a fright hiding in the laundry pile'), 'none');
});

test('the same words said of oneself still read as risk', () => {
  assert.equal(levelOf('i tied a noose last night'), 'clear');
  assert.equal(levelOf('im hiding in the bathroom, hes drunk and shouting'), 'clear');
  assert.equal(levelOf('hiding in the car again. he is shouting'), 'clear');
  assert.equal(levelOf('i want to die tonight'), 'clear');
});
