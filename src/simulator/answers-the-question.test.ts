import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSession } from '../runner/run-session.ts';
import { sessionSeed } from '../runner/session-record.ts';
import { miCounsellorTherapist } from '../runner/testing/mi-counsellor.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { questionCallsBeat } from './story-beats.ts';

// simulated smokers against the MI fixture, as the realism check plays them (issue 18)
const personas = loadPersonaDirectory('personas/smoking');
const sessions = await Promise.all(
  Array.from({ length: personas.length * 3 }, (_, index) => {
    const persona = personas[index % personas.length];
    return runSession({
      persona,
      therapist: miCounsellorTherapist,
      seed: sessionSeed(13, persona, Math.floor(index / personas.length)),
    });
  }),
);
/** Each client turn with the therapist turn before it. */
const exchanges = sessions.flatMap((session) =>
  session.turns.flatMap((turn, index) =>
    turn.role === 'client' && index > 0 ? [{ asked: session.turns[index - 1].text, said: turn.text }] : [],
  ),
);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const share = (rows: typeof exchanges, test: (said: string) => boolean) =>
  rows.filter((row) => test(row.said)).length / rows.length;

test('"how are you feeling?" is mostly answered with how they are, not the story', () => {
  const greeted = exchanges.filter((row) => /how are you feeling/i.test(row.asked));
  assert.ok(greeted.length >= 20);
  assert.ok(share(greeted, (said) => words(said) <= 5) >= 0.5);
});

test('"is there anything else?" is mostly a no', () => {
  const more = exchanges.filter((row) => /anything else/i.test(row.asked));
  assert.ok(share(more, (said) => /^(no|nope|nah|nothing|not really|that'?s all)/i.test(said)) >= 0.5);
});

test("long turns run on as real people's do: one turn in ten has 18 words or more", () => {
  assert.ok(share(exchanges, (said) => words(said) >= 18) >= 0.1);
});

test("a question that a beat answers calls it up, in the counsellor's words rather than the card's", () => {
  const persona = personas.find((card) => card.id === 'smoker-stress-relief');
  assert.ok(persona);
  // "gets in the way" is asking what is hard; the card's beat says so with [hard, difficult, part]
  assert.ok(questionCallsBeat(persona, new Set(), 'Okay. What do you think gets in the way of changing it?'));
  assert.ok(!questionCallsBeat(persona, new Set(), 'It gets in the way.'), 'a statement asks nothing');
  const said = new Set(persona.beats.map((_, index) => index));
  assert.ok(!questionCallsBeat(persona, said, 'What gets in the way?'), 'every beat said already');
});
