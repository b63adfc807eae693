import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';
import { describesReminderWithoutAsk } from './reminder-described.ts';

const nudgesOf = (text: string) =>
  understand(text).filter((item) => item.kind === 'request' && item.type === 'nudge');

test('a reminder or alarm the person already has, told in the present or the past, is no ask', () => {
  for (const text of [
    "done that, mate. i've got a reminder on my phone that i swipe away every morning at 6, usually while i'm scraping ice off the windscreen",
    'the reminder on my phone went off at 5 and i just stared at it',
    'done that. i put a reminder in my phone for 6',
    'my mum texts me at 7 every morning to check im up',
  ])
    assert.deepEqual(nudgesOf(text), [], text);
});

test('the same words with an ask keep the nudge', () => {
  for (const text of [
    'my alarm is useless, can you remind me at 7',
    'i always ignore my phone reminders so ping me in 20',
    'remind me every morning at 7',
    "i've got an alarm but it never works. check on me at 6 pls",
  ])
    assert.equal(nudgesOf(text).length, 1, text);
});

test('an ask form beside a reminder word is what keeps it; a description alone is not', () => {
  assert.equal(describesReminderWithoutAsk("i've got a reminder on my phone for 6"), true);
  assert.equal(describesReminderWithoutAsk('i usually get up at 6'), true);
  assert.equal(describesReminderWithoutAsk("i've got a reminder on my phone, could you set one too?"), false);
  assert.equal(describesReminderWithoutAsk('set a reminder for 7am for the gym'), false);
  assert.equal(describesReminderWithoutAsk('remind me at 6'), false);
});

test('wanting a reminder is asking for one, whatever the routine beside it', () => {
  assert.equal(
    describesReminderWithoutAsk('i need a reminder every morning at 6 or i just dont do it'),
    false,
  );
  assert.equal(describesReminderWithoutAsk('could do with a nudge at 7, usually i forget'), false);
  assert.equal(describesReminderWithoutAsk('a reminder at 9 would help, i always lose track'), false);
  assert.equal(describesReminderWithoutAsk('i usually need the alarm twice'), true);
});

test('a timetable told ("put me on 5.30 starts") is no ask; the same with an ask keeps the nudge', () => {
  assert.deepEqual(
    nudgesOf(
      "Tight in the chest and a bit stupid, honestly. It's a null check, I've done hundreds and work have put me on 5.30 starts from friday.",
    ),
    [],
  );
  assert.equal(nudgesOf('my shift starts at 6, can you remind me at 5 to pack').length, 1);
  assert.equal(nudgesOf('remind me at 5.30 before my shift starts').length, 1);
});
