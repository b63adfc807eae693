/**
 * Listening said beyond a clause of theirs (issue 17): the feeling they named, a specific
 * affirmation of effort, a short summary in their words, and permission asked before advice.
 * Every slot comes from the move; a slot that says nothing gives no sentence, never a stand-in.
 */
import type { MoveOf } from '../spec/move.ts';
import type { Unit } from './chooser.ts';
import { LISTEN_OPENERS, QUESTION_OPENERS, saidBack } from './phrases-listen.ts';
import { bare, lowerFirst, upperFirst } from './text-tools.ts';

export function reflectFeelingUnits(move: MoveOf<'reflect-feeling'>): Unit[] {
  const feeling = move.feeling.trim();
  if (!feeling) return [];
  return [
    {
      key: 'reflect-feeling',
      candidates: [
        `It sounds like you're feeling ${feeling}.`,
        `You're feeling ${feeling}.`,
        `So you're ${feeling} right now.`,
        `You sound ${feeling}.`,
        `Sounds like you're ${feeling}.`,
      ],
      openers: LISTEN_OPENERS,
    },
  ];
}

export function affirmUnits(move: MoveOf<'affirm'>): Unit[] {
  const effort = saidBack(move.effort);
  if (!effort) return [];
  return [
    {
      key: 'affirm',
      candidates: [
        `${upperFirst(effort)}, and that takes real effort.`,
        `${upperFirst(effort)}; that's not nothing.`,
        `It took something to keep at it: ${effort}.`,
        `${upperFirst(effort)}, even with all this going on.`,
        `${upperFirst(effort)}, and that shows you haven't given up.`,
      ],
      openers: LISTEN_OPENERS,
    },
  ];
}

/**
 * Clauses that open with the same three words ("you just want to get through it … you just want
 * to check the group chat") read as a stuck record inside one summary: the first one is kept.
 */
function distinctOpenings(parts: string[]): string[] {
  const seen = new Set<string>();
  return parts.filter((part) => {
    const opening = part.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
    if (seen.has(opening)) return false;
    seen.add(opening);
    return true;
  });
}

export function summarizeUnits(move: MoveOf<'summarize'>): Unit[] {
  const parts = distinctOpenings(
    move.clauses
      .map(saidBack)
      .filter((part): part is string => Boolean(part))
      // a clause said back from "…and that, I just want to…" keeps no dangling "that,"
      .map((part) => part.replace(/^that,\s*/i, '')),
  );
  if (parts.length === 0) return [];
  // their own words asked back ("type out what i said, word for word"): said as theirs, with no stem of ours
  if (move.answers === 'concrete') {
    const all = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
    return [
      {
        key: 'summarize',
        openers: [],
        candidates: [`Here's what you've said so far: ${all}.`, `In your words so far: ${all}.`],
      },
    ];
  }
  // clauses that opened alike leave one: it is still said back, so the turn is never left empty
  if (parts.length === 1)
    return [
      {
        key: 'summarize',
        openers: LISTEN_OPENERS,
        candidates: [`So ${parts[0]}.`, `It sounds like ${parts[0]}.`],
      },
    ];
  const joined = `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
  return [
    {
      key: 'summarize',
      openers: LISTEN_OPENERS,
      candidates: [
        `So far I'm hearing that ${joined}.`,
        `It sounds like ${joined}.`,
        `Let me check I have it: ${joined}.`,
        `Putting it together, it sounds like ${joined}.`,
        `So, all told: ${joined}.`,
      ],
    },
  ];
}

export function askPermissionUnits(move: MoveOf<'ask-permission'>): Unit[] {
  const step = move.step ? lowerFirst(bare(move.step.text)) : '';
  if (step)
    return [
      {
        key: 'ask-permission:step',
        // one sentence each: the no-repeat rule weighs whole sentences, and the step may be offered again
        candidates: [
          // each asks permission in words a reader hears as asking (advice unasked reads as a push)
          // (no stock "or would you rather keep talking" tail: on fresh v20 every either/or offer was
          // rated 2, "template"; the offer is about their task, and a no is heard without one)
          `Would you like to try something very small, like this: ${step}?`,
          `Want to start with just this much: ${step}?`,
          `Could we start with only this: ${step}?`,
          `Would it help to start with just this: ${step}?`,
        ],
        fallbacks: [
          "If you'd like, I can suggest a very small first step.",
          "If a small step would help, tell me and I'll suggest one.",
        ],
        openers: QUESTION_OPENERS,
      },
    ];
  const candidates = move.topic
    ? [
        "Would it help to look for one small thing that's in your hands right now?",
        'Would it be useful to find one tiny thing you could do about it?',
        'Would it help to pick one small piece of this to look at together?',
        "Is there one small part of this you'd want to start on?",
        'Shall we look for one small thing you could do about it?',
      ]
    : [
        'Would it help if I suggested a very small first step?',
        'Would you like me to suggest one small thing to try?',
        'Would a tiny first step help right now, if I suggested one?',
        'Could I suggest one very small first step?',
        'If it helps, I could suggest one very small step. Would you like that?',
      ];
  const statements = [
    "If you'd like, I can suggest a very small first step.",
    "Just say if you'd like a small first step; there's no rush.",
    'When you want one, I have a tiny first step ready for you.',
    "If a small step would help, tell me and I'll suggest one.",
    "There's a very small step we could try, whenever you want it.",
    'Say the word and I will suggest one tiny thing to try.',
  ];
  return [{ key: 'ask-permission', candidates, fallbacks: statements, openers: QUESTION_OPENERS }];
}
