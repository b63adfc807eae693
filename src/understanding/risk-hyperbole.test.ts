import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test('anger with a petty reason told as a clause is a figure of speech; a harm as the reason is not', () => {
  assert.equal(ownRisk('i will kill my roommate, she nicked my charger again'), undefined);
  assert.equal(ownRisk("gonna murder my cousin he's eaten all the biscuits"), undefined);
  assert.equal(ownRisk("i'm going to kill my stepdad, he broke my arm")?.type, 'harm-to-others');
  // the figure of speech beside a real intent: the intent still flags
  assert.equal(
    ownRisk('gonna kill my cousin he ate my lunch. i want to hurt my uncle, he hits my mum')?.type,
    'harm-to-others',
  );
});
