/** Phrase banks for the moves that hand the client something to do. */
import type { MoveOf } from '../spec/move.ts';
import type { Unit } from './chooser.ts';
import { COMMON_OPENERS, type PhraseContext } from './phrase-context.ts';
import { bare, lowerFirst, upperFirst } from './text-tools.ts';

const STEP_TAILS = [
  ', nothing more',
  ', and that is all',
  ', just that',
  ', slowly',
  ' for now',
  ', no more than that',
];

function stepText(text: string): string {
  return lowerFirst(bare(text));
}

function ordinalCandidates(step: string, position: number, count: number): string[] {
  const Step = upperFirst(step);
  if (count === 1) {
    return [
      `Here's exactly what to do: ${step}.`,
      `Just this: ${step}.`,
      `${Step}.`,
      `Do one thing: ${step}.`,
      `The step is this: ${step}.`,
      `One simple step: ${step}.`,
    ];
  }
  if (position === 0) {
    return [
      `First, ${step}.`,
      `Step one: ${step}.`,
      `To start, ${step}.`,
      `Begin here: ${step}.`,
      `One: ${step}.`,
    ];
  }
  if (position === count - 1) {
    return [
      `And last, ${step}.`,
      `Last, ${step}.`,
      `Finally, ${step}.`,
      `To finish, ${step}.`,
      `Then, to end, ${step}.`,
    ];
  }
  return [`Then ${step}.`, `Next, ${step}.`, `Step two: ${step}.`, `After that, ${step}.`, `Two: ${step}.`];
}

export function answerConcreteUnits(move: MoveOf<'answer-concrete'>): Unit[] {
  const steps = move.steps.slice(0, 3).map(stepText).filter(Boolean);
  return steps.map((step, position) => ({
    key: `answer-concrete:${position}:${steps.length}`,
    candidates: ordinalCandidates(step, position, steps.length),
    openers: ['Okay,', 'Right,', 'Alright,', 'Good,', 'Here goes:', 'Simple:'],
    tails: STEP_TAILS,
  }));
}

export function shrinkStepUnits(move: MoveOf<'shrink-step'>): Unit[] {
  const to = stepText(move.to.text);
  const from = stepText(move.from.text);
  return [
    {
      key: 'shrink-step',
      candidates: [
        `Let's make it smaller: ${to}.`,
        `Smaller, then: instead of trying to ${from}, just ${to}.`,
        `Skip the bigger step for now; just ${to}.`,
        `Even smaller: ${to}, and stop there.`,
        `Make it tiny: ${to}.`,
        `A smaller step: ${to}.`,
      ],
      openers: COMMON_OPENERS,
      tails: [', nothing more', ', just that', ' this time', ', and that is all', ', only that'],
    },
  ];
}

export function proposeStepUnits(move: MoveOf<'propose-step'>, context: PhraseContext): Unit[] {
  const step = stepText(move.step.text);
  const value = context.slots.value ? bare(context.slots.value) : undefined;
  const tails = [', nothing more', ', just that', ', when you are ready', ', only that'];
  if (value) tails.push(`, for ${value}`);
  return [
    {
      key: 'propose-step',
      candidates: [
        `Here's a next step: ${step}.`,
        `Try this next: ${step}.`,
        `Next tiny step: ${step}.`,
        `When you're ready, ${step}.`,
        `Your next step is small: ${step}.`,
        `Here's one small thing to do: ${step}.`,
      ],
      openers: COMMON_OPENERS,
      tails,
    },
  ];
}

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

export function explainUnits(move: MoveOf<'explain'>): Unit[] {
  return contentUnits('explain', move.rationale, [
    `Here's why: {}`,
    `The reason is simple: {}`,
    `This is why it helps: {}`,
    `It works like this: {}`,
    `Why it helps: {}`,
  ]);
}

export function closeUnits(move: MoveOf<'close'>): Unit[] {
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
