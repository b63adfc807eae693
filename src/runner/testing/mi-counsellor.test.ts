import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../../clock/virtual-clock.ts';
import { loadPersonaDirectory } from '../../simulator/load-persona.ts';
import { runSession } from '../run-session.ts';
import { mirrorClause } from './fixture-therapists.ts';
import { miCounsellorTherapist } from './mi-counsellor.ts';

const talk = async (lines: string[], seed = 1) => {
  const therapist = miCounsellorTherapist.create({ clock: new VirtualClock(0), seed, sessionId: 'mi' });
  const said = [(await therapist.open())[0].text];
  for (const line of lines) said.push(...(await therapist.reply(line)).map((message) => message.text));
  return { said, closed: therapist.closed };
};

test('the MI fixture opens on how they feel, reflects, asks one question a turn, sums up and ends', async () => {
  const answers = Array.from({ length: 12 }, (_, index) => `I smoke about ${index + 5} a day at work mostly`);
  const { said, closed } = await talk(answers);
  assert.match(said[0], /how are you feeling/i);
  for (const reply of said.slice(1, 11)) assert.equal((reply.match(/\?/g) ?? []).length, 1, reply);
  // a say-back of their own words, person changed, capital dropped mid-sentence
  assert.match(said[3], /you smoke about 7 a day/);
  assert.ok(said.some((reply) => /would you like to continue the conversation\?/i.test(reply)));
  assert.ok(closed, 'the fixture ends after its summary');
  assert.ok(!said.some((reply) => /\b0 to 10\b|scale/i.test(reply)), 'no 0–10 scales: MIBot asks none');
});

test('a hedge is not said back, and the same accepting word is not said twice running', async () => {
  const { said } = await talk(['not sure', 'maybe', 'hard to say', 'no']);
  for (const reply of said.slice(2))
    assert.doesNotMatch(reply, /^(So|It sounds like|It seems like) (not sure|maybe|hard)/);
  const firsts = said.slice(2).map((reply) => reply.split(/(?<=[.!?])\s/)[0]);
  for (let index = 1; index < firsts.length; index++) assert.notEqual(firsts[index], firsts[index - 1]);
});

test('the same seed gives the same session, byte for byte', async () => {
  const persona = loadPersonaDirectory('personas/smoking')[0];
  const play = async () =>
    JSON.stringify((await runSession({ persona, therapist: miCounsellorTherapist, seed: 5 })).turns);
  assert.equal(await play(), await play());
});

test('a say-back keeps a word that starts with "so" ("Stress, something goes wrong")', () => {
  assert.equal(
    mirrorClause('Stress, something goes wrong and I have one'),
    'something goes wrong and you have one',
  );
});

test('no lead-in is said twice in a session, the opening included (a repeat draws "you said that already")', async () => {
  for (let seed = 0; seed < 60; seed++) {
    const { said } = await talk(
      ['not sure', 'maybe', 'dunno', 'hard to say', 'no', 'not really', 'idk', 'maybe'],
      seed,
    );
    const sentences = said
      .flatMap((reply) => reply.split(/(?<=[.!?])\s+/))
      .filter((line) => !line.endsWith('?'));
    assert.equal(new Set(sentences).size, sentences.length, sentences.join(' | '));
  }
});
