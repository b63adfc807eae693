import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const nudgeOf = (text: string) =>
  understand(text).find(
    (item): item is RequestObservation => item.kind === 'request' && item.type === 'nudge',
  );

test('a day of the week said with a nudge ask is its day', () => {
  assert.equal(nudgeOf('remind me on monday')?.weekday, 'monday');
  assert.equal(nudgeOf('can you remind me on monday to send the form')?.weekday, 'monday');
  assert.equal(nudgeOf('remind me by friday to send it')?.weekday, 'friday');
  assert.equal(nudgeOf('on thursday can you remind me')?.weekday, 'thursday');
  assert.equal(nudgeOf('nudge me next week')?.weekday, 'monday');
  assert.equal(nudgeOf('remind me at the weekend')?.weekday, 'saturday');
});

test('a clock time said with the weekday stays the time; a part of that day is read beside it', () => {
  const sunday = nudgeOf('remind me sunday at 7 pm to prep the week');
  assert.equal(sunday?.weekday, 'sunday');
  assert.equal(sunday?.atClock, '19:00');
  assert.equal(nudgeOf('remind me on wednesday evening')?.dayPart, 'evening');
});

test('a part of today said with a nudge ask is its part', () => {
  assert.equal(nudgeOf('remind me tonight')?.dayPart, 'night');
  assert.equal(nudgeOf('pls check on me later tonight')?.dayPart, 'night');
  assert.equal(nudgeOf('remind me after work')?.dayPart, 'evening');
  assert.equal(nudgeOf('nudge me after lunch')?.dayPart, 'afternoon');
  assert.equal(nudgeOf('Could you check up on me this evening? Today has been a lot.')?.dayPart, 'evening');
});

test('a day told elsewhere in the turn, a habit, tomorrow or a clock time tonight is no day for the ask', () => {
  assert.equal(nudgeOf('remind me later, the exam is on monday')?.weekday, undefined);
  assert.equal(nudgeOf('remind me every monday')?.weekday, undefined);
  assert.equal(nudgeOf('remind me tomorrow evening')?.dayPart, undefined);
  assert.equal(nudgeOf('remind me at 8 tonight')?.dayPart, undefined);
  assert.equal(nudgeOf('remind me at 8 tonight')?.atClock, '20:00');
});

test('a time too far or too vague to set is kept in their words, and "the day after tomorrow" is not tomorrow', () => {
  assert.equal(nudgeOf('remind me next month')?.timeUnkept, 'next month');
  assert.equal(nudgeOf('ping me in 2 weeks')?.timeUnkept, 'in 2 weeks');
  assert.equal(nudgeOf('remind me at some point')?.timeUnkept, 'at some point');
  const after = nudgeOf('remind me the day after tomorrow');
  assert.equal(after?.timeUnkept, 'the day after tomorrow');
  assert.equal(after?.day, undefined);
  assert.equal(nudgeOf('remind me in 20 mins')?.timeUnkept, undefined);
});

test('an event said with "after"/"before" and no time is the condition, and a time still to be asked', () => {
  const schoolRun = nudgeOf('remind me after the school run to ring the dentist');
  assert.equal(schoolRun?.condition, 'after the school run');
  assert.equal(schoolRun?.timeUnkept, 'after the school run');
  assert.equal(nudgeOf('ping me before bed pls')?.condition, 'before bed');
  assert.equal(nudgeOf('nudge me after i feed the dog')?.timeUnkept, 'after i feed the dog');
  // a part of the day, a clock hour or a wait is a time that can be kept
  assert.equal(nudgeOf('remind me after lunch')?.timeUnkept, undefined);
  assert.equal(nudgeOf('remind me after 3')?.atClock, '15:00');
  assert.equal(nudgeOf('remind me after 20 mins')?.afterMs, 1_200_000);
});

test('a weekday as people type it: "fri", "thurs", "tues"; "sat", "sun", "mon", "wed" only said as a day', () => {
  assert.equal(nudgeOf('fri at 6 remind me pls')?.weekday, 'friday');
  assert.equal(nudgeOf('can you remind me thurs at 8')?.weekday, 'thursday');
  assert.equal(nudgeOf('remind me tues to ring the gp')?.weekday, 'tuesday');
  assert.equal(nudgeOf('remind me sat morning')?.dayPart, 'morning');
  assert.equal(nudgeOf('remind me sat morning')?.weekday, 'saturday');
  assert.equal(nudgeOf('remind me on sun')?.weekday, 'sunday');
  assert.equal(nudgeOf('remind me wed at 4')?.weekday, 'wednesday');
  // other words that look like a short day
  assert.equal(nudgeOf('remind me at 6, i sat my exam')?.weekday, undefined);
  assert.equal(nudgeOf("c'mon remind me at 6 to ring mon")?.weekday, undefined);
  assert.equal(nudgeOf('remind me to call the sun newspaper')?.weekday, undefined);
});

test('an event awaited with "when" or "once" and no time is a time still to be asked; a watch from now is not', () => {
  assert.equal(nudgeOf('remind me when the kids are in bed')?.timeUnkept, 'when the kids are in bed');
  assert.equal(nudgeOf('when i get home message me')?.timeUnkept, 'when i get home');
  assert.equal(
    nudgeOf('check on me once i get back from the shop')?.timeUnkept,
    'once i get back from the shop',
  );
  // "when i start scrolling" may come any minute: the default check-in watches for it
  assert.equal(nudgeOf('nudge me when i start scrolling')?.timeUnkept, undefined);
  assert.equal(nudgeOf('if i go quiet, message me')?.timeUnkept, undefined);
  // a clock time said with the event is the time
  assert.equal(nudgeOf('remind me when the kids are in bed, at 8')?.timeUnkept, undefined);
});
