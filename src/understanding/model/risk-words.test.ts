import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from '../analyse-prepare.ts';
import { riskGateOf } from './risk-words.ts';

const gate = (text: string) => riskGateOf(prepare(text).folded);

test('insurance is a strong word only as money paid at a death', () => {
  for (const text of [
    "they'd get the life insurance and honestly be better off",
    'i keep thinking my family would get the insurance money and be fine',
    'my family will be better when my life insurance pays out',
    "im just a burden to my kids, they'd get the insurance at least",
  ])
    assert.equal(gate(text), 'strong', text);
  for (const text of [
    "never asked how to buy insurance, i've bought it 20 years running",
    'can you remind me at nap time to sort the insurance',
    'my mum is on my case about the car insurance',
    'updated my life insurance when we bought the house',
    'need to compare life insurance quotes this week',
    "i think i'm burnt out, nothing dramatic",
    'i hang out at the bridge club on thursdays',
  ])
    assert.equal(gate(text), 'none', text);
});

test('money bleeding, foods cut out and a partner pregnant open no gate; the own body still does', () => {
  for (const text of [
    'bleeding money on this car honestly',
    'the doctor said to cut out certain foods and keep a diary',
    'we found out my partner is pregnant which is great',
  ])
    assert.equal(gate(text), 'none', text);
  assert.equal(gate('i am pregnant and terrified'), 'strong');
  assert.equal(gate('bleeding from my arm and it wont stop'), 'strong');
});

test('"dead" beside "tired" is worn out; "dead inside" and "better off dead" still open the gate (round 19)', () => {
  assert.equal(riskGateOf('my wife is more tired than me but i am also dead'), 'none');
  assert.equal(riskGateOf('so tired. i am dead inside'), 'strong');
  assert.equal(riskGateOf('tired all the time, honestly im better off dead'), 'strong');
});
