import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPromise } from '../text/commitments.ts';
import { splitSentences } from '../text/sentences.ts';
import { contextFor } from './realizer-fixtures.ts';
import { realizeNudgeTemplate, realizeTemplate } from './template-realizer.ts';

// raters read "The reminder is set…; it arrives in this chat. The words will be: …" as a machine claiming a
// setting (v31, v32): the promise is one sentence, the time first, their words turned round at its end
test('a promise with words is one sentence: the time, the promise, then the words', () => {
  for (let seed = 0; seed < 12; seed += 1) {
    const { text } = realizeTemplate(
      [{ type: 'schedule-nudge', nudgeId: 'n', afterMs: 5 * 60_000, cue: 'Water the ferns.' }],
      contextFor({ seed }),
    );
    const sentences = splitSentences(text);
    assert.equal(sentences.length, 1, text);
    assert.ok(isPromise(sentences[0]), text);
    assert.match(
      text,
      /^(?:\w+, )?in 5 minutes, I'll (?:\w+ you|check in) (?:here|in this chat)[^:]*: "Water the ferns\."$/i,
      text,
    );
  }
});

test('a check asked for is said as what the message is for, and comes as a check-in', () => {
  for (let seed = 0; seed < 12; seed += 1) {
    const { text } = realizeTemplate(
      [
        {
          type: 'schedule-nudge',
          nudgeId: 'n',
          afterMs: 26 * 3_600_000,
          atClock: '14:00',
          weekday: 'friday',
          cue: 'See if you booked the dentist.',
        },
      ],
      contextFor({ seed }),
    );
    assert.match(
      text,
      /At 2pm on Friday, I'll (?:message you|ping you|nudge you|check in(?: with you)?) (?:here|in this chat) to see if you booked the dentist/i,
      text,
    );
    assert.doesNotMatch(text, /"/, text);
    const fired = realizeNudgeTemplate(
      { nudgeId: 'n', cue: 'See if you booked the dentist.' },
      contextFor({ seed }),
    ).text;
    assert.match(fired, /check-in|checking in/i, fired);
    assert.match(fired, /to see if you booked the dentist/, fired);
  }
});

test('a cue made of the condition is kept for when it comes: the promise says the condition, unquoted', () => {
  for (let seed = 0; seed < 12; seed += 1) {
    const { text } = realizeTemplate(
      [
        {
          type: 'schedule-nudge',
          nudgeId: 'n',
          afterMs: 60_000,
          condition: 'if I get stuck on the intro',
          cue: "If you're stuck on the intro, look back at the essay.",
        },
      ],
      contextFor({ seed }),
    );
    assert.doesNotMatch(text, /"/, text);
    assert.match(text, /in case you get stuck on the intro/, text);
  }
});
