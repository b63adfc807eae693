import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Move } from '../spec/move.ts';
import { recapWithLastTurn } from './recap.ts';

const clause = (text: string) => ({ text, span: [0, text.length] as [number, number] });
const summary: Move = {
  type: 'summarize',
  clauses: [clause('my deadline is in 9 days'), clause('I have one line')],
};
const sayBack: Move = { type: 'reflect-clause', clause: clause('I cannot write nonsense'), depth: 'meaning' };

test("a plain say-back of this turn becomes the recap's last clause: one sentence, not two stitched", () => {
  const moves = recapWithLastTurn([summary], [sayBack], false);
  assert.deepEqual(moves, [{ ...summary, clauses: [...summary.clauses, sayBack.clause] }]);
});

test('no join past one breath of words, with a feeling said back, or when the question takes the clause', () => {
  const long: Move = {
    ...sayBack,
    clause: clause(
      'and then every single time I open it up again I just close the whole thing and go and make a cup of tea',
    ),
  };
  assert.equal(recapWithLastTurn([summary], [long], false), undefined);
  assert.equal(recapWithLastTurn([summary], [{ ...sayBack, feeling: 'stuck' }], false), undefined);
  assert.equal(recapWithLastTurn([summary], [sayBack], true), undefined);
});
