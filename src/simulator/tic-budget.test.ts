// A tic tacked on turn after turn ("omg", "seriously") was a blind rater's tell (round 7): a person's
// tag word comes once or twice a chat, not in every third message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { therapistFactory } from '../runner/resolve-therapist.ts';
import { runSession } from '../runner/run-session.ts';
import { loadPersonaDirectory } from './load-persona.ts';

test("a person's filler word is tacked on at most twice a session", async () => {
  const taggers = loadPersonaDirectory().filter((persona) => persona.voice.fillers.length > 0);
  assert.ok(taggers.length >= 3);
  const over: string[] = [];
  let seen = 0;
  for (const kind of ['reflective', 'eliza'] as const) {
    const factory = await therapistFactory({ kind });
    for (const persona of taggers)
      for (let seed = 1; seed <= 12; seed++) {
        const result = await runSession({ persona, therapist: factory, seed: 900 + seed });
        const said = result.turns
          .filter((turn) => turn.role === 'client')
          .map((turn) => turn.text.toLowerCase());
        for (const filler of persona.voice.fillers) {
          // (tacked on, at the start or the end of the message: "like" inside a card's sentence is a word)
          const pattern = new RegExp(`^${filler.toLowerCase()}\\b|\\b${filler.toLowerCase()}[^a-z]*$`);
          // (a turn that is only the word is a bare reply, bare-answer.test.ts's subject)
          const bare = (line: string) => line.replace(/[^a-z' ]+$/, '').trim() === filler.toLowerCase();
          const times = said.filter((line) => pattern.test(line) && !bare(line)).length;
          seen += times;
          if (times > 3) over.push(`${kind}/${persona.id}/${seed}: "${filler}" ×${times}`);
        }
      }
  }
  assert.ok(seen > 20, `only ${seen} fillers seen`);
  // (tacked on twice at most; a card's own sentence may also end on the word — "itll just get messy
  // again anyway", "not sure, sorry." — so a session may show it three times, one in all four)
  assert.ok(over.length <= 1, `${over.length}: ${over.slice(0, 6).join(', ')}`);
});
