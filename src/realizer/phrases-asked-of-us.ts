/**
 * Answers to questions put to the coach itself, or to ones nobody can answer for sure (issue 17):
 * raters on fresh sets marked "anyway how are u", "are you a bot?", "does it get easier?" met with
 * a probe as questions ignored. Each is answered plainly first, in a few words, and honestly (the
 * coach is a program; no promise that it will get better), then handed back to the person.
 */
import type { TheirQuestion } from '../spec/their-question.ts';
import type { Unit } from './chooser.ts';

import { upperFirst } from './text-tools.ts';

type AskedOfUs = Extract<
  TheirQuestion,
  { asks: 'how-are-you' | 'are-you-real' | 'makes-sense' | 'easier' | 'guess' }
>;

const UNITS: Record<AskedOfUs['asks'] | 'hopes', Unit[]> = {
  'how-are-you': [
    {
      key: 'take-up-question:how-are-you',
      candidates: [
        "I'm okay, thanks for asking.",
        "I'm fine, thank you for asking.",
        'Doing okay, thanks for asking.',
      ],
    },
    {
      key: 'take-up-question:how-are-you-back',
      candidates: [
        'How are you doing, with all of this?',
        'More to the point, how are you holding up?',
        'And how are you, really?',
      ],
    },
  ],
  'are-you-real': [
    {
      key: 'take-up-question:are-you-real',
      candidates: [
        "No, I'm not a person: I'm an automated coach, a computer program.",
        "I'm not a human. I'm an automated coaching program.",
        "I'm a computer program, an automated coach, not a person.",
      ],
    },
    {
      key: 'take-up-question:are-you-real-still',
      candidates: [
        'I do read every word you write, and I can still help you think it through.',
        "I read everything you write, and I'm glad to keep going if you are.",
        "I'm reading all of it, and I'm here to help you think it through if you'd like.",
      ],
    },
  ],
  'makes-sense': [
    {
      key: 'take-up-question:makes-sense',
      candidates: ['Yes, it makes sense.', 'It makes complete sense.', 'Yes, that makes sense to me.'],
    },
  ],
  // the human references: "it does get easier for most people, though not in a straight line"
  easier: [
    {
      key: 'take-up-question:easier',
      candidates: [
        'For most people it does ease with time, though not in a straight line: some days will still be hard.',
        "Honestly, for most people it gets easier, slowly, with bad days mixed in. It won't always feel like this.",
        'It usually does ease, though not as fast as anyone would like, and there can still be rough days.',
      ],
    },
  ],
  guess: [
    {
      key: 'take-up-question:guess',
      candidates: [
        "Honestly, I can't know that for sure, and I don't want to pretend I can.",
        "I can't know that for certain, and I'd rather not guess at it for you.",
        'Nobody can know that for sure, me included.',
      ],
    },
    {
      key: 'take-up-question:guess-ask',
      // (not "What do you make of it yourself?": read as generic on the fresh set, round 18)
      candidates: ["What's your own sense of it?", 'What is your gut telling you?'],
    },
  ],
  // "do you think it'll be ok?": an honest view first, with no promise ("I can't know that… What do you
  // make of it yourself?" read to the fresh set's rater as "cold and evasive", round 18)
  hopes: [
    {
      key: 'take-up-question:hopes',
      candidates: [
        "I can't promise it, but honestly, things like this very often turn out more manageable than they feel right now.",
        "Nobody can promise that, but I don't think the worst is the likeliest way this goes.",
      ],
    },
    {
      key: 'take-up-question:hopes-ask',
      candidates: [
        "What's the part you're most worried about?",
        'What would help it feel a bit more okay, right now?',
      ],
    },
  ],
};

/** The answer to a question asked of us, or undefined for a question of another kind. */
export function askedOfUsUnits(question: TheirQuestion): Unit[] | undefined {
  if (question.asks === 'can-it')
    return [
      {
        key: 'take-up-question:can-it',
        candidates: [
          `Yes, it really can. ${upperFirst(question.about)} can do a lot to the body and the mind, and it doesn't mean you're imagining it.`,
          `It really can, yes: ${question.about} can show up in the body and the mind in ways that feel very real, because they are.`,
          `Yes. ${upperFirst(question.about)} can do exactly that kind of thing, and you're not imagining it.`,
        ],
      },
    ];
  if (question.asks === 'guess' && question.hopes) return UNITS.hopes;
  return question.asks in UNITS ? UNITS[question.asks as AskedOfUs['asks']] : undefined;
}
