/** Phrase banks for the moves that hand the client something to do. */
import type { MoveOf } from '../spec/move.ts';
import { ALL_AT_ONCE } from '../steps/one-part.ts';
import type { Unit } from './chooser.ts';
import { COMMON_OPENERS, type PhraseContext } from './phrase-context.ts';
import { bare, lowerFirst, sharesWordRun } from './text-tools.ts';

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

// "what would you do" answered as ours: what we would do in their place, said as a view, not an order
const AS_OURS_FIRST = [
  "If it were me, I'd start here: {step}.",
  "In your shoes, I'd start small: {step}.",
  "Honestly, if I were you, I'd do one thing first: {step}.",
];

function ordinalCandidates(step: string, position: number, count: number, asOurs = false): string[] {
  if (position === 0 && asOurs) return AS_OURS_FIRST.map((frame) => frame.replace('{step}', step));
  // the first sentence says plainly that this is the thing to do, and carries the first step
  // ("Here is exactly what to do:" on every ask read as a form; the human replies to "just tell me what
  // to do" on the seen sets opened "Okay, one thing:", "Step one:", "First thing:")
  if (position === 0 && count === 1)
    // one step alone: "step one" or "first" would promise more to come
    return [`One thing: ${step}.`, `Here's one thing to do: ${step}.`, `Just this, for now: ${step}.`];
  if (position === 0) {
    return [
      `One thing first: ${step}.`,
      `Step one: ${step}.`,
      `First thing: ${step}.`,
      `Start here: ${step}.`,
      `Here's what to do first: ${step}.`,
      `Here's where to start: ${step}.`,
      `To start: ${step}.`,
    ];
  }
  // (a second step of two is no finale: "Finally, tell me how it went" after one step read as a form)
  if (position === 1 && count === 2) return [`Then ${step}.`, `After that, ${step}.`];
  if (position === count - 1) {
    return [
      `Then ${step}.`,
      `After that, ${step}.`,
      `Last, ${step}.`,
      `Finally, ${step}.`,
      `To finish, ${step}.`,
    ];
  }
  return [
    `Then ${step}.`,
    `Next, ${step}.`,
    `Step two: ${step}.`,
    `After that, ${step}.`,
    `Second, ${step}.`,
  ];
}

export function answerConcreteUnits(move: MoveOf<'answer-concrete'>): Unit[] {
  if (move.script && move.steps[0] && move.opens) return openingUnits(move.steps[0], move.script);
  if (move.script && move.steps[0]) return scriptUnits(move.steps[0], move.script);
  const steps = move.steps.slice(0, 3).map(stepText).filter(Boolean);
  return steps.map((step, position) => ({
    key: `answer-concrete:${position}:${steps.length}`,
    candidates: ordinalCandidates(step, position, steps.length, move.asOurs),
    openers:
      position === 0
        ? move.asOurs
          ? ['Okay,', 'Right,']
          : ['Okay,', 'Right,', 'Alright,', 'Fair enough,', 'Sure,']
        : ['And', 'Okay,', 'Right,', 'Alright,', 'Good,', 'Simple:'],
    tails: STEP_TAILS,
  }));
}

// an ask for the words gets the words, then one line that it is enough: nothing to write down first
function scriptUnits(line: string, script: 'said' | 'written'): Unit[] {
  const said = script === 'said';
  return [
    {
      key: `answer-concrete:script:${script}`,
      candidates: said
        ? [`You can say exactly this: "${line}"`, `Say just this: "${line}"`]
        : [`You can write exactly this: "${line}"`, `Write just this: "${line}"`],
    },
    {
      key: `answer-concrete:script-after:${script}`,
      candidates: said
        ? [
            "That's the whole opening; they'll take it from there.",
            "That's all you need to start; they'll lead from there.",
          ]
        : ['Send it as it is; it does not need more.', "That's enough as it is; it does not need more."],
    },
  ];
}

// an opening line that fits anyone: said, then what the person adds themselves, in one plain sentence
function openingUnits(line: string, script: 'said' | 'written'): Unit[] {
  const said = script === 'said';
  return [
    {
      key: `answer-concrete:opening:${script}`,
      candidates: said
        ? [`You could start with something like: "${line}"`, `Something like this would do: "${line}"`]
        : [`You could write something like: "${line}"`, `Something like this would do: "${line}"`],
    },
    {
      key: `answer-concrete:opening-after:${script}`,
      candidates: said
        ? [
            'Then say the one thing you most need them to know, in a sentence, in your own words.',
            "Then one plain sentence of what's going on, in your own words; that's enough.",
          ]
        : [
            'Add one line of what has happened, in your own words, and send it; it does not need more.',
            "Put one sentence of what's going on in the middle, in your own words; that's enough.",
          ],
    },
  ];
}

