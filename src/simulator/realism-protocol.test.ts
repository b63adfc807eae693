import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  hypergeometricTail,
  mixRealism,
  type RealismJudgement,
  raterInstructions,
  scoreRealism,
} from './realism-protocol.ts';

const side = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    original: `${prefix}${index}`,
    turns: [`${prefix} line ${index}`],
  }));

test('standard keeps every excerpt and round 3 wording; the same seed gives the same order', () => {
  const options = { human: side('h', 15), simulated: side('s', 15), seed: 4, protocol: 'standard' as const };
  const mix = mixRealism(options);
  assert.equal(mix.excerpts.length, 30);
  assert.deepEqual(mixRealism(options), mix);
  assert.deepEqual(
    mix.excerpts.map((excerpt) => excerpt.id),
    Array.from({ length: 30 }, (_, index) => `E${String(index + 1).padStart(2, '0')}`),
  );
  assert.match(mix.instructions, /The mix is not necessarily half and half\./);
  assert.doesNotMatch(mix.instructions, /exactly/);
  assert.notDeepEqual(mixRealism({ ...options, seed: 5 }).key, mix.key);
});

test('forced-half takes the same number from each side and tells the rater the count to mark', () => {
  const mix = mixRealism({
    human: side('h', 15),
    simulated: side('s', 12),
    seed: 1,
    protocol: 'forced-half',
    perSide: 10,
  });
  const sources = Object.values(mix.key).map((entry) => entry.source);
  assert.equal(sources.filter((source) => source === 'human').length, 10);
  assert.equal(sources.filter((source) => source === 'simulated').length, 10);
  assert.match(mix.instructions, /Exactly half of them \(10\)/);
  assert.match(mix.instructions, /must mark exactly 10 as "real"/);
  assert.throws(
    () =>
      mixRealism({
        human: side('h', 5),
        simulated: side('s', 12),
        seed: 1,
        protocol: 'forced-half',
        perSide: 10,
      }),
    /forced-half needs 10/,
  );
});

test('the standard text is the one rounds 3–10 used, byte for byte', () => {
  const text = raterInstructions('standard', 30);
  assert.ok(text.startsWith('# Real or simulated?\n\n`excerpts.jsonl` holds 30 excerpts.'));
  assert.ok(
    text.includes(
      'how errors and habits look.\n\nWrite `judgements.jsonl` in this folder, one line per excerpt (30 lines):',
    ),
  );
  assert.ok(text.endsWith('When every line is written, create an empty file `DONE` in this folder.\n'));
});

const judge = (mix: ReturnType<typeof mixRealism>, real: (source: string, index: number) => boolean) =>
  mix.excerpts.map(
    (excerpt, index): RealismJudgement => ({
      id: excerpt.id,
      verdict: real(mix.key[excerpt.id].source, index) ? 'real' : 'simulated',
    }),
  );

test('calling everything simulated scores 50% under standard and is refused under forced-half', () => {
  const standard = mixRealism({
    human: side('h', 10),
    simulated: side('s', 10),
    seed: 2,
    protocol: 'standard',
  });
  const score = scoreRealism(
    standard.key,
    judge(standard, () => false),
    'standard',
  );
  assert.equal(score.accuracy, 0.5);
  assert.equal(score.simulatedCaught, 10);
  assert.throws(
    () =>
      scoreRealism(
        standard.key,
        judge(standard, () => false),
        'forced-half',
      ),
    /0 marked real/,
  );
});

test('forced-half: a perfect rater scores 100% and is unlikely by chance; a half-right one is at chance', () => {
  const mix = mixRealism({
    human: side('h', 10),
    simulated: side('s', 10),
    seed: 3,
    protocol: 'forced-half',
  });
  const perfect = scoreRealism(
    mix.key,
    judge(mix, (source) => source === 'human'),
    'forced-half',
  );
  assert.equal(perfect.accuracy, 1);
  assert.ok((perfect.chance ?? 1) < 0.0001);
  // the first five of each side marked real: half right
  const marked = { human: 0, simulated: 0 };
  const half = judge(mix, (source) => {
    marked[source as keyof typeof marked] += 1;
    return marked[source as keyof typeof marked] <= 5;
  });
  const score = scoreRealism(mix.key, half, 'forced-half');
  assert.equal(score.accuracy, 0.5);
  assert.ok((score.chance ?? 0) > 0.5);
});

test('every excerpt is judged exactly once', () => {
  const mix = mixRealism({ human: side('h', 2), simulated: side('s', 2), seed: 1, protocol: 'standard' });
  const judgements = judge(mix, () => true);
  assert.throws(() => scoreRealism(mix.key, judgements.slice(1), 'standard'), /no judgement for/);
  assert.throws(() => scoreRealism(mix.key, [...judgements, judgements[0]], 'standard'), /judged twice/);
});

test('the hypergeometric tail sums to one from zero and matches a hand count', () => {
  assert.ok(Math.abs(hypergeometricTail(20, 10, 10, 0) - 1) < 1e-12);
  // all 2 humans among 2 drawn of 4: 1 way in C(4,2) = 6
  assert.ok(Math.abs(hypergeometricTail(4, 2, 2, 2) - 1 / 6) < 1e-12);
});
