/**
 * Fairness check: every phrasing the template realizer can produce for a move is read back as that
 * move by the therapist-turn reader. Plans are rendered with many seeds and a growing said-set (so
 * openers and tails show up, as they do late in a session). The reader works from general patterns,
 * so a failure here means a pattern is missing, not that a sentence needs adding to a list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RATIONALES } from '../realizer/phrases-rationale.ts';
import { createTemplateRealizer, recordSaid } from '../realizer/template-realizer.ts';
import type { RealizeContext } from '../realizer/types.ts';
import type { Move, Step } from '../spec/move.ts';
import type { TaskDomain } from '../spec/observation.ts';
import { ladderFor } from '../steps/index.ts';
import { readTherapistTurn } from './therapist-turn.ts';
import type { TherapistTurnReading } from './therapist-turn-types.ts';

const SEEDS = 24;
const OBJECTS: [TaskDomain, string][] = [
  ['code', 'the script'],
  ['email', 'the email to my landlord'],
  ['writing', 'my essay'],
  ['study', 'the textbook'],
  ['chores', 'the dishes'],
  ['call', 'the dentist'],
  ['other', 'the bills'],
  ['other', 'the letters'],
  ['other', 'the forms'],
  ['other', 'the tax return'],
];
const DELAYS = [3_000, 30_000, 45_000, 60_000, 90_000, 120_000, 300_000];
const CUES = ['Look at the cursor.', 'Just look at it', 'Open the email and click in the text box.'];
const CONDITIONS = [undefined, 'if I start fiddling', 'when I freeze', 'if I start to edit everything'];
const EXTRA_RATIONALES = [
  'Each small step you finish is proof that the task can be touched.',
  'This helps because a start makes the next step easier.',
  'The reason is that the worry shrinks once you begin.',
];

function rungs(): Step[] {
  return OBJECTS.flatMap(([domain, object]) => ladderFor(domain, object));
}

function rationales(): string[] {
  // the rationales now live with the realizer (issue 17); every one is read back
  const fromPolicy = Object.values(RATIONALES).flat();
  return [...new Set([...fromPolicy, ...EXTRA_RATIONALES])];
}

type Case = { name: string; plan: Move[]; check: (reading: TherapistTurnReading) => boolean };

function cases(): Case[] {
  const steps = rungs();
  const list: Case[] = [];
  steps.forEach((step, index) => {
    const smaller = steps[index + 1];
    list.push({
      name: 'answer-concrete',
      plan: [{ type: 'answer-concrete', steps: [step.text, 'stop there, even if you want more'] }],
      check: (reading) => reading.answers.includes('concrete'),
    });
    list.push({
      name: 'propose-step',
      plan: [{ type: 'propose-step', step }],
      check: (reading) => reading.proposesStep && reading.answers.includes('next'),
    });
    if (smaller && smaller.size < step.size) {
      list.push({
        name: 'shrink-step',
        plan: [{ type: 'shrink-step', from: step, to: smaller }],
        check: (reading) => reading.shrinks && reading.answers.includes('concrete'),
      });
    }
  });
  DELAYS.forEach((afterMs, index) => {
    const cue = CUES[index % CUES.length];
    const condition = CONDITIONS[index % CONDITIONS.length];
    list.push({
      name: 'schedule-nudge',
      plan: [
        { type: 'schedule-nudge', nudgeId: `n${index}`, afterMs, cue, ...(condition ? { condition } : {}) },
      ],
      check: (reading) =>
        reading.promises.length === 1 &&
        reading.promises[0].afterMs === afterMs &&
        reading.promises[0].cue !== undefined &&
        reading.answers.includes('nudge') &&
        reading.answers.includes('cue'),
    });
    list.push({
      name: 'hold',
      plan: [{ type: 'hold', afterMs }],
      check: (reading) => reading.holds && reading.answers.includes('pause'),
    });
  });
  for (const cue of CUES) {
    list.push({
      name: 'deliver-cue',
      plan: [{ type: 'deliver-cue', phrase: cue }],
      check: (reading) => reading.cues.length > 0 && reading.answers.includes('cue'),
    });
  }
  for (const rationale of rationales()) {
    list.push({
      name: 'explain',
      plan: [{ type: 'explain', rationale }],
      check: (reading) => reading.explains && reading.answers.includes('explain'),
    });
  }
  for (const summary of [
    'You took 3 small steps today, and each one counts.',
    'You stayed with something hard today, and that counts.',
  ]) {
    list.push({
      name: 'close',
      plan: [{ type: 'close', summary }],
      check: (reading) => reading.closes && reading.answers.includes('stop'),
    });
  }
  for (const [riskType, level] of [
    ['suicide', 'clear'],
    ['suicide', 'possible'],
    ['self-harm', 'clear'],
    ['self-harm', 'possible'],
  ] as const) {
    list.push({
      name: 'crisis',
      plan: [
        {
          type: 'crisis',
          riskType,
          level,
          resources: [{ name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' }],
        },
      ],
      check: (reading) => reading.crisis?.asksDirectly === true && reading.crisis.givesResource === true,
    });
  }
  return list;
}

function contextFor(seed: number, turnIndex: number, said: Set<string>): RealizeContext {
  return {
    seed,
    turnIndex,
    said,
    fatigue: turnIndex % 9,
    wordBudget: 400,
    locale: 'en-US',
    slots: { task: 'the script' },
  };
}

test('every template phrasing of every move is read back as that move', async () => {
  const failures: string[] = [];
  let rendered = 0;
  for (let seed = 0; seed < SEEDS; seed++) {
    const realizer = createTemplateRealizer({ seed });
    // one growing said-set per seed, as in a long session: later turns need openers and tails
    const said = new Set<string>();
    let turnIndex = 0;
    for (const one of cases()) {
      const realization = await realizer.realize(one.plan, contextFor(seed * 7919, turnIndex++, said));
      recordSaid(said, realization);
      rendered++;
      if (!one.check(readTherapistTurn(realization.text))) failures.push(`${one.name}: ${realization.text}`);
    }
  }
  const byMove = new Map<string, number>();
  for (const failure of failures) {
    const name = failure.slice(0, failure.indexOf(':'));
    byMove.set(name, (byMove.get(name) ?? 0) + 1);
  }
  assert.deepEqual(
    failures.slice(0, 12),
    [],
    `${failures.length} of ${rendered} misread (${[...byMove].map(([name, count]) => `${name} ${count}`).join(', ')})`,
  );
});

test('a fired nudge is read as a cue said now', async () => {
  const failures: string[] = [];
  for (let seed = 0; seed < SEEDS; seed++) {
    const realizer = createTemplateRealizer({ seed });
    const said = new Set<string>();
    for (const [index, cue] of CUES.entries()) {
      const condition = CONDITIONS[(seed + index) % CONDITIONS.length];
      const realization = await realizer.realizeNudge(
        { nudgeId: `n${index}`, cue, ...(condition ? { condition } : {}) },
        contextFor(seed, index, said),
      );
      recordSaid(said, realization);
      const reading = readTherapistTurn(realization.text);
      if (!(reading.cues.length > 0 && reading.answers.includes('nudge'))) failures.push(realization.text);
    }
  }
  assert.deepEqual(failures.slice(0, 12), [], `${failures.length} fired nudges misread`);
});
