// A bare "maybe"/"sure"/"not really" answers a yes/no question; alone after anything else it read to
// a blind rater (round 7) as a template's stock reply.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { therapistFactory } from '../runner/resolve-therapist.ts';
import { runSession } from '../runner/run-session.ts';
import { asksYesNo, fitsAlone } from './bare-answer.ts';
import { loadPersonaDirectory } from './load-persona.ts';

test('yes/no questions are told from open ones and from statements', () => {
  assert.equal(asksYesNo('That sounds hard. Does that fit?'), true);
  assert.equal(asksYesNo('So it is the job, is that right?'), true);
  assert.equal(asksYesNo('What happened next?'), false);
  assert.equal(asksYesNo('Your day off ?'), true);
  assert.equal(asksYesNo("Like you said you've done it every year ?"), true);
  assert.equal(asksYesNo('How are you managing with the money right now?'), false);
  assert.equal(asksYesNo('And the weekends, tell me about those?'), false);
  assert.equal(asksYesNo('It sounds like you are tired of it.'), false);
  assert.equal(fitsAlone('Maybe.', 'What would help?'), false);
  assert.equal(fitsAlone('idk', 'What would help?'), true);
  assert.equal(fitsAlone('ok', 'You could try a list.'), true);
  assert.equal(fitsAlone('Not really.', 'It sounds like you want it done.'), true);
  assert.equal(fitsAlone('Sure', 'It sounds like you want it done.'), false);
});

test('a bare maybe, sure or not really comes only after a yes/no question', async () => {
  const personas = loadPersonaDirectory();
  const misplaced: string[] = [];
  let bare = 0;
  for (const kind of ['reflective', 'eliza', 'coach'] as const) {
    const factory = await therapistFactory({ kind });
    for (const [index, persona] of personas.entries()) {
      const result = await runSession({ persona, therapist: factory, seed: 500 + index });
      let heard = '';
      for (const turn of result.turns) {
        if (turn.role === 'therapist') {
          heard = turn.text;
          continue;
        }
        // (typed their way: lower case, no apostrophes, an emoji at the end)
        const plain = turn.text.replace(/[^a-z' ]+$/i, '').trim();
        if (plain.split(/\s+/).length > 3) continue;
        if (!fitsAlone(plain, heard))
          misplaced.push(`${kind}/${persona.id}: "${heard.slice(-40)}" → ${plain}`);
        bare += 1;
      }
    }
  }
  assert.ok(bare > 30, `${bare} short turns: the check saw too few to mean anything`);
  assert.ok(misplaced.length <= 2, `${misplaced.length}:\n${misplaced.slice(0, 8).join('\n')}`);
});

test('the same bare reply is not said two turns running ("not sure, sorry." twice)', async () => {
  const { playClientLines } = await import('../runner/client-lines.ts');
  const personas = loadPersonaDirectory();
  const running: string[] = [];
  for (const kind of ['coach', 'eliza'] as const) {
    const played = await playClientLines({
      personas,
      therapist: { kind },
      sessions: personas.length * 4,
      seed: 713,
    });
    for (const session of played)
      session.lines.forEach((line, index) => {
        const plain = (text: string) =>
          text
            .toLowerCase()
            .replace(/[^a-z ]/g, '')
            .replace(/ (lol|tbh)$/, '')
            .trim();
        if (
          index > 0 &&
          plain(line).split(' ').length <= 4 &&
          plain(line) === plain(session.lines[index - 1])
        )
          running.push(`${session.persona}: ${line}`);
      });
  }
  assert.ok(running.length <= 1, `${running.length}: ${running.slice(0, 5).join(' | ')}`);
});
