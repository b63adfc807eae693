/**
 * A nudge asked for a time that cannot be kept as said ("next month", "at some point"): said plainly,
 * and a question for a day and a time. Never "I'll…": no nudge is scheduled, so nothing is promised
 * (session rule 2), and never another time than the one asked for.
 */
import type { MoveOf } from '../spec/move.ts';
import { toSecondPerson } from '../text/person.ts';
import type { Unit } from './chooser.ts';

// "when the kids are in bed", "once i get home": an event today the coach cannot see ("after the school run"
// keeps the plain sentence: "I won't know after the school run" does not parse)
const AN_EVENT = /^(?:when|once|as\s+soon\s+as|the\s+moment)\s+\S/i;

export function askNudgeTimeUnits(move: MoveOf<'ask-nudge-time'>): Unit[] {
  if (AN_EVENT.test(move.said.trim())) return awaitedEventUnits(move.said);
  // their words in quotes, as said: no stop added inside them
  const said = `"${move.said.trim().replace(/"/g, "'")}"`;
  // one sentence each: the plain fact, then what can be set; no question (a turn asks at most one)
  return [
    {
      key: 'ask-nudge-time',
      candidates: [
        `I can't set a reminder for ${said}{~}; a day and a time I can, like Friday at 10.`,
        `I can't hold a reminder for ${said}{~}; give me a day and a time instead, like Monday at 9.`,
        `A reminder for ${said} isn't something I can set{~}; a day and a time, like Thursday at 4pm, I can.`,
        `I have no way to set a reminder for ${said}{~}; tell me a day and a time instead, like Friday at 10.`,
        `I can only set a reminder for a day and a time, like Tuesday at 11, not for ${said}{~}.`,
        `Setting a reminder for ${said} is beyond me{~}; name a day and a time, like Monday at 9, and that one works.`,
      ],
      openers: [
        'Honestly,',
        'To be straight with you,',
        'Just so you know,',
        'To be clear,',
        'Sadly,',
        'Right,',
        'Okay,',
        'Plainly,',
      ],
      tails: [', sorry', ', not as you said it', ', I am afraid', ', unfortunately', ', not from here'],
    },
  ];
}

/**
 * An event they will wait for today: said back in their words, turned to "you", and a clock time asked for
 * with a time of day as the example (a weekday, "like Friday at 10", read as a misreading of "tonight").
 */
function awaitedEventUnits(said: string): Unit[] {
  const event = toSecondPerson(said.trim().replace(/[.!?]+$/, ''));
  return [
    {
      key: 'ask-nudge-time:event',
      candidates: [
        `I can't see from here ${event}{~}, so a clock time works better: tell me one, like 8pm.`,
        `I won't know ${event}{~}; give me a clock time instead, like 7:30, and that I can set.`,
        `A reminder needs a clock time, and I can't tell ${event}{~}; name one, like 8pm.`,
        `I have no way to tell ${event}{~}, so tell me a time instead, like 9pm.`,
      ],
      openers: ['Honestly,', 'To be straight with you,', 'Just so you know,', 'Okay,'],
      tails: [' from this chat', ', sadly', ', not from here'],
    },
  ];
}
