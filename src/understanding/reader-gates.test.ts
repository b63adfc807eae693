/**
 * The reader gate must never change a reading: over every text in the shipped corpora and the seen
 * blind and judge sets, a reader the gate would skip must read nothing. A rule added to a gated
 * reader outside its declared literals fails here, not in a session.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from './analyse-prepare.ts';
import { findDurations } from './durations.ts';
import { analyseLanguage } from './linguistic-analysis.ts';
import { normalise } from './normalise.ts';
import type { ReaderContext } from './reader.ts';
import { gateReaders, READER_GATES } from './reader-gates.ts';
import { READERS } from './readers.ts';
import { seenTexts } from './seen-texts.ts';

function contextOf(text: string): ReaderContext {
  const normalised = normalise(text).text;
  const prepared = prepare(normalised);
  return {
    text: normalised,
    prepared,
    earlier: '',
    durations: () => findDurations(normalised, prepared.folded, { approximate: true }),
    language: () => analyseLanguage(normalised),
  };
}

test('the risk readers and the risk model are never gated', () => {
  for (const reader of READERS)
    if (reader.kinds.includes('risk')) assert.equal(READER_GATES[reader.name], undefined, reader.name);
});

test('every gate names a reader that exists', () => {
  const names = new Set(READERS.map((reader) => reader.name));
  for (const name of Object.keys(READER_GATES)) assert.ok(names.has(name), name);
});

test('a reader the gate skips reads nothing, over the corpora and the seen blind sets', () => {
  const texts = seenTexts();
  assert.ok(texts.length > 1000, `only ${texts.length} texts found`);
  const gated = READERS.filter((reader) => READER_GATES[reader.name] !== undefined);
  let skipped = 0;
  for (const text of texts) {
    const context = contextOf(text);
    const mayRun = gateReaders(context.prepared.folded);
    for (const reader of gated) {
      if (mayRun(reader.name)) continue;
      skipped += 1;
      // never the text itself in a failure message: ids only (texts may be session-like)
      assert.deepEqual(reader.read(context), [], `${reader.name} read something the gate would skip`);
    }
  }
  assert.ok(skipped > 0, 'the gate skipped nothing: the check proves nothing');
});

test('the gate skips a reader whose literals are absent and keeps it when one is there', () => {
  assert.equal(gateReaders('hello there')('self-judgements'), false);
  assert.equal(gateReaders("i'm so useless")('self-judgements'), true);
  assert.equal(gateReaders('anything')('risk-rules'), true);
});

test('region-cues is gated on its patterns’ literals, from the patterns themselves', () => {
  assert.ok(READER_GATES['region-cues'], 'every region pattern names required literals');
  assert.equal(gateReaders('i need to finish my thesis')('region-cues'), false);
  assert.equal(gateReaders('i live in nairobi')('region-cues'), true);
  assert.equal(gateReaders('it costs £20')('region-cues'), true);
});

test('mixed-feelings, thanks and task-rules are gated on their own patterns’ literals', () => {
  for (const name of ['mixed-feelings', 'thanks', 'task-rules'])
    assert.ok(READER_GATES[name], `${name} names required literals for every pattern`);
  assert.equal(gateReaders('hello there')('mixed-feelings'), false);
  assert.equal(gateReaders('part of me wants to go')('mixed-feelings'), true);
  assert.equal(gateReaders('hello there')('thanks'), false);
  assert.equal(gateReaders('ok thanks')('thanks'), true);
  assert.equal(gateReaders('hello there')('task-rules'), false);
  assert.equal(gateReaders('my thesis')('task-rules'), true);
  assert.equal(gateReaders('i should phone the gp')('task-rules'), true);
});
