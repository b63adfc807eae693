/**
 * What they bring (a job loss, money, a breakup…) met in words (issue 17): a validation of the
 * situation, and a plain word on what the coach can and cannot help with. Split from phrases-listen.ts.
 */
import type { MoveOf } from '../spec/move.ts';
import type { LifeTopic } from '../spec/observation.ts';
import type { Unit } from './chooser.ts';
import { LISTEN_OPENERS } from './phrases-listen.ts';

const CANNOT: Record<LifeTopic, string> = {
  'job-loss': "I can't change what happened with your job",
  'job-search': "I can't make employers answer",
  exams: "I can't take the pressure of the exams away",
  breakup: "I can't undo what happened between you",
  money: "I can't fix the money itself",
  'family-conflict': "I can't change how your family acts",
  loneliness: "I can't be a friend in the room with you",
  grief: "I can't take the loss away",
  health: "I can't give medical advice",
  'work-stress': "I can't change your workplace",
  'new-baby': "I can't give you the sleep back",
  caring: "I can't take the caring off your hands",
  housing: "I can't sort out the housing side for you",
};

export function sayScopeUnits(move: MoveOf<'say-scope'>): Unit[] {
  const cannot = CANNOT[move.topic];
  return [
    {
      key: 'say-scope',
      openers: LISTEN_OPENERS,
      candidates: [
        `${cannot}, but I can help you think it through, one small piece at a time.`,
        `${cannot}, but I can listen and help you find a next step that's in your hands.`,
        `${cannot}, but I can be here while you sort through it.`,
        `${cannot}; what I can do is help you with the next small thing.`,
        `${cannot}, but I can help you find one thing you can do.`,
      ],
    },
  ];
}

const TOPIC_VALIDATIONS: Record<LifeTopic, string[]> = {
  'job-loss': ['Losing a job is a real blow.', "That's a hard thing to go through."],
  'job-search': ['Job hunting can wear anyone down.', 'Searching for work is hard going.'],
  exams: ['Exam pressure like this is a lot.', 'That much exam pressure is hard to carry.'],
  breakup: ['A breakup hurts, and it can knock everything else sideways.', "I'm sorry, that's painful."],
  money: ['Money worries can take up so much room in your head.', 'Money stress is exhausting.'],
  'family-conflict': [
    "Conflict at home is exhausting, because there's nowhere to step away from it.",
    'That sounds hard at home.',
  ],
  loneliness: [
    'Feeling alone like that is really painful.',
    "Loneliness like that hurts, and it's more common than it feels.",
  ],
  grief: [
    "I'm so sorry for your loss.",
    "I'm really sorry, that's a painful loss.",
    "I'm so sorry. That's a huge loss.",
  ],
  health: ['Health worries can be frightening.', "That's a lot to deal with."],
  'work-stress': [
    'That sounds like a lot of pressure to carry.',
    'Work pressure like that wears people down.',
  ],
  'new-baby': ['Those early weeks with a baby are exhausting.', 'Running on that little sleep is so hard.'],
  caring: [
    'Caring for someone you love is exhausting, and it rarely lets up.',
    "That's a lot to carry, looking after someone day and night.",
  ],
  housing: [
    'Trouble with where you live is draining, because you can never step away from it.',
    "That's a stressful thing to have hanging over your home.",
  ],
};

export function validateTopicUnits(move: MoveOf<'validate-topic'>): Unit[] {
  // a death told is met with sorrow alone: "That's a lot to be dealing with" or an "Okay," before it
  // read as treating a loss like a busy week
  if (move.topic === 'grief') return [{ key: 'validate-topic:grief', candidates: TOPIC_VALIDATIONS.grief }];
  const candidates = [
    ...TOPIC_VALIDATIONS[move.topic],
    'That sounds really hard.',
    "That's a lot to be dealing with.",
    'It makes sense that this is weighing on you.',
  ];
  return [{ key: `validate-topic:${move.topic}`, candidates, openers: LISTEN_OPENERS }];
}
