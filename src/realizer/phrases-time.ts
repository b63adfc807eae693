/** Phrase banks for moves about time: nudges, holds and cues (a fired nudge: phrases-fired-nudge.ts). */
import type { MoveOf } from '../spec/move.ts';
import type { Unit } from './chooser.ts';
import { clockWords } from './clock-words.ts';
import { formatDuration } from './durations.ts';
import { nudgePurpose } from './nudge-purpose.ts';
import { COMMON_OPENERS } from './phrase-context.ts';
import { innerSentences, quote, toSecondPerson } from './text-tools.ts';

// a condition that is a time of the day said as what comes first ("after lunch", "before the school run")
export const AFTER_OR_BEFORE = /^(?:after|before)\s/i;

/** The promise sentence (session rule 2): only this move and `hold` may say "I'll…". */
export function scheduleNudgeUnits(move: MoveOf<'schedule-nudge'>, cueIsTheStep = false): Unit[] {
  const clock = move.atClock ? clockWords(move.atClock, move.afterMs, move.weekday) : undefined;
  const time = formatDuration(move.afterMs);
  const condition = move.condition ? toSecondPerson(move.condition) : undefined;
  const cue = move.cue.trim() ? quote(move.cue) : undefined;
  // a nudge with no words of its own is named by what it is for, in their words: "about the tax return"
  const about = !cue && move.about?.trim() ? ` about ${move.about.trim()}` : '';
  // a check ("make sure you did it") is said as what the message is for, never as words to hear
  const purpose = cue && !cueIsTheStep ? nudgePurpose(move.cue) : undefined;
  // a cue made of the condition ("If you have started fiddling, look back at the script.") is for when it
  // comes: quoted in the promise it read as garble (rated 1, fresh r18), so the promise says the condition
  const madeOfCondition = move.condition !== undefined && /^if\b/i.test(move.cue.trim());
  const quoted = cue && !cueIsTheStep && !purpose && !madeOfCondition ? cue : undefined;
  // one short sentence, as a person confirms it: the time first, then the promise, then their words
  // turned round ("Okay, at 8pm I'll message you here: "Send the form."") — raters read "I've set a
  // reminder…; it arrives in this chat. The words will be: …" as a machine claiming a setting (v31, v32).
  // The time goes before "I'll": a clock's colon after it would end the promise's words early
  // "after lunch" kept at 2pm is when, not a thing that may happen: said beside the time ("At 2pm, after lunch,")
  const timeOfDay = clock !== undefined && condition !== undefined && AFTER_OR_BEFORE.test(condition);
  const when = clock ? `At ${clock}${timeOfDay ? `, ${condition}` : ''},` : `In ${time},`;
  // the condition is said every time: without it the promise reads as a nudge that comes whatever happens
  const what = `${purpose ? ` to ${purpose}` : about}${condition && !timeOfDay ? `, in case ${condition}` : ''}`;
  const units: Unit[] = [
    {
      key: 'schedule-nudge',
      ...(quoted ? { mayRepeat: innerSentences(quoted) } : {}),
      candidates: quoted
        ? [
            `${when} I'll message you here${what}{~}: ${quoted}`,
            `${when} I'll message you in this chat${what}{~}: ${quoted}`,
            `${when} I'll remind you here${what}{~}: ${quoted}`,
            `${when} I'll ping you here${what}{~}: ${quoted}`,
            `${when} I'll nudge you here${what}{~}: ${quoted}`,
            `${when} I'll check in here${what}{~}: ${quoted}`,
          ]
        : [
            `${when} I'll message you here${what}{~}.`,
            `${when} I'll message you in this chat${what}{~}.`,
            `${when} I'll ping you here${what}{~}.`,
            `${when} I'll nudge you here${what}{~}.`,
            purpose ? `${when} I'll check in here${what}{~}.` : `${when} I'll remind you here${what}{~}.`,
            `${when} I'll check in with you here${what}{~}.`,
          ],
      openers: COMMON_OPENERS,
      tails: condition
        ? [', as you asked', ', as agreed', ' then']
        : quoted
          ? [', as you asked', ' with your words', ', as agreed', ', like you asked']
          : [', as you asked', ', as planned', ', as agreed'],
    },
  ];
  if (cue && cueIsTheStep) {
    // the step is said in this turn already: the nudge's words are named, not said twice
    units.push({
      key: 'schedule-nudge:cue-said-now',
      candidates: [
        'The message will say it again.',
        'It will bring the same words back.',
        'It will say that step again for you.',
        'When it comes, it will say this again.',
        "You'll get the same words then.",
      ],
      openers: COMMON_OPENERS,
      tails: [' then', ' later', ' for you', ' word for word'],
    });
  }
  // honest about the one channel: the nudge is a message in this chat, so for a wait long enough to
  // leave the chat, a phone alarm with their own words as its label is offered too (the lead's dev
  // rating, round 13: a bare promise "adds nothing"; an alarm with a small label scored 4–5). Only
  // with few words, so a tired person's turn still fits its budget (session rule 6)
  const words = move.cue.trim().replace(/[.!?]+$/, '') || move.about?.trim();
  const count = words?.split(/\s+/).length ?? 0;
  // (cue words of four or more said just above are named, not quoted twice: five words again read stitched)
  const named = cue && count >= 4 && !purpose ? 'with the same words' : `"${words}"`;
  const label = words && count <= 6 && !words.includes('"') && !purpose ? named : undefined;
  if (label && (clock !== undefined || move.afterMs >= 30 * 60_000) && !move.condition)
    units.push({
      key: 'schedule-nudge:alarm',
      candidates: [
        `A phone alarm labelled ${label} is a good backup, in case you're away from this chat by then.`,
        `In case you're not in this chat then, set a phone alarm labelled ${label} as well.`,
        `If you won't have this chat open, a phone alarm labelled ${label} does the same job.`,
      ],
    });
  // "remind me every 15 mins": one nudge is kept, and said plainly, so no repeat is taken as promised
  if (move.once)
    units.push({
      key: 'schedule-nudge:once',
      candidates: [
        "That's one nudge, not a repeating one, so ask me again when it comes if you want another.",
        'It comes once, not every time: ask me again then if you want another.',
        "Just the one nudge, though; I can't repeat it on a timer yet, so ask again when it comes.",
      ],
    });
  return units;
}

