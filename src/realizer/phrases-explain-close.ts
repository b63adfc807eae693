/**
 * Phrase banks for the moves that say why or wrap up: a rationale (from the realizer's bank for the
 * topic, or written content split into sentences) framed as an answer, and the close. Split from
 * phrases-steps.ts (one concept a file).
 */
import type { MoveOf, RationaleTopic } from '../spec/move.ts';
import type { Unit } from './chooser.ts';
import { COMMON_OPENERS } from './phrase-context.ts';
import { RATIONALES } from './phrases-rationale.ts';
import { bare, lowerFirst, upperFirst } from './text-tools.ts';

/** Splits content the policy wrote (a rationale, a summary) into sentences, each its own unit. */
export function contentUnits(key: string, content: string, firstFrames: readonly string[]): Unit[] {
  const sentences =
    content
      .match(/[^.!?…]+[.!?…]*/gu)
      ?.map((sentence) => sentence.trim())
      .filter(Boolean) ?? [];
  return sentences.map((sentence, position) => {
    const text = bare(sentence);
    const ending = /[!?]$/.test(sentence.trim()) ? sentence.trim().slice(-1) : '.';
    const plain = upperFirst(text) + ending;
    const framed =
      position === 0 ? firstFrames.map((frame) => frame.replace('{}', lowerFirst(text)) + ending) : [];
    return {
      key: `${key}:${position}`,
      candidates: [plain, ...framed],
      // a summary is said as written; a rationale may be framed in several ways
      ordered: framed.length === 0,
      openers: ['And', 'Also,', 'So,', 'Remember,', 'Simply put,', 'In short,', 'Again,', 'Put plainly,'],
      tails: [' too', ', really', ', that is all', ' here'],
    };
  });
}

/** An explanation says that it is one ("This helps because …"), so nobody misses the answer to "why?". */
export function explainUnits(move: MoveOf<'explain'>): Unit[] {
  if (move.scope) return contentUnits('explain-scope', move.rationale ?? '', []);
  if (move.doubt)
    return [
      {
        key: 'explain:doubt',
        candidates: [
          'Fair question, and honestly it might not, if the real problem is something else.',
          "Fair question. It may not, on its own; it depends on what's really in the way.",
        ],
      },
      {
        key: 'explain:doubt-ask',
        candidates: ['What do you think is really in the way?', "What's the part you doubt most?"],
      },
    ];
  if (move.about) return rationaleUnits(move.about);
  return framedRationaleUnits(move.rationale ?? '');
}

/** Why it helps, from the realizer's own bank for the topic, always framed as an answer. */
function rationaleUnits(about: RationaleTopic): Unit[] {
  const frames = [
    `This helps because {}`,
    `It helps because {}`,
    `Here's why it helps: {}`,
    `The reason it helps: {}`,
    `Why it helps: {}`,
    `This works because {}`,
  ];
  const candidates = RATIONALES[about].flatMap((reason) =>
    frames.map((frame) => frame.replace('{}', lowerFirst(reason))),
  );
  return [
    { key: `explain:${about}`, candidates, openers: ['And', 'Also,', 'So,', 'Remember,', 'Put plainly,'] },
  ];
}

/** The older framing of a written rationale, kept for rationales given as text. */
export function framedRationaleUnits(rationale: string): Unit[] {
  const units = contentUnits('explain', rationale, [
    `This helps because {}`,
    `It helps because {}`,
    `Here's why it helps: {}`,
    `The reason it helps: {}`,
    `Why it helps: {}`,
    `This works because {}`,
  ]);
  // the first sentence only in its framed forms: the bare rationale does not read as an answer
  if (units[0]) units[0] = { ...units[0], candidates: units[0].candidates.slice(1), ordered: false };
  return units;
}

export function closeUnits(move: MoveOf<'close'>): Unit[] {
  // their own ask to stop: a plain yes first, and the door left open (raters read "That's a good
  // place to stop" as closing on them, a bit therapy-like)
  if (move.asked)
    return [
      {
        key: 'close:asked',
        candidates: [
          'Of course, we can stop right there.',
          'Yes, of course, we can stop.',
          "Of course. We'll leave it there.",
        ],
      },
      ...contentUnits('close', move.summary, []),
      {
        key: 'close:door',
        candidates: [
          "I'm here whenever you want to talk again.",
          "I'm here if you want to pick it up another time.",
          'Come back any time you want to talk.',
        ],
      },
    ];
  const frame: Unit = {
    key: 'close:frame',
    candidates: [
      `Let's stop here for today.`,
      `That's a good place to stop.`,
      `We can stop here.`,
      `Let's wrap up here.`,
      `This is a good place to end.`,
      `Let's call it a day here.`,
    ],
    openers: COMMON_OPENERS,
    tails: [' for now', ' today', ', gently', ' together'],
  };
  return [frame, ...contentUnits('close', move.summary, [])];
}
