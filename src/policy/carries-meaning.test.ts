import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MoveOf } from '../spec/move.ts';
import { carriesMeaning } from './carries-meaning.ts';

const reflect = (text: string, depth: MoveOf<'reflect-clause'>['depth']): MoveOf<'reflect-clause'> => ({
  type: 'reflect-clause',
  depth,
  clause: { text, span: [0, text.length] },
});

test('a clause with a sure meaning is turned round, so its reflection may stand alone', () => {
  assert.equal(carriesMeaning(reflect("i can't face the inbox", 'meaning')), true);
  assert.equal(carriesMeaning(reflect('i dont know what to say to my aunt', 'simple')), true);
  assert.equal(carriesMeaning(reflect('i really miss the allotment', 'meaning')), true);
});

test('a clause said back plainly is their words again, whatever depth the policy gave it (r19: bare echo)', () => {
  assert.equal(carriesMeaning(reflect('the van has been in the garage since june', 'meaning')), false);
  assert.equal(carriesMeaning(reflect('i moved here in the spring', 'simple')), false);
});

test('a feeling named, both sides, a doubt: ours', () => {
  assert.equal(carriesMeaning({ ...reflect('i eat alone most nights', 'feeling'), feeling: 'lonely' }), true);
  assert.equal(carriesMeaning(reflect('maybe i am too old for this', 'doubt')), true);
});