/**
 * `stated`: the new step is said by another move of this turn (the concrete answer), so this
 * sentence only marks it as smaller instead of saying the same step twice.
 */
export function shrinkStepUnits(move: MoveOf<'shrink-step'>, stated = false): Unit[] {
  const to = stepText(move.to.text);
  const from = stepText(move.from.text);
  // a step with a "just" of its own ("fill in just your name") gets none from the template
  const plain = /\bjust\b/i.test(to);
  const tails = withoutJustTails(
    [', nothing more', ', just that', ' this time', ', and that is all', ', only that'],
    plain,
  );
  // "thats too much" of the step just given: the smaller one is asked about, never pushed at once
  if (move.offered && !stated)
    return [
      {
        key: 'shrink-step:offered',
        candidates: [
          `Would something smaller be more doable, like this: ${to}?`,
          `Would a much smaller version work: ${to}?`,
          `If you want, we could shrink it right down: ${to}. Would that be doable?`,
          `Would it feel any easier to ${to}, and leave the rest?`,
        ],
      },
    ];
  // no step was said before it (policy/turn-step.ts): the first one, made tiny, never "even smaller"
  if (move.from.text === ALL_AT_ONCE.text && !stated)
    return [
      {
        key: 'shrink-step:first',
        candidates: [
          `Let's start tiny, then: ${to}.`,
          `Then let's start really small: ${to}.`,
          `Start with something tiny: ${to}.`,
          ...(plain
            ? []
            : [`Smaller, then: instead of trying to do all of it at once, just ${withoutJust(to)}.`]),
        ],
        openers: COMMON_OPENERS,
        tails: withoutJustTails([', nothing more', ', just that', ', and that is all', ', only that'], plain),
      },
    ];
  if (stated)
    return [
      {
        key: 'shrink-step:stated',
        candidates: [
          `Let's make it smaller.`,
          `Smaller, then.`,
          `Let's make the step smaller.`,
          `Here is a smaller step.`,
          `Okay, a smaller step.`,
          `Let's go smaller.`,
        ],
        openers: COMMON_OPENERS,
        tails: [' this time', ' again', ' still', ' for now'],
      },
    ];
  return [
    {
      key: 'shrink-step',
      candidates: [
        `Let's make it smaller: ${to}.`,
        // naming both steps reads well only when they do not repeat each other's words
        ...(sharesWordRun(from, to, 4) || plain
          ? []
          : [`Smaller, then: instead of trying to ${from}, just ${withoutJust(to)}.`]),
        ...(plain ? [] : [`Skip the bigger step for now; just ${withoutJust(to)}.`]),
        `Even smaller: ${to}, and stop there.`,
        `Make it tiny: ${to}.`,
        `A smaller step: ${to}.`,
      ],
      openers: COMMON_OPENERS,
      tails,
    },
  ];
}

/** `stated`: the step is said by another move of this turn, so this only marks it as the next one. */
export function proposeStepUnits(
  move: MoveOf<'propose-step'>,
  context: PhraseContext,
  stated = false,
): Unit[] {
  const step = stepText(move.step.text);
  const value = context.slots.value ? bare(context.slots.value) : undefined;
  const tails = withoutJustTails(
    [', nothing more', ', just that', ', when you are ready', ', only that'],
    /\bjust\b/i.test(step),
  );
  if (value) tails.push(`, for ${value}`);
  if (stated)
    return [
      {
        key: 'propose-step:stated',
        candidates: [
          `That is your next step.`,
          `That's the next step.`,
          `That one is your next step.`,
          `That is the whole next step.`,
          `That's all the next step is.`,
        ],
        openers: ['So', 'And', 'Okay,', 'Right,'],
        tails: [' for now', ', nothing more', ', just that', ' today'],
      },
    ];
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

/** "just look at it" after a "just" of the template would say "just just". */
function withoutJust(step: string): string {
  return step.replace(/^just\s+/i, '');
}

/** "fill in just your name, just that" says "just" twice: a step with its own "just" gets no such tail. */
function withoutJustTails(tails: string[], stepHasJust: boolean): string[] {
  return stepHasJust ? tails.filter((tail) => !/\bjust\b/i.test(tail)) : tails;
}
