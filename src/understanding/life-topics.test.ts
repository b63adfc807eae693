/**
 * The topic gate must never change a reading: over every text in the shipped corpora and the seen
 * blind and judge sets, a topic the gate skips has no match of its pattern in the folded text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { prepare } from './analyse-prepare.ts';
import { readLifeTopics, topicsThatMayMatch } from './life-topics.ts';
import { normalise } from './normalise.ts';

const ROOTS = ['src/understanding/corpus', 'data/blind', 'data/judge'];

function jsonlFiles(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return jsonlFiles(path);
    return path.endsWith('.jsonl') ? [path] : [];
  });
}

function corpusTexts(): string[] {
  const texts = new Set<string>();
  for (const file of ROOTS.flatMap(jsonlFiles))
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const record = JSON.parse(line);
        if (typeof record.text === 'string') texts.add(record.text);
        for (const turn of Array.isArray(record.turns) ? record.turns : [])
          if (typeof turn?.text === 'string') texts.add(turn.text);
      } catch {
        // a line that is not JSON holds no text to check
      }
    }
  return [...texts];
}

test('a topic the gate skips has no match, over the corpora and the seen blind sets', () => {
  const texts = corpusTexts();
  assert.ok(texts.length > 1000, `only ${texts.length} texts found`);
  let skipped = 0;
  for (const text of texts) {
    const folded = prepare(normalise(text).text).folded;
    for (const { topic, pattern, live } of topicsThatMayMatch(folded)) {
      if (live) continue;
      skipped += 1;
      pattern.lastIndex = 0;
      // ids only in the message, never the text
      assert.equal(pattern.test(folded), false, `${topic} matches where the gate skips it`);
      pattern.lastIndex = 0;
    }
  }
  assert.ok(skipped > 0, 'the gate skipped nothing: the check proves nothing');
});

test('the topic gate skips a topic whose words are absent and reads one that is there', () => {
  const live = (text: string) =>
    topicsThatMayMatch(text)
      .filter((entry) => entry.live)
      .map((entry) => entry.topic);
  assert.ok(!live('i need to finish my thesis').includes('job-loss'));
  assert.ok(live('i lost my job').includes('job-loss'));
  assert.deepEqual(
    readLifeTopics(prepare('i lost my job last week')).map((found) => found.topic),
    ['job-loss'],
  );
});
