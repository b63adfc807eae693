/**
 * Time a listener asks about (src/understanding/content-anchor-time.ts): how long it has gone on and an
 * hour of the night, read by shape in wordings unlike the seen lines, and not read from an age, a
 * point back, a time ahead or an ordinary hour; taken up in place of a stock probe through the coach.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../understanding/analyse.ts';
import { timeAnchorOf } from '../understanding/content-anchor-time.ts';
import { replyToLines as replyTo, STOCK_PROBE as STOCK } from './testing/reply-to-lines.ts';

test('how long it has gone on is read from a number and a unit, in any wording', () => {
  const cases: [string, string][] = [
    ['nine years at that firm. then one email', 'nine years'],
    ['twelve yrs married', 'twelve years'],
    ['been like this 4 months now', '4 months'],
    ['thirty-five year i work the docks', 'thirty-five years'],
    ['5 weeks no sleep', '5 weeks'],
  ];
  for (const [text, words] of cases) {
    const found = timeAnchorOf(text);
    assert.equal(found?.anchor.anchor, 'length-of-time', text);
    assert.equal(found?.anchor.words, words, text);
  }
});

test('an hour of the night is read; an ordinary hour or an early start is not', () => {
  assert.equal(timeAnchorOf('still scrolling at 3 am most nights')?.anchor.words, '3am');
  assert.equal(timeAnchorOf('i sit up till 4 with the telly')?.anchor.words, '4am');
  for (const text of ['i had tea at 11pm', 'i go out on the boat at 4', 'shift starts 6am'])
    assert.equal(timeAnchorOf(text), undefined, text);
});

test('no span gone on from an age, a point back, a time ahead or a count of something else', () => {
  for (const text of [
    'my 3 year old wont sleep', // an age
    'im 34 years old',
    'she died 2 years ago', // a point back
    'in 3 weeks i move', // ahead
    'another 2 years of this', // ahead
    'applied. 6 week wait', // a wait to come
    'i work 6 days', // a week's shape
    'one year', // one is no span to look back on
  ])
    assert.equal(timeAnchorOf(text)?.anchor.anchor, undefined, text);
});

test('years told are asked about, not met with a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      ['they closed the plant', 'That sounds like a big change.', 'twenty years on that line'],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.match(reply.text, /those twenty years/, reply.text);
  }
});

test('a risk told with an hour of the night still flags', () => {
  const kinds = analyse('up at 3am again thinking everyone would be better off without me').observations.map(
    (item) => item.kind,
  );
  assert.ok(kinds.includes('risk'), kinds.join(' '));
});
