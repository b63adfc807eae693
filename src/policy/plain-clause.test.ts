import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';
import { plainClauseOf } from './plain-clause.ts';

const STOCK =
  /What's that been like for you|How has that been for you|Can you tell me more about that|What else is going on around that|What has been going on with that lately/i;

test('a short line about someone else or the situation is a clause to say back', () => {
  assert.equal(plainClauseOf('theres no talking to her. she just screams')?.text, 'she just screams');
  assert.equal(plainClauseOf('but they were happy before')?.text, 'they were happy before');
  assert.equal(plainClauseOf('hes not the type')?.text, "he's not the type");
  // nothing to say back: a bare answer, a question, a long run-on, chat-speak
  assert.equal(plainClauseOf('yeah i guess'), undefined);
  assert.equal(plainClauseOf('is she ok?'), undefined);
  // said back, these would read as garble or as mocking their English
  assert.equal(plainClauseOf('yes many times. he say it is his duty'), undefined);
  assert.equal(plainClauseOf('yes one time. everybody just drink, not for me'), undefined);
  assert.equal(plainClauseOf('she said call'), undefined);
  assert.equal(
    plainClauseOf(
      'they said the thing and then they went and did another thing and then we left and it was late',
    ),
    undefined,
  );
});

test('a line about someone else is said back in their words, not met with a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const turns: Turn[] = [
      { role: 'client', text: 'my mum keeps taking my phone' },
      { role: 'therapist', text: 'Have you been able to talk to her about it?' },
      { role: 'client', text: 'theres no talking to her. she just screams' },
    ];
    const [reply] = await replyToTranscript(turns, { which: 'last', seed });
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.match(reply.text, /she just screams|no talking to her/i, reply.text);
  }
});

test('a truth about doing something, or "doesnt make it easier" after "i know", is said back whole', () => {
  assert.equal(
    plainClauseOf('knowing it and writing it r different things')?.text,
    'knowing it and writing it are different things',
  );
  assert.equal(
    plainClauseOf('ye i know. doesnt make it easier tho does it')?.text,
    "knowing it doesn't make it easier",
  );
});

test('a line about a relative or an institution is said back like one about a parent', () => {
  assert.equal(plainClauseOf('my cousin says you get used to it')?.text, 'my cousin says you get used to it');
  assert.equal(
    plainClauseOf('the school called again about her attendance')?.text,
    'the school called again about her attendance',
  );
});

test('a noun-phrase subject of any kind is said back when it has a determiner, a plural or is family', () => {
  // round 17: a closed list of subjects left these with nothing to say back (a stock question alone)
  assert.equal(plainClauseOf('and the maths is tomorrow')?.text, 'the maths is tomorrow');
  assert.equal(plainClauseOf('weekends are the worst')?.text, 'weekends are the worst');
  assert.equal(plainClauseOf('the kids were up all night')?.text, 'the kids were up all night');
  assert.equal(plainClauseOf('my sister never calls back')?.text, 'my sister never calls back');
  // a bare singular (a dropped article) or a dialect determiner would read as mocking, said back
  assert.equal(plainClauseOf('visa is dependent visa. not so simple'), undefined);
  assert.equal(plainClauseOf('lip isnt what it was either'), undefined);
  assert.equal(plainClauseOf('nah them things are for old people and tramps'), undefined);
  // an instruction or a hedge is not a subject
  assert.equal(plainClauseOf('dont worry about it'), undefined);
});

test('a body known by its letters is a subject too', () => {
  assert.equal(plainClauseOf('HR is his cousin')?.text, 'HR is his cousin');
});

test('their family named bare is said back as theirs', () => {
  assert.equal(plainClauseOf('and mum has enough stuff going on')?.text, 'my mum has enough stuff going on');
  assert.equal(plainClauseOf('Dad never calls')?.text, 'my dad never calls');
});
