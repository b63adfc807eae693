import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';
import { MEANS_WORDS, meansPattern } from './risk-means.ts';
import { planSignOf } from './risk-plan-signs.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test('the pattern of the named kinds matches each of their words whole, the longest spelling first', () => {
  const pattern = new RegExp(`^${meansPattern(['blade', 'poison'])}$`);
  for (const word of [...MEANS_WORDS.blade, ...MEANS_WORDS.poison]) assert.ok(pattern.test(word), word);
  assert.equal(pattern.test('rope'), false);
  assert.equal(new RegExp(meansPattern(['blade'])).exec('the razor blades')?.[0], 'razor blades');
  assert.ok(new RegExp(`^${meansPattern(['firearm'], ['tabs'])}$`).test('tabs'));
});

test('no word sits in two kinds, so a reader that leaves a kind out leaves all of it out', () => {
  const seen = new Map<string, string>();
  for (const [kind, words] of Object.entries(MEANS_WORDS))
    for (const word of words) {
      assert.equal(seen.get(word), undefined, `${word} is in ${seen.get(word)} and ${kind}`);
      seen.set(word, kind);
    }
});

test('every reader takes its spellings from the one lexicon: a spelling only one list had now reads in all', () => {
  // the plan sign had "weedkiller" and no "weed killer"; the scene had "revolver", the cue of means here had not
  assert.equal(planSignOf('bought the weed killer and it is in my bag'), 'means');
  assert.equal(ownRisk('the revolver is right here')?.type, 'suicide');
  assert.equal(ownRisk('been staring at the weed killer all night')?.type, 'suicide');
  assert.equal(ownRisk('hid the handgun under my bed')?.type, 'suicide');
});

test('a frame keeps out the kinds it cannot bear: shopping for bleach and tidying a knife are everyday', () => {
  assert.equal(ownRisk('i bought bleach and a new mop today'), undefined);
  // the "put or hid" frame takes no blades, belts or pills (the learned reader may still ask, never the crisis)
  assert.notEqual(ownRisk('moved the knife into the sink to soak')?.level, 'clear');
  assert.notEqual(ownRisk('put my belt into the wash')?.level, 'clear');
  assert.notEqual(ownRisk('brought my pills into work')?.level, 'clear');
});

test("a means found is told of someone else; the finder's own plan beside it still reads", () => {
  const found = understand('my sister cuts and i found the blades in the bathroom').filter(
    (item) => item.kind === 'risk' && item.about !== 'other' && item.level === 'clear',
  );
  assert.deepEqual(found, []);
  assert.equal(ownRisk('found the blades in the bathroom. the rope is in my bag')?.level, 'clear');
  assert.equal(
    ownRisk('i found the blades in the bathroom and i am going to use them tonight')?.level,
    'clear',
  );
});

test('a blade held for kitchen work is everyday in every frame; the same blade held otherwise is asked about', () => {
  assert.equal(ownRisk("i have a knife in my hand because i'm chopping onions and crying lol"), undefined);
  assert.ok(ownRisk('sitting on the floor with a knife in my hand'));
});
