import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from './analyse-prepare.ts';
import { understand } from './index.ts';
import { normalise } from './normalise.ts';
import type { ReaderContext } from './reader.ts';
import { readReunionWish } from './reunion-wish.ts';

function riskOf(text: string, earlier: string[] = []): string[] {
  return understand(text, earlier)
    .filter((observation) => observation.kind === 'risk')
    .map((observation) => (observation.kind === 'risk' ? `${observation.type}:${observation.level}` : ''));
}

test('a wish to be with someone who has died is a possible disclosure, asked about', () => {
  assert.deepEqual(
    riskOf("i miss her so much. i'd like to just go and be with her", ['my nan died in march']),
    ['suicide:possible'],
  );
  assert.deepEqual(riskOf('i just want to be with my mum again, she passed in may'), ['suicide:possible']);
  assert.deepEqual(riskOf("Since my wife passed I see no reason to carry on. I'd rather be with her."), [
    'suicide:possible',
  ]);
});

test('the same words with no death said are not read by this reader, nor a wish said as not wanted', () => {
  assert.ok(!riskOf('i want to be with her so bad, we only met last month').includes('suicide:possible'));
  assert.deepEqual(riskOf("i don't want to be with him anymore", ['my dad died last year']), []);
});

test('a turn with no wish to be with someone never looks back for a death said before it', () => {
  const looked: string[] = [];
  const context = (text: string) =>
    ({
      prepared: prepare(normalise(text).text),
      get earlier() {
        looked.push(text);
        return 'my mum died in the spring';
      },
    }) as unknown as ReaderContext;
  assert.deepEqual(readReunionWish(context('i keep thinking about her garden')), []);
  assert.deepEqual(looked, []);
  // a wish after a death said in an earlier turn still reads
  assert.equal(readReunionWish(context('i just want to be with her again')).length, 1);
  assert.deepEqual(looked, ['i just want to be with her again']);
});
