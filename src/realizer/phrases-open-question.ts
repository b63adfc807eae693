/**
 * Answers to an open question of theirs, by its shape (issue 17, round 17): an honest answer in one
 * sentence — what can be said, or plainly that we cannot know — then the question turned back to
 * them. Their words are used only as the embedded question the reader made ("how you're supposed to
 * feed six men on that"); with none, the answer stands without them.
 */
import type { OpenQuestionForm, TheirQuestion } from '../spec/their-question.ts';
import type { Unit } from './chooser.ts';
import { upperFirst } from './text-tools.ts';

type OpenQuestion = Extract<TheirQuestion, { asks: 'open' }>;

// what can honestly be said, by shape, when none of their words are kept
const ANSWERS: Record<OpenQuestionForm, readonly string[]> = {
  how: [
    "That's the real question, and I won't pretend there's a neat answer to it.",
    "Honestly, I don't know, and I don't think there's an easy answer to that.",
    "That's the hard part, and I don't have a tidy answer from here.",
  ],
  'when-where': [
    "That's a fair question, and I don't know the answer from here, but we can work it out together.",
    "Honestly, I can't tell from here, but it's worth working out together.",
  ],
  'who-to': [
    "I can't say who that would be from here, and it sounds like there's nobody obvious.",
    "I don't know enough about your situation to say who, and it sounds like no one obvious comes to mind.",
    "Honestly, I can't tell from here, and it sounds like there's no clear person to take it to.",
  ],
  'who-worth': [
    "From where you're standing it can look like nobody, but I don't think that's the whole picture.",
    "It can feel like no one would, when you're in the middle of it. I'm not sure that's true, though.",
    "I don't think the answer is nobody, even if it feels that way right now.",
  ],
  'who-does': [
    'Not many people would, and it makes sense that it threw you.',
    "Not many, and it's fair to be taken aback by it.",
    "It's not an ordinary thing to do, and it makes sense it got to you.",
  ],
  why: [
    "I can't know the whole answer to that, but it's a fair thing to ask.",
    "Honestly, I don't know, and I'd only be guessing if I said.",
    "I can't say for sure why, and I don't want to pretend I can.",
  ],
  'why-me': [
    "I can't know for sure, but it's a very common thing to catch yourself doing, and it usually makes sense once you look at what's around it.",
    "Honestly, I can't say for certain. A lot of people notice the same in themselves, and it doesn't mean something's wrong with you.",
  ],
  'why-you': [
    'Fair question. I was going by what you told me, and I may have it wrong.',
    "Fair to ask. I only know what you've said here, so I could be off.",
    'Good question: it came from what you told me, but you know your situation better than I do.',
  ],
  'bad-to-feel': [
    "No, I don't think it's bad to feel that. Feelings like this are very human, even the uncomfortable ones.",
    "It doesn't sound bad to me. A lot of people feel things like that and never say so.",
    "I don't think it is. A feeling doesn't make you a bad person; it's just a feeling.",
  ],
  // "its getting worse isnt it": the fear heard, with no promise either way
  worried: [
    "I can't tell from here whether it is, and I can hear how much it's weighing on you.",
    "Honestly, I don't know, and I won't pretend to. It makes sense that it frightens you.",
  ],
  denial: [
    "Maybe not on its own, but I wouldn't rule it out so fast.",
    "Maybe not, on its own. I'm not sure it's as clear-cut as that, though.",
  ],
  'yes-no': [
    "Honestly, I can't know that for sure from here.",
    "I can't say for certain, and I don't want to pretend I can.",
    'Nobody can know that for sure, me included.',
  ],
};

