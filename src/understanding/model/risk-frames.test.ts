import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from '../analyse-prepare.ts';
import { understand } from '../index.ts';
import { opensDisclosureFrame, opensRiskFrame } from './risk-frames.ts';

const opens = (text: string) => opensRiskFrame(prepare(text).folded);

test('a frame of disclosure with no risk word opens the weak gate, one kind each', () => {
  // absence, survival, an ending or decision, a means or a place
  assert.ok(opens('honestly i wont be around much longer'));
  assert.ok(opens('they would cope fine without me'));
  assert.ok(opens('not sure i will make it through the weekend'));
  assert.ok(opens('no reason to get up anymore'));
  assert.ok(opens('the idea of ending it all is the only quiet thing'));
  assert.ok(opens('ive decided, its all arranged'));
  assert.ok(opens('sat at the level crossing for an hour'));
  assert.ok(opens('thinking of stepping out in front of the bus on purpose'));
});

test('everyday uses of the same words open nothing', () => {
  assert.equal(opens('i will carry on with the essay tomorrow'), false);
  assert.equal(opens('im just not funny on purpose'), false);
  assert.equal(opens('handed in my notice and feel fine about it'), false);
});

test('a frame alone is never a reading: the model must still reach the weak-gate bar', () => {
  const risk = (text: string) => understand(text).filter((observation) => observation.kind === 'risk');
  assert.deepEqual(risk('whats the point of the meeting anyway'), []);
  assert.deepEqual(risk('my mum keeps the paracetamol in the kitchen'), []);
  assert.equal(risk('i dont think ill be around much longer honestly')[0]?.level, 'possible');
});

test('a frame of absence or an ending lets the model speak at the lower frame bar; loose words do not', () => {
  const own = (text: string) =>
    understand(text).some((observation) => observation.kind === 'risk' && observation.about !== 'other');
  assert.ok(own("honestly i'm not going back after sunday"));
  assert.equal(opensDisclosureFrame(prepare('whats the point of making a list').folded), false);
  assert.equal(opensDisclosureFrame(prepare('my sister goes to the party without me').folded), false);
  assert.equal(opensDisclosureFrame(prepare('paracetamol from the chemist').folded), false);
  assert.equal(own('my sister goes to the party without me'), false);
});
