/**
 * Open questions about what the person just said (issue 17): about their own clause, the feeling
 * they named, what they brought (money, a breakup), or the task they named this turn. A slot
 * that says nothing gives no question, never a stand-in.
 */
import type { MoveOf, ObjectionReason } from '../spec/move.ts';
import type { LifeTopic, TaskDomain } from '../spec/observation.ts';
import { objectPhrase } from '../steps/index.ts';
import type { Unit } from './chooser.ts';
import { QUESTION_OPENERS, saidBack } from './phrases-listen.ts';

const GETTING_BY: Record<LifeTopic, string[]> = {
  'job-loss': ['How are you holding up since losing the job?', 'How have the days been since the job ended?'],
  'job-search': ['How has the search been going for you?', 'What part of the job search feels heaviest?'],
  exams: ['How are you feeling about the exams right now?', 'What worries you most about the exams?'],
  breakup: ['How have you been since the breakup?', 'What has been hardest since it ended?'],
  money: ['What part of the money side worries you most?', 'How are you managing with the money right now?'],
  'family-conflict': ["What's it like at home right now?", 'How are you coping with things at home?'],
  loneliness: ['When does it feel loneliest?', 'What are your days like right now?'],
  grief: ['How have you been coping since the loss?', 'What has it been like for you since then?'],
  health: ['How are you coping with it all?', 'What worries you most about it?'],
  'work-stress': ["What's weighing on you most at work?", 'What part of work feels heaviest right now?'],
  'new-baby': ['How are you holding up on so little sleep?', 'How have the nights been going?'],
  caring: ['How are you holding up with all the caring?', 'Who else helps with the care right now?'],
  housing: ['How long has this been going on at home?', "What's been happening with it so far?"],
};

// the situation they face asked about as one specific next thing, tentatively (the human
// supporter's "what would you want the first line to say?"); never a detail they did not give
const NEXT_BY_TOPIC: Record<LifeTopic, string[]> = {
  'job-loss': [
    'What feels most urgent right now, the money side or what comes next for work?',
    "What's the one thing that has to be sorted first, do you think?",
  ],
  'job-search': [
    'Which part of the search drains you most, the applying or the waiting?',
    'What does the next application in front of you ask for?',
  ],
  exams: [
    'If you had to pick the one topic that worries you most, which would it be?',
    'Which exam is the one that worries you most?',
  ],
  breakup: ["What's been the hardest moment since it ended?", 'When does it hit you most, do you notice?'],
  money: [
    "What's the one money thing that has to be dealt with first?",
    'Which part of the money side keeps you up most?',
  ],
  'family-conflict': [
    'If they could really hear one thing from you, what would you want it to be?',
    'What would you most want to be different at home?',
  ],
  loneliness: ['What part of the day feels emptiest?', 'Is there one person you miss talking to most?'],
  grief: ['What has the hardest moment been so far?', 'What has it been like for you since it happened?'],
  health: [
    "What's the one question you would most want answered about it?",
    'What worries you most about what comes next with it?',
  ],
  'work-stress': [
    'If one thing came off your plate at work, which would make the most difference?',
    "What's the one part of work you'd most like to get on top of?",
  ],
  'new-baby': [
    'Is there anyone who could take the baby for a few hours so you can sleep?',
    'What would help most right now, sleep or a bit of time to yourself?',
  ],
  caring: [
    "What's the one thing that would make this week a bit lighter?",
    'Is there anyone who could take one thing off you this week?',
  ],
  housing: [
    "What's the one thing about it that has to be dealt with first?",
    'Have you been able to report it in writing yet?',
  ],
};

function nextThingQuestions(move: MoveOf<'open-question'>, task: string): string[] | undefined {
  if (task && move.domain === 'email')
    return [
      `What would you want ${task} to say, in one plain sentence?`,
      `What's the one thing ${task} most needs to say?`,
    ];
  if (task && move.domain === 'call')
    return [
      'What would be the first thing you would want to say when they answer?',
      "What's the one thing you most need to get across on the call?",
    ];
  return move.topic ? [...NEXT_BY_TOPIC[move.topic]] : undefined;
}

