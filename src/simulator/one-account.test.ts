// One account of each event in a card: a story line and a beat (or a disclosure, or their own talk)
// that tell the same thing in different words read to blind raters as the same event told twice
// with different details ("I failed a resit last year" … "last year i scraped the resit", round 8).
// A card line may add to an event told elsewhere; it may not tell it again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPersonaDirectory } from './load-persona.ts';

/** Words too common to say two lines tell one event. */
const COMMON = new Set(
  'that this with have from then them they what when were just like really about there their would could into your been because even still only some dont didnt cant theyre thats going know think feel want need time said says right back much very never always maybe something anything nothing people'.split(
    ' ',
  ),
);
/** Content words of four letters or more, with a plural, -ed or -ing ending taken off. */
const contentOf = (line: string) =>
  new Set(
    (
      line
        .toLowerCase()
        .replace(/'/g, '')
        .match(/[a-z0-9]{4,}/g) ?? []
    )
      .filter((word) => !COMMON.has(word))
      .map((word) => word.replace(/(ing|ed|s)$/, ''))
      .filter((word) => !COMMON.has(word)),
  );
/** Shared content words from which two lines tell one event. */
const SAME_EVENT = 3;

test('no two lines of a card tell the same event', () => {
  const twice: string[] = [];
  for (const persona of loadPersonaDirectory()) {
    const lines = [
      ...persona.story,
      ...persona.beats.map((beat) => beat.say),
      ...persona.disclosures.map((disclosure) => disclosure.text ?? ''),
      ...persona.tangents,
      ...persona.changeTalk,
      ...persona.sustainTalk,
    ]
      .map((line) => (typeof line === 'string' ? line : ''))
      .filter((line) => line.split(' ').length >= 5);
    lines.forEach((line, index) => {
      const mine = contentOf(line);
      for (const other of lines.slice(index + 1)) {
        const shared = [...contentOf(other)].filter((word) => mine.has(word));
        if (shared.length >= SAME_EVENT) twice.push(`${persona.id}: "${line}" / "${other}"`);
      }
    });
  }
  assert.deepEqual(twice, []);
});