// the question turned back to them; the statement forms serve a turn that already asked one
const TURNED_BACK: Record<OpenQuestionForm, { asks: readonly string[]; says: readonly string[] }> = {
  how: {
    asks: [
      'What would make it even a little more doable, do you think?',
      'What have you been able to make work so far, even partly?',
      'Which part of it feels most impossible right now?',
    ],
    says: ["We can look at it one piece at a time, if you'd like.", 'We can take it a piece at a time.'],
  },
  'when-where': {
    asks: ["What's your own first guess?", 'What comes to mind first, when you think about it?'],
    says: ['Your own first guess is a good place to start.'],
  },
  'who-to': {
    asks: [
      'Who, if anyone, have you been able to tell about it so far?',
      'Is there anyone, even outside of all this, who could hear it?',
      'If there were one person you could tell, who would it be?',
    ],
    says: ["It's worth thinking about who, even outside of all this, could hear it."],
  },
  'who-worth': {
    asks: [
      'What makes it feel like nobody would?',
      'What would you want someone to see, if they looked properly?',
      "What is it you're worried they'd see?",
    ],
    says: ["I'd like to hear what makes it feel like nobody would."],
  },
  'who-does': {
    asks: ['How did you feel when it happened?', 'What went through your head when it happened?'],
    says: ["It's okay to still be thrown by it."],
  },
  why: {
    asks: [
      "What's your own sense of why?",
      'What do you make of it yourself?',
      "What's your gut telling you about it?",
    ],
    says: ['Your own sense of why matters more than mine here.'],
  },
  'why-me': {
    asks: ["What's your own sense of why?", 'When does it tend to happen most?'],
    says: ['Your own sense of why is worth listening to.'],
  },
  'why-you': {
    asks: ['How does it look from where you are?', "What's your own take on it?"],
    says: ['How it looks from where you are matters more.'],
  },
  'bad-to-feel': {
    asks: ['What makes it feel wrong to you?', 'What makes you worry it might be bad?'],
    says: ["It's okay to feel it."],
  },
  worried: {
    asks: ["What's making it feel like it's heading that way?", "What's the part you're most afraid of?"],
    says: ["It's a lot to carry on your own."],
  },
  denial: {
    asks: ["What makes you so sure it isn't?", 'What would it take to count, for you?'],
    says: ["I'd be slow to write it off."],
  },
  'yes-no': {
    asks: [
      "What's your own sense of it?",
      'What is your gut telling you?',
      'What do you make of it yourself?',
    ],
    says: ['Your own sense of it counts for a lot here.'],
  },
};

/** Their words kept as the embedded question: "I don't know yet how you're supposed to feed six men on that." */
function answersWith(about: string, form: OpenQuestionForm): string[] {
  if (form === 'when-where')
    return [
      `Honestly, I don't know yet ${about}, but we can work it out together.`,
      `${upperFirst(about)} is worth working out, and we can do it together.`,
    ];
  return [
    `Honestly, I don't know yet ${about}, and I won't pretend there's a neat answer.`,
    `${upperFirst(about)} is the real question, and there may not be a neat answer to it.`,
    `That's the real question, ${about}, and I don't have a tidy answer from here.`,
  ];
}

/** "It can feel like nobody wants that on a cv, but I don't think that's the whole picture." */
function worthWith(about: string): string[] {
  return [
    `It can feel like ${about}, but I don't think that's the whole picture.`,
    `From where you're standing it can look like ${about}. I'm not sure that's true, though.`,
  ];
}

/** "is it silly to be scared of a phone call": "No, I don't think it's silly to feel that." */
function feltWith(verdict: string): string[] {
  return [
    `No, I don't think it's ${verdict} to feel that. Feelings like this are very human, even the uncomfortable ones.`,
    `It doesn't sound ${verdict} to me. A lot of people feel things like that and never say so.`,
    `I don't think it's ${verdict} at all. A feeling doesn't make you a bad person; it's just a feeling.`,
  ];
}

/** The answer, then the question turned back to them. */
export function openQuestionUnits(question: OpenQuestion): Unit[] {
  const { form, about } = question;
  const turned = TURNED_BACK[form];
  const worth =
    about && form === 'who-worth'
      ? worthWith(about)
      : about && form === 'bad-to-feel'
        ? feltWith(about)
        : undefined;
  return [
    {
      key: `take-up-question:open-${form}`,
      candidates:
        worth ??
        (about && (form === 'how' || form === 'when-where') ? answersWith(about, form) : ANSWERS[form]),
    },
    {
      key: `take-up-question:open-${form}-ask`,
      candidates:
        about && form === 'bad-to-feel'
          ? [`What makes it feel ${about} to you?`, `What makes you wonder if it's ${about}?`]
          : turned.asks,
      fallbacks: turned.says,
    },
  ];
}