// a feeling asked about as a thing ("What's the loneliness like?"): only those with a plain noun
const FEELING_NOUNS: Record<string, string> = {
  lonely: 'loneliness',
  sad: 'sadness',
  angry: 'anger',
  scared: 'fear',
  afraid: 'fear',
  frightened: 'fear',
  guilty: 'guilt',
  ashamed: 'shame',
  embarrassed: 'embarrassment',
  anxious: 'anxiety',
  stressed: 'stress',
  worried: 'worry',
  numb: 'numbness',
  empty: 'emptiness',
  hopeless: 'hopelessness',
  frustrated: 'frustration',
  exhausted: 'exhaustion',
  nervous: 'nerves',
  panicky: 'panic',
  overwhelmed: 'overwhelm',
};

// how a person gets started on each kind of task: "calling the dentist", "writing the email"
const STARTING: Record<TaskDomain, string> = {
  call: 'making',
  email: 'writing',
  writing: 'working on',
  code: 'working on',
  study: 'studying for',
  chores: 'starting on',
  other: 'starting on',
};

// after a push-back with a reason: a question inside it, never "would you try it anyway?"
const WITHIN_REASON: Record<ObjectionReason, string[]> = {
  time: [
    'Is there any bit of the week that is actually yours, even ten minutes?',
    'What would still fit, if it only took two minutes?',
  ],
  energy: [
    'What would make tonight a little easier on you?',
    'What would be kind to yourself tonight, with this little left in the tank?',
  ],
  'know-self': ["So what would you say you're good at?", 'What are you best at, in your own words?'],
};

