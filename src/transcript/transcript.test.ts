import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { isTinystepError, type TinystepError } from '../spec/errors.ts';
import { parseTranscript, readTranscriptFile, writeTranscriptJsonl, writeTranscriptText } from './index.ts';

const SEED = new URL('../../../shared/reference/seed-session.txt', import.meta.url);
const seedSkip = existsSync(SEED) ? false : 'seed session not found at ../shared/reference/seed-session.txt';

function expectError(run: () => unknown, pattern: RegExp): TinystepError {
  try {
    run();
  } catch (error) {
    assert.ok(isTinystepError(error), `expected a TinystepError, got ${String(error)}`);
    assert.match(error.message, pattern);
    return error;
  }
  assert.fail('expected an error');
}

test('the seed session parses into alternating patient and therapist turns', { skip: seedSkip }, () => {
  const turns = readTranscriptFile(SEED.pathname);
  assert.equal(turns.length, 51);
  assert.equal(turns[0].role, 'client');
  assert.equal(turns[0].speaker, 'Patient');
  assert.equal(turns[1].role, 'therapist');
  assert.ok(turns.every((turn, index) => turn.role === (index % 2 === 0 ? 'client' : 'therapist')));
  assert.ok(
    turns.some((turn) => turn.text.includes('it’s always one step ahead')),
    'curly quotes kept',
  );
});

test('the seed session round-trips text → turns → text and through JSON Lines byte for byte', {
  skip: seedSkip,
}, () => {
  const text = readFileSync(SEED, 'utf8');
  const turns = parseTranscript(text);
  assert.equal(writeTranscriptText(turns), text);
  assert.equal(writeTranscriptText(parseTranscript(writeTranscriptJsonl(turns))), text);
});

test('time prefixes and nudge turns survive a round trip', () => {
  const text =
    '[00:00] Coach: Hello.\n\n[00:12] User: Nudge me in 30 seconds — please.\n\n[00:42] Coach (nudge): “Look at the cursor.”\n\n[61:05] User: done\n';
  const turns = parseTranscript(text);
  assert.deepEqual(
    turns.map((turn) => [turn.role, turn.at, turn.nudge ?? false]),
    [
      ['therapist', 0, false],
      ['client', 12_000, false],
      ['therapist', 42_000, true],
      ['client', 3_665_000, false],
    ],
  );
  assert.equal(writeTranscriptText(turns), text);
});

test('speaker aliases map to roles, case-insensitively', () => {
  const turns = parseTranscript(
    'client: a\n\nCounselor: b\n\nASSISTANT: c\n\nPatient: d\n\nUser: e\n\nTherapist: f\n',
  );
  assert.deepEqual(
    turns.map((turn) => turn.role),
    ['client', 'therapist', 'therapist', 'client', 'client', 'therapist'],
  );
});

test('JSON Lines: optional fields and a nudge turn', () => {
  const jsonl =
    '{"role":"client","text":"hi","at":0}\n{"role":"therapist","text":"Look.","at":30000,"nudge":true}\n';
  const turns = parseTranscript(jsonl);
  assert.equal(turns[1].nudge, true);
  assert.equal(writeTranscriptJsonl(turns), jsonl);
});

test('malformed input names the file and line', () => {
  expectError(
    () => parseTranscript('Client: hi\n\nDoctor: hello\n', { source: 'a.txt' }),
    /^a\.txt:3: unknown speaker "Doctor"/,
  );
  expectError(
    () => parseTranscript('Client: hi\n\nTherapist:\n', { source: 'b.txt' }),
    /^b\.txt:3: a turn has no text/,
  );
  expectError(
    () => parseTranscript('just some words\n', { source: 'c.txt' }),
    /^c\.txt:1: expected "Speaker: text"/,
  );
  expectError(() => parseTranscript('\n\n', { source: 'd.txt' }), /no turns/);
  expectError(
    () => parseTranscript('{"role":"client","text":"a"}\n{"role":"client",\n', { source: 'e.jsonl' }),
    /^e\.jsonl:2: invalid JSON/,
  );
  expectError(
    () =>
      parseTranscript('{"role":"client","text":"a"}\n{"role":"narrator","text":"b"}\n', {
        source: 'f.jsonl',
      }),
    /^f\.jsonl:2: field "role"/,
  );
  expectError(
    () => parseTranscript('Client (nudge): hi\n', { source: 'g.txt' }),
    /only the therapist can nudge/,
  );
});

test('files: missing, empty, binary and over 5 MB are refused with a clear error', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tinystep-transcript-'));
  expectError(() => readTranscriptFile(join(directory, 'missing.txt')), /no such transcript/);
  const empty = join(directory, 'empty.txt');
  writeFileSync(empty, '');
  expectError(() => readTranscriptFile(empty), /empty\.txt:1: the file is empty/);
  const binary = join(directory, 'binary.txt');
  writeFileSync(binary, Buffer.from([0x43, 0x6c, 0x00, 0xff, 0x10]));
  expectError(() => readTranscriptFile(binary), /binary\.txt:1: looks like a binary file/);
  const huge = join(directory, 'huge.txt');
  writeFileSync(huge, `Client: ${'a'.repeat(5 * 1024 * 1024)}\n`);
  assert.equal(expectError(() => readTranscriptFile(huge), /over the 5 MB limit/).code, 'too-large');
});

test('the parser never throws anything but TinystepError, whatever the input', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.lorem({ mode: 'sentences' })),
      (text) => {
        try {
          parseTranscript(text);
        } catch (error) {
          if (!isTinystepError(error)) throw error;
        }
      },
    ),
    { numRuns: 2000 },
  );
});

test('any well-formed list of turns survives text → turns → text', () => {
  const turnArbitrary = fc.record({
    role: fc.constantFrom('client' as const, 'therapist' as const),
    text: fc
      .string({ minLength: 1, maxLength: 80 })
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text) => text.length > 0),
    at: fc.option(
      fc.integer({ min: 0, max: 5_000_000 }).map((ms) => Math.floor(ms / 1000) * 1000),
      { nil: undefined },
    ),
  });
  fc.assert(
    fc.property(fc.array(turnArbitrary, { minLength: 1, maxLength: 12 }), (turns) => {
      const text = writeTranscriptText(turns);
      assert.equal(writeTranscriptText(parseTranscript(text, { format: 'text' })), text);
    }),
    { numRuns: 500 },
  );
});
