import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { checkInvariants, type Violation } from '../session/invariants.ts';
// seeded, so a failing session can be found again by its number
import { createRandom as random } from '../text/seeded-random.ts';
import { createCoachSession } from './coach-session.ts';
import { settle } from './replay.ts';
import { realizerForTests } from './testing-realizer.ts';

const CORPUS = new URL('../understanding/corpus/', import.meta.url);

function corpusTexts(): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(CORPUS).filter((name) => name.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.flatMap((name) =>
    readFileSync(new URL(name, CORPUS), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => {
        const parsed = JSON.parse(line) as { text?: unknown };
        return typeof parsed.text === 'string' ? [parsed.text] : [];
      }),
  );
}

const texts = corpusTexts();
const SESSIONS = 1000;

test(`${SESSIONS} sessions of randomly ordered client utterances break no session rule`, {
  skip: texts.length === 0 ? 'no understanding corpus yet (src/understanding/corpus/*.jsonl)' : false,
}, async () => {
  const { realizer, real } = await realizerForTests(11);
  if (!real) return;
  const failures: { session: number; violations: Violation[] }[] = [];
  for (let session = 0; session < SESSIONS; session++) {
    const next = random(session + 1);
    const clock = new VirtualClock(0);
    const coach = createCoachSession({ clock, seed: session, sessionId: `g${session}`, realizer });
    await coach.open();
    const turns = 3 + Math.floor(next() * 14);
    for (let turn = 0; turn < turns; turn++) {
      await coach.receive(texts[Math.floor(next() * texts.length)]);
      clock.advance(Math.floor(next() * 90_000));
      await settle();
    }
    if (next() < 0.5) await coach.close();
    clock.advance(24 * 3600_000);
    await settle();
    const violations = checkInvariants(coach.events(), { now: clock.now() });
    if (violations.length > 0) failures.push({ session, violations });
  }
  const sample = failures
    .slice(0, 5)
    .map(
      (failure) =>
        `session ${failure.session}: ${failure.violations.map((item) => `rule ${item.rule} ${item.message}`).join('; ')}`,
    );
  assert.equal(failures.length, 0, `${failures.length} sessions broke a rule:\n${sample.join('\n')}`);
});
