import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeClientTurn, codeClientUtterance } from './client-talk.ts';

const code = (text: string) => codeClientUtterance(text).code;

test('change talk: desire, ability, reasons, need, commitment and steps taken', () => {
  assert.equal(code('I really want to cut down before the baby comes.'), 'change');
  assert.equal(code('I could probably skip the Friday ones.'), 'change');
  assert.equal(code("I've already started walking to work."), 'change');
  assert.equal(code("I'm tired of waking up with a headache."), 'change');
});

test('sustain talk: the status quo defended, inability, benefits of the habit', () => {
  assert.equal(code("I don't want to quit, it's the only thing that relaxes me."), 'sustain');
  assert.equal(code("It's not a big deal, everybody drinks at my work."), 'sustain');
  assert.equal(code("I can't stop, I've tried that before."), 'sustain');
});

test('negation flips a cue: not wanting to keep going is change talk', () => {
  assert.equal(code("I don't want to keep living like this."), 'change');
  assert.equal(code("I don't want to stop."), 'sustain');
});

test("someone else's wish reported, short answers and plain facts are neutral", () => {
  assert.equal(code('My doctor says I need to walk more.'), 'neutral');
  assert.equal(code('Okay.'), 'neutral');
  assert.equal(code('I work nights at the hospital.'), 'neutral');
});

test('a turn with both sides takes the one said last', () => {
  assert.equal(codeClientTurn("I'd like to stop. But I can't face the mornings without it.").code, 'sustain');
  assert.equal(codeClientTurn('It helps me relax, but I want to cut down.').code, 'change');
});

test('the learned model overrules the rules where their cues miss, and says so in the reasons', async () => {
  const { readClientRules } = await import('./client-talk.ts');
  const text = 'I have three kids and a job, when would I even go?';
  assert.equal(readClientRules(text).code, 'neutral');
  const turn = codeClientTurn(text);
  assert.equal(turn.code, 'sustain');
  assert.match(turn.reasons[0], /learned model reads sustain talk over the rules' neutral/);
  // where the rules and the model agree, the rules' own reason stands
  assert.match(
    codeClientTurn('I really want to cut down before the baby comes.').reasons[0],
    /toward change/,
  );
});
