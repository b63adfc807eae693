import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readAffairsSettled } from './affairs-settled.ts';
import { prepare } from './analyse-prepare.ts';
import { understand } from './index.ts';
import { normalise } from './normalise.ts';
import type { ReaderContext } from './reader.ts';

const own = (text: string, earlier: string[] = []) =>
  understand(text, earlier).some(
    (observation) => observation.kind === 'risk' && observation.about !== 'other' && !observation.past,
  );

test('affairs said to be settled after errands of farewell, across turns or in one, are asked about', () => {
  assert.ok(
    own('so that is everything in order now. a relief to have it all done', [
      'i sent a long letter to my brother in australia on monday',
      "took all of Harold's coats and his watch to the church sale, gave them away",
      'the papers are at the solicitor since friday',
    ]),
  );
  assert.ok(
    own(
      'rang my daughters, gave my books to the library, signed the papers at the notary. all my affairs are settled',
    ),
  );
});

test('settled affairs with one errand, or errands a move explains, are ordinary; a disclosure beside them still reads', () => {
  assert.equal(own('the essay is in, everything is in order now, what a relief to have it done'), false);
  assert.equal(own('papers are with the lawyer for the house sale. everything in order now', []), false);
  assert.equal(
    own('everything is sorted out, relief to have it done', [
      'gave away most of my furniture and wrote to my cousins',
      'the lawyer has the papers for the move to the new flat',
    ]),
    false,
  );
  assert.ok(
    own('everything is sorted out for the move, and honestly i want to die', [
      'gave away most of my furniture and wrote to my cousins',
      'the lawyer has the papers',
    ]),
  );
});

test('a turn that does not say its affairs are settled never looks back at the earlier turns', () => {
  const looked: string[] = [];
  const context = (text: string) =>
    ({
      prepared: prepare(normalise(text).text),
      get earlier() {
        looked.push(text);
        return 'gave away all my books and wrote to my sons and the papers are with the solicitor';
      },
    }) as unknown as ReaderContext;
  assert.deepEqual(readAffairsSettled(context('gave my watch to my nephew today')), []);
  assert.deepEqual(looked, []);
  // the same errands before a settled turn still read, across turns
  assert.equal(readAffairsSettled(context('so everything is in order now')).length, 1);
  assert.deepEqual(looked, ['so everything is in order now']);
});