/** `nudged`: a nudge of the turn comes when the pause ends and says the promise; the pause does not. */
export function holdUnits(move: MoveOf<'hold'>, nudged = false): Unit[] {
  const time = formatDuration(move.afterMs);
  // "brb, back at 5": a long break is time away, not a stretch to sit still ("Sit with it for 16 hours")
  if (nudged && move.afterMs >= 30 * 60_000)
    return [
      {
        key: 'hold:away',
        candidates: [
          'Go ahead and take your break{~}.',
          'Take the break you need{~}.',
          'No rush, take your time away{~}.',
          'Go and do what you need to{~}.',
          'Take your break, this will keep{~}.',
        ],
        openers: COMMON_OPENERS,
        tails: [', no need to do more', ', nothing else', ', gently'],
      },
    ];
  if (nudged)
    return [
      {
        key: 'hold:nudged',
        candidates: [
          `Let's leave it there for ${time}{~}.`,
          `Take ${time} to just sit{~}.`,
          `Let it rest for ${time}{~}.`,
          `Sit with it for ${time}{~}.`,
          `For ${time}, do nothing at all{~}.`,
        ],
        openers: COMMON_OPENERS,
        tails: [', no need to do more', ', nothing else', ', gently', ', as you asked'],
      },
    ];
  return [
    {
      key: 'hold',
      candidates: [
        `Let's leave it there for ${time}; I'll check in when the time is up{~}.`,
        `Take ${time} to just sit; I'll check in after that{~}.`,
        `Let it rest for ${time}, and I'll check in then{~}.`,
        `Sit with it for ${time}; I'll come back to you after{~}.`,
        `Leave it for ${time}; I'll check in when it ends{~}.`,
        `For ${time}, do nothing at all; I'll check in after{~}.`,
      ],
      openers: COMMON_OPENERS,
      tails: [', no need to do more', ', nothing else', ', gently', ', as you asked'],
    },
  ];
}

export const CUE_FRAMES = [
  '{cue}',
  `Here's your cue{~}: {cue}`,
  `Here it is{~}: {cue}`,
  `Now{~}: {cue}`,
  `Your cue{~}: {cue}`,
  `Saying it now{~}: {cue}`,
  `Just these words{~}: {cue}`,
  `Listen{~}: {cue}`,
] as const;

export const CUE_OPENERS = ['Okay,', 'Right,', 'Alright,', 'Again,', 'Once more,', 'Good,', 'Here goes,'];
export const CUE_TAILS = [' again', ' now', ' as asked', ' once more'];

/** The cue phrase, said verbatim inside quotes; the quote always ends the sentence so nothing alters it. */
export function deliverCueUnits(move: MoveOf<'deliver-cue'>): Unit[] {
  // a kind word asked with no words of their own: said plainly, not framed as a cue to repeat
  if (move.kind && !move.phrase.trim())
    return [
      {
        key: 'deliver-cue:kind',
        candidates: [
          // (a kind word that fits a task and a worry alike: nothing about starting or steps)
          "It's okay. Whatever happens with this, you're going to be okay.",
          "It's going to be okay. You don't have to figure all of it out right now.",
          "It's fine, honestly. This feeling is loud right now, and it will pass.",
          "You're okay. It's hard right now, and it won't stay this hard.",
        ],
      },
    ];
  const cue = quote(move.phrase);
  return [
    {
      key: 'deliver-cue',
      mayRepeat: innerSentences(cue),
      candidates: CUE_FRAMES.map((frame) => frame.replace('{cue}', cue)),
      openers: CUE_OPENERS,
      tails: CUE_TAILS,
    },
  ];
}
