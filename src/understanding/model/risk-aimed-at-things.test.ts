import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../../spec/observation.ts';
import { prepare } from '../analyse-prepare.ts';
import { understand } from '../index.ts';
import { withoutRiskWordsAimedAtThings } from './risk-aimed-at-things.ts';
import { riskGateOf } from './risk-words.ts';

const gate = (text: string) => riskGateOf(prepare(text).folded);
const ownRisk = (text: string) =>
  understand(text).filter(
    (observation: Observation) => observation.kind === 'risk' && observation.about !== 'other',
  );

test('a thing cut or thrown into water opens no gate; the body or the self cut or thrown still does', () => {
  for (const text of [
    'i know when the hedge is ready to cut',
    'the roses need cutting before the frost',
    'spent the evening cutting the fabric for her costume',
    'sometimes i want to throw the papers in the sea',
    'honestly i could chuck these forms into the river',
  ])
    assert.equal(gate(text), 'none', text);
  for (const text of [
    'i cut my upper arm again last night',
    'i cut the same place on my leg',
    'ok so i cut a bit earlier, not as deep',
    'cutting the skin is the only thing that helps',
    'i want to walk into the sea',
  ])
    assert.equal(gate(text), 'strong', text);
});

test('fear of a task, a decision on a claim, a mistake or an office is no fear for one’s life', () => {
  for (const text of [
    'so i am scared to touch it',
    'im afraid of opening the letter from the council',
    'Also I am afraid they will say no and then it is really finished.',
    'I am afraid I make a mistake and the tax office comes for me',
    'scared the bank will refuse the loan',
  ])
    assert.equal(gate(text), 'none', text);
  for (const text of [
    "i'm scared he will hurt me again",
    'im afraid to go home tonight',
    'terrified of what i might do to myself',
    'im scared to be alone with my thoughts',
    'scared of what the man will do when he finds out',
  ])
    assert.equal(gate(text), 'weak', text);
});

test('only the aimed word is blanked: another risk word in the clause still opens the gate', () => {
  assert.equal(gate('scared to take the pills'), 'strong');
  assert.match(withoutRiskWordsAimedAtThings('scared to take the pills'), /pills/);
  assert.equal(gate('i want to throw the pills in the sea and jump'), 'strong');
});

test('the learned reader stays silent on words aimed at things and still reads the person at risk', () => {
  for (const text of [
    'i know when the hedge is ready to cut',
    'so i am scared to touch it',
    'sometimes i want to throw the papers in the sea',
    'Also I am afraid they will say no and then it is really finished.',
  ])
    assert.deepEqual(ownRisk(text), [], text);
  for (const text of [
    'i want to walk into the sea',
    'i want to throw myself in the river',
    'i cut my arm again last night',
    "i'm scared he will hurt me again",
  ])
    assert.ok(ownRisk(text).length > 0, text);
});

test('violence aimed at a piece of work opens no gate; at a person the idiom rules decide', () => {
  assert.equal(gate('gonna strangle this essay into shape tonight'), 'none');
  assert.equal(gate('could murder this spreadsheet honestly'), 'none');
  assert.equal(gate('living on the edge with 2% battery'), 'none');
  assert.equal(gate('i want to kill myself tonight'), 'strong');
});

test("someone else's medicine handled as care opens no gate; one's own hold on it, or a disclosure beside, still does", () => {
  for (const text of [
    'nothing really. i just do mums meds and the shopping',
    "sorting dad's tablets for the week then work",
    'i pick up her insulin on fridays',
  ])
    assert.equal(gate(text), 'none', text);
  for (const text of [
    'i collect dads tablets and ive been keeping some back',
    'i do mums meds and sometimes i think about taking them all',
    'i do mums meds. i want to die',
    'i give my nans tablets every morning and im so tired of all of it, i just want it to stop. all of it',
  ])
    assert.notEqual(gate(text), 'none', text);
  assert.ok(ownRisk('i do mums meds and the shopping and honestly i want to die').length > 0);
});
