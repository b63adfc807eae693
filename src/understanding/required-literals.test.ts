import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { REQUEST_RULES } from './request-rules.ts';
import PRECOMPUTED from './required-literals.json' with { type: 'json' };
import { deriveRequiredLiterals, requiredLiterals } from './required-literals.ts';
import { RISK_CUES } from './risk-cues.ts';
import { OTHERS_RULES } from './risk-rules-others.ts';
import { SELF_RULES } from './risk-rules-self.ts';

/**
 * The same pattern without its zero-width assertions (lookarounds, \b, ^, $): fast-check cannot
 * generate from those, and they consume nothing, so the strings a match consumes are all strings
 * of this wider pattern.
 */
function withoutAssertions(source: string): string {
  let result = '';
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') {
      const next = source[index + 1];
      if (next !== 'b' && next !== 'B') result += character + next;
      index += 1;
    } else if (character === '[') {
      let end = index + 1;
      while (source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      result += source.slice(index, end + 1);
      index = end;
    } else if (/^\(\?(?:=|!|<=|<!)/.test(source.slice(index))) {
      index = closingParenthesis(source, index);
    } else if (character !== '^' && character !== '$') {
      result += character;
    }
  }
  return result;
}

function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') index += 1;
    else if (character === '[') while (source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
    else if (character === '(') depth += 1;
    else if (character === ')' && --depth === 0) return index;
  }
  throw new Error('unbalanced pattern');
}

const RULES = [
  ...[...SELF_RULES, ...OTHERS_RULES].map((rule) => ({ name: `risk ${rule.id}`, pattern: rule.pattern })),
  ...REQUEST_RULES.map((rule, index) => ({ name: `request ${rule.type} #${index}`, pattern: rule.pattern })),
  ...RISK_CUES.map((cue) => ({ name: `risk cue ${cue.id}`, pattern: cue.pattern })),
];

test('every string a risk or request rule can match holds one of its required literals', () => {
  for (const { name, pattern } of RULES) {
    const literals = requiredLiterals(pattern);
    if (literals === null) continue; // an ungated rule always runs: nothing to check
    const wider = new RegExp(withoutAssertions(pattern.source), pattern.flags.replace('g', ''));
    fc.assert(
      fc.property(fc.stringMatching(wider), (text) => literals.some((literal) => text.includes(literal))),
      { numRuns: 300, seed: 7 },
    );
    assert.ok(literals.length > 0, name);
  }
});

test('almost every rule is gated by a literal (an ungated rule is correct but slow)', () => {
  const ungated = RULES.filter(({ pattern }) => requiredLiterals(pattern) === null).map(({ name }) => name);
  assert.deepEqual(ungated, []);
});

test('a literal after a wide alternation still counts, and the more selective literal wins', () => {
  const pattern = /(?:i'?m|i am|iam|im|i'?ve been|i feel like|being) (?:just |such |a huge )?(?:a )?burden/;
  assert.deepEqual(requiredLiterals(pattern), ['burden']);
});

test('alternatives each contribute their literal, and a longer one containing a shorter is dropped', () => {
  assert.deepEqual(requiredLiterals(/\b(?:kil|kill|murder)(?:ing)?\b/)?.sort(), ['kil', 'murder']);
});

test('optional parts and lookarounds require nothing', () => {
  assert.equal(requiredLiterals(/(?:please )?(?=now)/), null);
  assert.deepEqual(requiredLiterals(/(?<![a-z])(?:nudge)(?! off)/), ['nudge']);
  assert.deepEqual(requiredLiterals(/(?:ab){0,3}cd/), ['cd']);
  assert.deepEqual(requiredLiterals(/(?:ab)+/), ['ab']);
});

test('classes, escapes and wildcards break a literal instead of joining across them', () => {
  assert.deepEqual(requiredLiterals(/chest\s+pain/)?.sort(), ['chest']);
  assert.deepEqual(requiredLiterals(/a.b\.cdef/), ['b.cdef']);
  assert.deepEqual(requiredLiterals(/x[abc]yz/), ['yz']);
});

test('case-insensitive patterns and patterns without literals are never gated', () => {
  assert.equal(requiredLiterals(/nudge/i), null);
  assert.equal(requiredLiterals(/\p{L}+/u), null);
  assert.equal(requiredLiterals(/\d+(?:\.\d+)?/), null);
});

test('every precomputed entry is what the pattern gives when derived afresh', () => {
  const entries = Object.entries(PRECOMPUTED as Record<string, string[] | null>);
  assert.ok(
    entries.length > 50,
    'npm run build:literals writes the rules of the readers and the scope check',
  );
  for (const [key, literals] of entries) {
    const slash = key.indexOf('/');
    const pattern = new RegExp(key.slice(slash + 1), key.slice(0, slash));
    assert.deepEqual(deriveRequiredLiterals(pattern), literals, key);
    assert.deepEqual(requiredLiterals(pattern), literals, key);
  }
});
