import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';
import { planSignOf } from './risk-plan-signs.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test('each plan sign needs its two parts: a means held, a decision, an intent, a place, a method, a farewell', () => {
  assert.equal(planSignOf('got the pills saved up in my drawer'), 'means');
  assert.equal(planSignOf('the shotgun is loaded in the shed'), 'means');
  assert.equal(planSignOf('fully decided. sunday'), 'decided');
  assert.equal(planSignOf('gonna kill myself after my shift'), 'intent');
  assert.equal(planSignOf('im on the bridge by the river'), 'place');
  assert.equal(planSignOf('looked up how many of my meds it would take'), 'method');
  assert.equal(planSignOf('gave my bike to my cousin, wont need it'), 'farewell');
  // one part alone is everyday talk
  assert.equal(planSignOf('the bridge was shut today'), undefined);
  assert.equal(planSignOf('i decided to take the job'), undefined);
  assert.equal(planSignOf('i have a plan to finish this garden shed'), undefined);
  // ending it with a partner is a break-up (read on v28 after its figures were taken)
  assert.equal(planSignOf("i'm going to end it with my boyfriend tonight"), undefined);
  assert.equal(planSignOf("i'm going to end it with the pills tonight"), 'intent');
});

test('a thought that comes and goes, a fear of oneself, a condition or a look taken back is no plan', () => {
  assert.equal(planSignOf('sometimes i hold the razor and just look at it'), undefined);
  assert.equal(planSignOf('been googling how many would be too many. not gonna, just looking'), undefined);
  assert.equal(planSignOf('im scared ill jump when the train comes'), undefined);
  assert.equal(planSignOf('gonna kms if i fail this again'), undefined);
  assert.equal(planSignOf('ngl gonna lie been having kms thoughts'), undefined);
});

test('a wish with a means in hand, a decision, a place or a farewell is read clear (the crisis reply first)', () => {
  for (const text of [
    'bought rope today',
    'i have the rope in the boot of the car',
    'gonna kms after my mum goes to sleep',
    'kms tonight fr, not joking this time',
    'im on the bridge by the quay. its really windy up here',
    'been googling how many paracetamol it takes',
    'gave away my guitar and my amp today. wont need them',
    'i have the shotgun from the farm in my room and its loaded',
  ])
    assert.equal(ownRisk(text)?.level, 'clear', text);
});

test('a raised reading is no gentle guess of the learned reader', () => {
  const raised = ownRisk('bought rope today');
  assert.ok(raised);
  assert.ok(!raised.modelOnly);
});

test('jokes, thoughts and someone else stay as they were beside a plan sign', () => {
  assert.notEqual(ownRisk('gonna kms lol this exam tomorrow')?.level, 'clear');
  assert.equal(
    ownRisk('sometimes i hold the bottle of my sleeping pills and just look at it')?.level,
    'possible',
  );
  // someone else's risk beside the words of a plan is never read as own and clear
  const brother = understand('my brother bought a rope and says he will kill himself').filter(
    (item) => item.kind === 'risk' && item.about !== 'other' && item.level === 'clear',
  );
  assert.equal(brother.length, 0);
  // a real disclosure beside an idiom keeps its level
  assert.equal(
    ownRisk('i want to kill myself. bought the pills today. this deadline is killing me')?.level,
    'clear',
  );
  // harm to others is raised by a means in hand only, not by a flat intent about leftovers
  const leftovers = understand('gonna kill my brother, he ate my leftovers AGAIN').filter(
    (item) => item.kind === 'risk' && item.level === 'clear',
  );
  assert.equal(leftovers.length, 0);
});
