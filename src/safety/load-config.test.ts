import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { TinystepError } from '../spec/errors.ts';
import { DEFAULT_SAFETY_CONFIG, parseSafetyConfig } from './config.ts';
import { loadSafetyConfig } from './load-config.ts';
import { resourcesFor } from './resources.ts';

const directory = mkdtempSync(join(tmpdir(), 'tinystep-safety-'));
test.after(() => rmSync(directory, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

function assertConfigError(run: () => unknown, pattern: RegExp) {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof TinystepError);
    assert.equal(error.code, 'config');
    assert.match(error.message, pattern);
    assert.ok(error.hint);
    return true;
  });
}

test('uses the built-in resources when nothing is configured', () => {
  assert.equal(loadSafetyConfig({ env: {} }), DEFAULT_SAFETY_CONFIG);
  assert.equal(resourcesFor('en-US')[0].contact, 'call or text 988');
});

test('loads a YAML file named by TINYSTEP_SAFETY_CONFIG', () => {
  const path = write(
    'resources.yaml',
    [
      'defaultLocale: en-GB',
      'regions:',
      '  GB:',
      '    emergency: { name: Emergency services, contact: call 999 }',
      '    crisis:',
      '      - { name: Local line, contact: call 0800 000 000 }',
      '  default:',
      '    emergency: { name: Emergency services, contact: call 112 }',
      '    crisis: []',
    ].join('\n'),
  );
  const config = loadSafetyConfig({ env: { TINYSTEP_SAFETY_CONFIG: path } });
  assert.equal(resourcesFor('en', config)[0].contact, 'call 0800 000 000');
  assert.equal(resourcesFor('ja-JP', config)[0].contact, 'call 112');
});

test('loads a JSON file given by path', () => {
  const path = write('resources.json', JSON.stringify(DEFAULT_SAFETY_CONFIG));
  assert.deepEqual(loadSafetyConfig({ path }), DEFAULT_SAFETY_CONFIG);
});

test('a missing file is a config error naming the path', () => {
  assertConfigError(
    () => loadSafetyConfig({ path: join(directory, 'nope.json') }),
    /nope\.json.*does not exist/,
  );
});

test('a file that does not parse is a config error', () => {
  assertConfigError(
    () => loadSafetyConfig({ path: write('broken.json', '{ "regions": ') }),
    /not valid JSON/,
  );
});

test('a file without a default region or with an empty contact is a config error saying where', () => {
  const noDefault = write('no-default.json', JSON.stringify({ defaultLocale: 'en-US', regions: {} }));
  assertConfigError(() => loadSafetyConfig({ path: noDefault }), /regions\.default/);
  const emptyContact = write(
    'empty-contact.json',
    JSON.stringify({
      defaultLocale: 'en-US',
      regions: { default: { emergency: { name: 'Emergency', contact: ' ' }, crisis: [] } },
    }),
  );
  assertConfigError(() => loadSafetyConfig({ path: emptyContact }), /regions\.default\.emergency\.contact/);
});

test('the built-in resources are shipped in the form the schema gives (so reading them needs no zod)', () => {
  assert.deepEqual(
    parseSafetyConfig(structuredClone(DEFAULT_SAFETY_CONFIG), 'built-in'),
    DEFAULT_SAFETY_CONFIG,
  );
});
