import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normalizeSentence } from '../text/sentences.ts';
import { understand } from '../understanding/index.ts';
import { expand, FreshSentences } from './grammar.ts';
import * as bank from './phrase-bank.ts';
import { REQUESTS, TIMES } from './phrase-bank.ts';
import { createRandom } from './prng.ts';

test('expands choices, optional parts and slots', () => {
  const random = createRandom(3);
  const text = expand('(hello|hi) [there] {name}', { name: ['Sam'] }, random);
  assert.match(text, /^(Hello|Hi)( there)? Sam$/);
});

test('never hands out the same sentence twice, and gives up rather than repeat', () => {
  const fresh = new FreshSentences(createRandom(1));
  assert.equal(fresh.compose(['Only one way to say it']), 'Only one way to say it');
  assert.equal(fresh.compose(['Only one way to say it']), undefined);
});

test('every request template reads as its own request type to understanding', () => {
  const random = createRandom(9);
  for (const [type, templates] of Object.entries(REQUESTS)) {
    for (const template of templates) {
      for (let draw = 0; draw < 4; draw++) {
        const sentence = `${expand(template, { time: TIMES, urge: ['check my phone'], cue: ['Just one click'] }, random)}?`;
        const types = understand(sentence)
          .filter((observation) => observation.kind === 'request')
          .map((observation) => observation.type);
        assert.ok(types.includes(type as never), `"${sentence}" read as [${types.join(', ')}], not ${type}`);
      }
    }
  }
});

/** The grammar as first written with regexes: the hand-written scans must draw and produce exactly this. */
function expandByRegex(
  template: string,
  slots: Record<string, string | readonly string[] | undefined>,
  random: ReturnType<typeof createRandom>,
): string {
  let text = template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = slots[name];
    if (value === undefined) return '';
    return typeof value === 'string' ? value : value.length > 0 ? random.pick(value) : '';
  });
  text = text.replace(/\[([^\]]*)\]/g, (_whole, inner: string) => (random.chance(0.5) ? inner : ''));
  text = text.replace(/\(([^()]*)\)/g, (_whole, inner: string) => random.pick(inner.split('|')));
  const spaced = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?;:…])/g, '$1')
    .replace(/([,;])\1+/g, '$1')
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

test('expands exactly as the regex definition does, even on stray brackets and braces', () => {
  const piece = fc.constantFrom(
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    '|',
    'a',
    'b c',
    ' ',
    ',',
    ';',
    '.',
    'x_1',
    '{x_1}',
    '{body}',
    '(p|q)',
    '[r]',
  );
  const template = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));
  const slotValue = fc.oneof(
    fc.constant(undefined),
    fc.array(
      fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join('')),
      { maxLength: 3 },
    ),
    fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join('')),
  );
  fc.assert(
    fc.property(
      template,
      slotValue,
      slotValue,
      fc.integer({ min: 0, max: 2 ** 31 }),
      (text, x, body, seed) => {
        const slots = { x_1: x, body };
        const fast = createRandom(seed);
        const slow = createRandom(seed);
        assert.equal(expand(text, slots, fast), expandByRegex(text, slots, slow));
        assert.equal(fast.next(), slow.next(), 'both drew the same number of times');
        // the same through FreshSentences, which builds plain-and-groups templates once
        const fresh = new FreshSentences(createRandom(seed));
        const reference = createRandom(seed);
        reference.next(); // the pick of the template
        const expected = expandByRegex(text, slots, reference);
        const composed = fresh.compose([text], slots, 1);
        assert.equal(composed, normalizeSentence(expected).length > 0 ? expected : undefined);
      },
    ),
    { numRuns: 3000 },
  );
});

test('composes the same sentences, in the same order, as drawing with the regex definition', () => {
  // every list of templates in the phrase bank: plain lists, the request lists, the urgency prefixes
  const lists = Object.values(bank).flatMap((value) =>
    Array.isArray(value) ? [value] : Object.values(value),
  );
  const banks = lists.flatMap((list) => (Array.isArray(list[0]) ? list : [list])) as string[][];
  const slots = {
    task: ['the report', 'the (email|letter)'],
    fear: ['it will be bad'],
    body: ['my chest is tight'],
  };
  for (const seed of [1, 2, 3]) {
    const fresh = new FreshSentences(createRandom(seed));
    const random = createRandom(seed);
    const said = new Set<string>();
    const reference = (templates: readonly string[]) => {
      for (let attempt = 0; attempt < 12; attempt++) {
        const sentence = expandByRegex(random.pick(templates), slots, random);
        const key = normalizeSentence(sentence);
        if (key.length === 0 || said.has(key)) continue;
        said.add(key);
        return sentence;
      }
      return undefined;
    };
    // each bank several times over, so banks run dry and draws get rejected
    for (let round = 0; round < 6; round++)
      for (const templates of banks) assert.equal(fresh.compose(templates, slots), reference(templates));
  }
});
