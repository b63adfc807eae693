import assert from 'node:assert/strict';
import { test } from 'node:test';
import { playClientLines } from '../runner/client-lines.ts';
import { loadPersona, loadPersonaDirectory } from './load-persona.ts';
import type { Persona } from './persona-schema.ts';
import { createRandom } from './prng.ts';
import { chooseBeat } from './story-beats.ts';

const personas = loadPersonaDirectory();

/** Lower case, no apostrophes or marks: how a reader compares two phrasings. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Everything a card makes its client say in its own words. */
function cardLines(persona: Persona): string[] {
  const own = Object.values(persona.voice.own ?? {}).flat() as string[];
  return [
    ...persona.story,
    ...persona.beats.map((beat) => beat.say),
    ...persona.changeTalk,
    ...persona.sustainTalk,
    ...persona.asks,
    ...persona.opening,
    ...persona.tangents,
    ...persona.disclosures.map((disclosure) => disclosure.text),
    ...own,
  ];
}

// round 6's tell: the same clause shapes ("i keep thinking…", "all i want is to…") in every
// persona's long turns; a clause's first four words are its shape
test('no clause opening of four words is shared by two personas', () => {
  const owners = new Map<string, Set<string>>();
  for (const persona of personas)
    for (const line of cardLines(persona))
      for (const clause of line.split(/(?<=[.!?])\s+|[,;:]\s+|\s+(?:and|but|then|so)\s+/)) {
        const words = plain(clause).split(' ');
        if (words.length < 4) continue;
        const shape = words.slice(0, 4).join(' ');
        owners.set(shape, (owners.get(shape) ?? new Set()).add(persona.id));
      }
  const shared = [...owners].filter(([, who]) => who.size > 1).map(([shape, who]) => `${shape}: ${[...who]}`);
  assert.deepEqual(shared, []);
});

test('every card has at least eight beats, a push-back among them, and some long enough for a long turn', () => {
  assert.ok(personas.length >= 24);
  for (const persona of personas) {
    assert.ok(persona.beats.length >= 8, persona.id);
    assert.ok(
      persona.beats.some((beat) => beat.answers.includes('advice')),
      `${persona.id}: a push-back`,
    );
    const long = persona.beats.filter((beat) => beat.say.split(/\s+/).length >= 20);
    assert.ok(long.length >= 2, `${persona.id}: long beats`);
  }
});

const cue = (heard: string, unaskedAdvice = false) => ({ heard, unaskedAdvice });

test('a question about what happened brings the beat that answers it; unasked advice brings a push-back', () => {
  const jobLoss = loadPersona('job-loss');
  const said = new Set<number>();
  const random = createRandom(3);
  const answer = chooseBeat(jobLoss, said, cue('What happened in that meeting?'), random, {
    target: 20,
    storyTold: true,
    onlyCued: true,
  });
  assert.match(answer ?? '', /catch up|HR was already/);
  const advised = chooseBeat(jobLoss, said, cue('You should update your CV tonight.', true), random, {
    target: 20,
    storyTold: true,
    onlyCued: true,
  });
  assert.match(advised ?? '', /updating the CV/);
  // the push-back waits for advice: a reflection never draws it
  const fresh = new Set<number>();
  for (let index = 0; index < jobLoss.beats.length; index++) {
    const beat = chooseBeat(jobLoss, fresh, cue('It sounds really hard.'), random, {
      target: 20,
      storyTold: true,
    });
    if (beat) assert.ok(!/updating the CV/.test(beat), beat);
  }
});

test('a beat whose subject has not come up waits (before half the story is told)', () => {
  const jobLoss = loadPersona('job-loss');
  const random = createRandom(4);
  const early = chooseBeat(jobLoss, new Set(), cue('Go on.'), random, {
    target: 20,
    storyTold: false,
    known: 'lost my job 2 weeks ago',
  });
  assert.ok(!/\b(her|she)\b/i.test(early ?? ''), early);
});

test('a session never says one beat twice, against any therapist', async () => {
  for (const kind of ['coach', 'eliza', 'generic-advice', 'reflective'] as const) {
    const played = await playClientLines({
      personas,
      therapist: { kind },
      sessions: personas.length * 2,
      seed: 23,
    });
    for (const session of played) {
      const persona = personas.find((candidate) => candidate.id === session.persona);
      assert.ok(persona);
      const text = session.lines.map(plain).join(' | ');
      for (const beat of persona.beats) {
        // (the beat's opening words, typed in the client's voice: the same words whatever its spellings)
        const opening = plain(beat.say).split(' ').slice(0, 6).join(' ');
        const times = text.split(opening).length - 1;
        assert.ok(times <= 1, `${kind} ${persona.id}: "${opening}" said ${times} times`);
      }
    }
  }
});

test('no templated worry or urge frame is left in what clients say', async () => {
  const played = await playClientLines({
    personas,
    therapist: { kind: 'coach' },
    sessions: personas.length * 2,
    seed: 29,
  });
  for (const session of played)
    for (const line of session.lines)
      assert.doesNotMatch(line, /all i want is to|i keep wanting to|what if i'll/i, line);
});
