/**
 * MITI ratios of the coach in simulated sessions with the current clients (issue 17 asks for them
 * there): every persona in personas/ plays N seeded sessions against the coach, each session is
 * coded by the evaluator's MITI coder (the same turn coding as `tinystep eval`), and the coach's
 * reflection-to-question ratio and share of complex reflections are printed beside the MITI 4.2.1
 * "good" levels. Deterministic: the same seed gives the same sessions and the same figures.
 *
 *   npm run miti -- [--sessions 4] [--seed 12] [--json]
 */
import { parseArgs } from 'node:util';
import { codeSession } from '../src/evaluator/coding/code-session.ts';
import { therapistFactory } from '../src/runner/resolve-therapist.ts';
import { runSession } from '../src/runner/run-session.ts';
import { sessionSeed } from '../src/runner/session-record.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';

// MITI 4.2.1 "good" levels (the "fair" ones are 1 and 40%)
const GOOD_REFLECTIONS_PER_QUESTION = 2;
const GOOD_COMPLEX_SHARE = 0.5;

type Tally = { simple: number; complex: number; open: number; closed: number; sessions: number };

const emptyTally = (): Tally => ({ simple: 0, complex: 0, open: 0, closed: 0, sessions: 0 });

function addSession(tally: Tally, turns: Parameters<typeof codeSession>[0]): void {
  const { counts } = codeSession(turns).summary;
  tally.simple += counts['reflection-simple'];
  tally.complex += counts['reflection-complex'];
  tally.open += counts['question-open'];
  tally.closed += counts['question-closed'];
  tally.sessions += 1;
}

function ratios(tally: Tally) {
  const reflections = tally.simple + tally.complex;
  const questions = tally.open + tally.closed;
  return {
    reflections,
    questions,
    reflectionsPerQuestion: questions === 0 ? 0 : reflections / questions,
    complexShare: reflections === 0 ? 0 : tally.complex / reflections,
  };
}

function line(label: string, tally: Tally): string {
  const figures = ratios(tally);
  // truncated, not rounded: 1.995 shown as "2.00" beside "not met" reads as a contradiction
  const rq = (Math.floor(100 * figures.reflectionsPerQuestion) / 100).toFixed(2);
  const complex = `${(100 * figures.complexShare).toFixed(1)}%`;
  return `${label.padEnd(24)} ${String(tally.sessions).padStart(3)} ${String(figures.reflections).padStart(5)} ${String(figures.questions).padStart(5)} ${rq.padStart(6)} ${complex.padStart(7)}`;
}

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '4' },
    seed: { type: 'string', default: '12' },
    json: { type: 'boolean', default: false },
  },
});
const sessions = Number(values.sessions);
const seed = Number(values.seed);
const personas = loadPersonaDirectory();
const total = emptyTally();
const perPersona: Record<string, Tally> = {};
for (const persona of personas) {
  const tally = emptyTally();
  for (let index = 0; index < sessions; index++) {
    const result = await runSession({
      persona,
      therapist: await therapistFactory({ kind: 'coach' }),
      seed: sessionSeed(seed, persona, index),
    });
    addSession(tally, result.turns);
    addSession(total, result.turns);
  }
  perPersona[persona.id] = tally;
}

if (values.json) {
  console.log(
    JSON.stringify({
      seed,
      sessionsPerPersona: sessions,
      total: { ...total, ...ratios(total) },
      personas: Object.fromEntries(
        Object.entries(perPersona).map(([id, tally]) => [id, { ...tally, ...ratios(tally) }]),
      ),
    }),
  );
} else {
  console.log(`coach vs ${personas.length} simulated clients, ${sessions} sessions each, seed ${seed}`);
  console.log(`${'persona'.padEnd(24)} ses  refl   qst    R:Q complex`);
  for (const [id, tally] of Object.entries(perPersona)) console.log(line(id, tally));
  console.log(line('all', total));
  const figures = ratios(total);
  const verdict = (met: boolean) => (met ? 'met' : 'not met');
  console.log(
    `MITI good: R:Q ≥ ${GOOD_REFLECTIONS_PER_QUESTION} (${verdict(figures.reflectionsPerQuestion >= GOOD_REFLECTIONS_PER_QUESTION)}), complex ≥ ${100 * GOOD_COMPLEX_SHARE}% (${verdict(figures.complexShare >= GOOD_COMPLEX_SHARE)})`,
  );
}