export function openQuestionUnits(move: MoveOf<'open-question'>): Unit[] {
  const task = move.task ? objectPhrase(move.task) : '';
  // "calling the dentist", but "making the call to your mum"
  const verb =
    move.domain === 'call' && !/\bcall\b/i.test(task) ? 'calling' : STARTING[move.domain ?? 'other'];
  const starting = `${verb} ${task}`;
  let candidates: string[];
  switch (move.about) {
    case 'what-happens':
      if (!task) return [];
      candidates = [
        `What happens when you think about ${starting}?`,
        `What gets in the way of ${starting}?`,
        `When you picture ${starting}, what comes up?`,
        `What goes through your mind when you think of ${starting}?`,
        `What tends to happen when you try ${starting}?`,
      ];
      break;
    case 'matters':
      if (!task) return [];
      candidates = [
        `What would it mean to you to get ${task} done?`,
        `How would things be different with ${task} done?`,
        `What would getting ${task} done give you?`,
        `What difference would it make to have ${task} behind you?`,
      ];
      break;
    case 'getting-by':
      if (!move.topic) return [];
      candidates = [...GETTING_BY[move.topic]];
      break;
    case 'doing': {
      const said = saidBack(move.clause);
      if (!said) return [];
      candidates = [
        `What's it like when ${said}?`,
        `What goes through your head when ${said}?`,
        `What's going on for you when ${said}?`,
      ];
      break;
    }
    case 'expecting': {
      const said = saidBack(move.clause);
      if (!said) return [];
      // (a sceptical "What makes you think…?" read to a rater as doubting them: the fear is taken as theirs)
      candidates = [
        `What's the hardest part of the thought that ${said}?`,
        `What comes up for you with the thought that ${said}?`,
      ];
      break;
    }
    case 'worry': {
      // the fear said earlier named back, then asked about as something that could be looked at
      const said = move.worry ? saidBack({ text: move.worry, span: [0, 0] }) : '';
      if (!said) return [];
      // "what the answer might be" is named as it is; a clause is named as a thought
      const asked = /^(?:what|how|whether)\b/i.test(said);
      return [
        {
          key: 'open-question:worry-named',
          candidates: asked
            ? [
                `It sounds like the scary bit is ${said}.`,
                `Sounds like what really frightens you is ${said}.`,
              ]
            : [
                `It sounds like the scary bit is the thought that ${said}.`,
                `Sounds like what really frightens you is the thought that ${said}.`,
                `It sounds like the real fear underneath is that ${said}.`,
              ],
        },
        {
          key: 'open-question:worry-asked',
          candidates: [
            'What would you guess is actually the worst case, if it did turn out that way?',
            'If it did turn out that way, what do you picture happening next?',
            'What would be the worst part of that, if it were true?',
          ],
        },
      ];
    }
    case 'thing':
      // their topic named in the question: a question that could follow anything read as not listening
      if (!move.thing) return [];
      // (where it is hardest only when they said something was hard: else the question presumes it)
      candidates = move.hard
        ? [
            `What comes up for you when you think about ${move.thing}?`,
            `What is it about ${move.thing} that's hardest right now?`,
          ]
        : [
            `What comes up for you when you think about ${move.thing}?`,
            `What's on your mind about ${move.thing} at the moment?`,
          ];
      break;
    case 'their-doing':
      // ("What did you do, when that happened?" asked after "my wife left last year" read as deaf to
      // a loss: what went through their mind fits a deed that hurt and one that did not)
      candidates = ['How did that land with you?', 'What went through your mind when that happened?'];
      break;
    case 'leaning':
      candidates = [
        'Which way are you leaning, if either?',
        'If you had to pick one today, which would it be?',
      ];
      break;
    case 'other-side':
      candidates = [
        "What's the part of it that isn't what you wanted?",
        'What is the side of it that still sits badly?',
      ];
      break;
    case 'their-plan':
      candidates = ['How do you picture that going?', 'What would help it go the way you want?'];
      break;
    case 'next-thing': {
      const situation = nextThingQuestions(move, task);
      if (!situation) return [];
      candidates = situation;
      break;
    }
    case 'sticking-point':
      candidates = [
        'So what feels like the real sticking point, for you?',
        "What's the part that actually gets in the way, do you think?",
        'What do you think is really in the way here?',
      ];
      break;
    case 'try-or-leave':
      candidates = [
        'Does any of it sound worth a try, or shall we set it aside?',
        'Would you give it a go anyway, or leave it for now?',
      ];
      break;
    case 'within-reason':
      if (!move.reason) return [];
      candidates = WITHIN_REASON[move.reason];
      break;
    case 'another-time':
      candidates = [
        'Is there a moment in the next couple of days that might work better?',
        'When might be a calmer time for it, do you think?',
        'Would another day suit better, when things are quieter?',
      ];
      break;
    case 'feeling': {
      const noun = move.feeling ? FEELING_NOUNS[move.feeling] : undefined;
      if (!noun) return [];
      candidates = [
        `What's the ${noun} like, day to day?`,
        `When does the ${noun} hit hardest?`,
        `What's underneath the ${noun}, do you think?`,
      ];
      break;
    }
    case 'hardest-part':
      // asked after their words were said back: about how it sits with them, not where a task sticks
      // ("Where does it get stuck, mostly?" after "my children see me come home smelling of cardboard")
      // (the stock lines a rater called generic, "How is that sitting with you?", are retired; and
      // "hardest" only when they said something was hard)
      candidates = move.hard
        ? ["What's the hardest part of that for you?", 'What feels hardest about it right now?']
        : ['What stands out most to you in that?', 'What do you make of that, yourself?'];
      break;
    case 'unfinished-but':
      candidates = [
        'Knowing it and feeling it are different things. What\'s the "but", for you?',
        'And yet something in you isn\'t there yet. What comes after the "but"?',
      ];
      break;
    case 'tried':
      candidates = [
        'What have you tried so far?',
        'What has helped, even a little, before?',
        'What has made it a bit easier in the past?',
        'How have you got through times like this before?',
        "What's worked for you before, even a bit?",
      ];
      break;
    case 'first-idea':
      candidates = [
        "What's one small thing you could imagine doing first?",
        'What would a first step look like to you?',
        'If you did one tiny thing about it, what might it be?',
        'What feels like the easiest place to start?',
        'What could you do in the next five minutes, if anything?',
      ];
      break;
    case 'task':
      candidates = [
        "What's one thing you'd like to get moving on?",
        "Is there one thing you've been putting off that you'd like to look at?",
        'What would you most like to get unstuck on?',
        "What's the one thing on your mind that you keep not doing?",
        'What would you like to focus on today?',
      ];
      break;
    default:
      candidates = [
        // (a last resort: the turn found nothing of theirs to name; "hardest" only if they said it was hard)
        'Can you tell me more about that?',
        move.hard ? "What's the hardest part of that for you?" : 'What stands out most to you in that?',
      ];
  }
  // statement forms for a turn that already asked its one question
  const statements = task
    ? [
        `Tell me a bit about ${task}.`,
        `I'd like to hear more about ${task}.`,
        `I'm curious how ${task} has been going.`,
        `Say a little more about ${task}, if you like.`,
        `Tell me what ${task} is like for you.`,
      ]
    : [
        "Tell me a bit more about that, if you'd like.",
        "I'd like to hear more, if you want to say.",
        "I'm listening, if there's more you want to say.",
        'Say a little more about that, if you like.',
        "Tell me more whenever you're ready.",
      ];
  return [
    {
      key: `open-question:${move.about}`,
      candidates,
      fallbacks: statements,
      openers: QUESTION_OPENERS,
    },
  ];
}
