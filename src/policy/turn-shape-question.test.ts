import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SessionState } from '../session/state.ts';
import type { Observation } from '../spec/observation.ts';
import { understand } from '../understanding/index.ts';
import { turnNamesHardship, turnShapeQuestion } from './turn-shape-question.ts';

const stateOf = (text: string, extra: Partial<SessionState> = {}) =>
  ({ lastClientText: text, ...extra }) as SessionState;
// (someone else's deed is read by understanding: others-deed.ts)
const aboutOf = (text: string) => {
  const move = turnShapeQuestion(stateOf(text), understand(text));
  return move?.type === 'open-question' ? move.about : undefined;
};

test("someone else's deed is asked about as how it landed", () => {
  assert.equal(aboutOf('a boy laughed'), 'their-doing');
  assert.equal(aboutOf('teacher just said get it down yourself'), 'their-doing');
  assert.equal(aboutOf('yesterday the manager called me in'), 'their-doing');
  assert.equal(aboutOf('in PE they did it in front of sir and he just laughed'), 'their-doing');
  assert.equal(aboutOf('i went in. then my boss left without a word'), 'their-doing');
  assert.equal(aboutOf('i went in and i said no'), undefined);
  assert.equal(aboutOf('i just said no'), undefined);
  assert.equal(aboutOf('my teacher said that too'), undefined);
  assert.equal(aboutOf("its called 'no ethan'"), undefined);
  assert.equal(aboutOf('I asked her'), undefined);
  assert.equal(aboutOf('the form is due friday'), undefined);
});

test('hardship is read from the observations, not presumed', () => {
  assert.equal(turnNamesHardship(stateOf('its been 8 years'), []), false);
  assert.equal(turnNamesHardship(stateOf('i feel awful', { emotionNow: 'sad' }), []), true);
  const worry: Observation = { kind: 'worry', about: 'failing', span: [0, 4] };
  assert.equal(turnNamesHardship(stateOf('what if i fail'), [worry]), true);
});

test('a hello and nothing else is asked what they would like to talk about, not a stock probe', () => {
  assert.equal(aboutOf('hey'), 'task');
  assert.equal(aboutOf('hiya!'), 'task');
  assert.equal(aboutOf('Good evening.'), 'task');
  // a hello with something said after it is that something
  assert.notEqual(aboutOf('hey my boss just called me in'), 'task');
  assert.equal(aboutOf('hey. then my boss left without a word'), 'their-doing');
  // with a task already known, a hello mid-session is not taken as a fresh start
  const known = turnShapeQuestion(
    stateOf('hey', { task: { object: 'the form' } } as unknown as Partial<SessionState>),
    understand('hey'),
  );
  assert.equal(known, undefined);
});
