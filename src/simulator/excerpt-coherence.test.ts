import assert from 'node:assert/strict';
import { test } from 'node:test';
import { playClientLines } from '../runner/client-lines.ts';
import { storyLines } from './client-content.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { EXPLICIT_REQUEST } from './realism-statistics.ts';

// what a blind rater reads: the first nine client lines of a session against the coach
const EXCERPT = 9;
const personas = loadPersonaDirectory();
const played = await playClientLines({
  personas,
  therapist: { kind: 'coach' },
  sessions: personas.length * 3,
  seed: 61,
});
const playedBy = {
  coach: played,
  'generic-advice': await playClientLines({
    personas,
    therapist: { kind: 'generic-advice' },
    sessions: personas.length * 2,
    seed: 61,
  }),
};

/** A sentence as a reader compares it: lower case, no apostrophes or end marks. */
const plain = (sentence: string) =>
  sentence
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const sentencesOf = (line: string) =>
  line
    .split(/(?<=[.!?])\s+|,\s+/)
    .map(plain)
    .filter((sentence) => sentence.split(' ').length >= 3);

// (an explicit request keeps the words the bench holds every therapist to: that is its contract)
test('no sentence of three words or more is said by two different personas, requests aside', () => {
  const owners = new Map<string, Set<string>>();
  for (const session of played)
    for (const line of session.lines.slice(0, EXCERPT).filter((line) => !EXPLICIT_REQUEST.test(line)))
      for (const sentence of sentencesOf(line)) {
        const set = owners.get(sentence) ?? new Set<string>();
        set.add(session.persona);
        owners.set(sentence, set);
      }
  const shared = [...owners].filter(([, who]) => who.size > 1).map(([sentence]) => sentence);
  assert.deepEqual(shared, []);
});

test('a 0–10 number is never a whole message (the reader cannot see the question)', () => {
  const bare = played.flatMap((session) =>
    session.lines
      .slice(0, EXCERPT)
      .filter((line) => /^\W*(about |like |prob |idk )?\d+(\/10|ish)?\W*$/i.test(line)),
  );
  assert.deepEqual(bare, []);
});

// (two things may run on in one breath, as MIBot's real long turns do — "i smoke about 10 a day, i use it
// instead of snacking" — but never two full sentences of story stacked: that read as stitched, round 9)
test('a message carries one beat of the story, or two run on in one sentence (two facts stacked read as stitched)', () => {
  for (const persona of personas) {
    const entries = persona.story;
    const sessions = played.filter((session) => session.persona === persona.id);
    for (const session of sessions)
      for (const line of session.lines.slice(0, EXCERPT)) {
        const text = plain(line);
        const beats = entries.filter((entry) =>
          storyLines({ ...persona, story: [entry] }).some((sentence) => text.includes(plain(sentence))),
        );
        const runOn = beats.length === 2 && !/[.!?]\s+\S/.test(line.trim());
        assert.ok(beats.length <= 1 || runOn, `${persona.id}: ${beats.length} beats in one message: ${line}`);
      }
  }
});

test('no message is a bare shrug twice in a row', () => {
  const shrug = /^\W*(idk|dunno|maybe|not really|sort of|kind of|i guess|not sure|no idea|perhaps)\W*$/i;
  for (const session of played) {
    const lines = session.lines.slice(0, EXCERPT);
    for (let index = 1; index < lines.length; index++)
      assert.ok(
        !(shrug.test(lines[index]) && shrug.test(lines[index - 1])),
        `${session.persona}: two shrugs running`,
      );
  }
});

test('a step is reported once: no line of a card’s own step reports comes twice in a session', () => {
  for (const therapist of ['coach', 'generic-advice'] as const) {
    for (const persona of personas) {
      const own = [...persona.voice.own.done, ...persona.voice.own.partial, ...persona.voice.own.notDone].map(
        plain,
      );
      if (own.length === 0) continue;
      for (const session of playedBy[therapist].filter((played) => played.persona === persona.id)) {
        const reports = session.lines
          .map(plain)
          .filter((line) => own.some((report) => line.includes(report)));
        assert.equal(new Set(reports).size, reports.length, `${persona.id} against ${therapist}`);
      }
    }
  }
});
