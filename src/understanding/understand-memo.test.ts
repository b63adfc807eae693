import assert from 'node:assert/strict';
import test from 'node:test';
import { understand } from './index.ts';
import { forgetUnderstandings, understandingMemoCounts, understandRemembered } from './understand-memo.ts';

const clocks = (observations: readonly { kind: string; atClock?: string }[]) =>
  observations.flatMap((item) => (item.kind === 'request' ? [item.atClock] : []));

test('a remembered reading is the reading understand gives, the first time and every time after', () => {
  forgetUnderstandings();
  const texts = [
    'ugh. cant face the essay rn',
    'there is a bottle of pills in my drawer and i keep looking at it',
    'this spreadsheet is killing me lol',
    'i would never hurt myself, i just feel flat',
    'ping me in 10 pls',
    '',
  ];
  for (const text of texts)
    for (let time = 0; time < 3; time++) assert.deepEqual(understandRemembered(text), understand(text));
});

test('a disclosure said again, after the same words were read as an idiom elsewhere, still flags', () => {
  forgetUnderstandings();
  const risk = (text: string) => understandRemembered(text).some((item) => item.kind === 'risk');
  assert.equal(risk('my commute is killing me'), false);
  assert.equal(risk('honestly i want to kill myself tonight'), true);
  assert.equal(risk('honestly i want to kill myself tonight'), true);
  assert.equal(risk('my commute is killing me'), false);
});

test('a reading that looked at the earlier turns is remembered with them, not for every earlier turn', () => {
  forgetUnderstandings();
  // "at 7" after a morning said with the same hour is 07:00; with no such turn it is 19:00
  assert.deepEqual(clocks(understandRemembered('text me at 7', ['tmrw morning, like 7 or so'])), ['07:00']);
  assert.deepEqual(clocks(understandRemembered('text me at 7', [])), ['19:00']);
  assert.deepEqual(clocks(understandRemembered('text me at 7', ['dinner is at 7 probably'])), ['19:00']);
  assert.deepEqual(clocks(understandRemembered('text me at 7', ['tmrw morning, like 7 or so'])), ['07:00']);
  for (const earlier of [[], ['tmrw morning, like 7 or so'], ['dinner is at 7 probably']])
    assert.deepEqual(understandRemembered('text me at 7', earlier), understand('text me at 7', earlier));
});

test('a remembered reading is frozen through, so no session can change what another is given', () => {
  forgetUnderstandings();
  const observations = understandRemembered('my shoulders are up by my ears and my jaw aches');
  assert.ok(observations.length > 0);
  assert.throws(() => (observations as unknown[]).push({}));
  assert.throws(() => {
    (observations[0].span as number[])[0] = 99;
  });
});

test('an ordinary turn is remembered by its text alone, whatever was said before it (no reader looks back)', () => {
  forgetUnderstandings();
  // affairs-settled and reunion-wish look back only on their own words: a turn of grief or errands
  // without them must not be keyed by the earlier turns, or the memo never hits (round 18)
  const texts = [
    'i keep thinking about her garden',
    'gave my watch to my nephew today',
    'cant face the essay rn',
  ];
  for (const text of texts) understandRemembered(text, ['my mum died in the spring']);
  const before = understandingMemoCounts();
  for (const text of texts)
    understandRemembered(text, ['wrote to my sons and the papers are with the lawyer']);
  assert.equal(understandingMemoCounts().remembered - before.remembered, texts.length);
  assert.equal(understandingMemoCounts().read, before.read);
});
