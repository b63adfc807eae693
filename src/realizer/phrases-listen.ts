/**
 * Phrase banks for listening (issue 17): reflections built from the person's own clause, open
 * questions about what they said, specific affirmations, summaries, permission before advice,
 * and plain words on what the coach can and cannot help with. Every slot comes from the move;
 * a slot that says nothing gives no sentence, never a stand-in.
 */
import type { MoveOf, PersonClause } from '../spec/move.ts';
import type { LifeTopic, TaskDomain } from '../spec/observation.ts';
import { objectPhrase } from '../steps/index.ts';
import { toSecondPerson } from '../text/person.ts';
import type { Unit } from './chooser.ts';
import { upperFirst } from './text-tools.ts';

const LISTEN_OPENERS = ['Okay,', 'I hear you:', 'Right,', 'Mm,'];
const QUESTION_OPENERS = ['And', 'So,', 'Okay,', 'Now,', 'Can I ask,'];

/** The person's clause said back ("I can't make myself open it" → "you can't get yourself to open it"). */
export function saidBack(clause: PersonClause | undefined): string {
  if (!clause) return '';
  const said = toSecondPerson(clause.text);
  // a quote they opened and the clause cut off would be left unpaired in our sentence
  return (said.match(/"/g) ?? []).length % 2 === 0 ? said : said.replace(/"/g, '');
}

export function reflectClauseUnits(move: MoveOf<'reflect-clause'>): Unit[] {
  const said = saidBack(move.clause);
  if (!said) return [];
  let candidates: string[];
  // each starts the way a listener's reflection starts, so any reader hears it as one
  switch (move.depth) {
    case 'double-sided': {
      const other = saidBack(move.other);
      if (!other) return [];
      candidates = [
        `It sounds like part of this is that ${said}, and part of it is that ${other}.`,
        `So ${said}, and at the same time ${other}.`,
        `I hear both sides: ${said}, and yet ${other}.`,
        `It sounds like ${said}, but ${other}.`,
        `So on one hand ${said}, and on the other ${other}.`,
      ];
      break;
    }
    case 'feeling':
      if (!move.feeling) return [];
      candidates = [
        `It sounds like ${said}, and you're feeling ${move.feeling}.`,
        `So ${said}, and it's left you feeling ${move.feeling}.`,
        `${upperFirst(said)}, and you feel ${move.feeling} about it.`,
        `You sound ${move.feeling}: ${said}.`,
        `It sounds like ${said}, and that leaves you feeling ${move.feeling}.`,
      ];
      break;
    case 'judgement': {
      if (!move.feeling) return [];
      const word = move.feeling;
      candidates = [
        "It sounds like you're being really hard on yourself right now.",
        `It sounds like the "${word}" thought is loud right now.`,
        `I hear how hard you're being on yourself, calling yourself ${withArticle(word)}.`,
        'It sounds like part of you is judging yourself harshly right now.',
        `That "${word}" voice sounds harsh, and it sounds like it's been loud lately.`,
      ];
      break;
    }
    case 'meaning':
      // the weight is said on its own, plainly, so the clause does not read stitched to a stock phrase
      candidates = [
        `It sounds like ${said}. That's a hard place to be.`,
        `So ${said}. That sounds really wearing.`,
        `${upperFirst(said)}, and it sounds like that's been weighing on you.`,
        `It sounds like ${said}, and that's been hard.`,
        `So ${said}. No wonder it feels heavy.`,
      ];
      break;
    default:
      candidates = [
        `It sounds like ${said}.`,
        `So ${said}.`,
        `${upperFirst(said)}.`,
        `I hear that ${said}.`,
        `You're saying ${said}.`,
      ];
  }
  return [{ key: `reflect-clause:${move.depth}`, candidates, openers: LISTEN_OPENERS }];
}

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
};

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

/** "failure" → "a failure", "idiot" → "an idiot"; words that take no article stay bare. */
function withArticle(word: string): string {
  if (/^(?:useless|stupid|lazy|hopeless|worthless|incompetent|pathetic|not good enough)$/i.test(word))
    return word;
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

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
        `I hear that you're ${feeling}.`,
      ],
      openers: LISTEN_OPENERS,
    },
  ];
}

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
      candidates = [...GETTING_BY[move.topic], 'What has this been like for you?'];
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
      candidates = [`What makes you think ${said}?`, `What makes you expect that ${said}?`];
      break;
    }
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
      candidates = [
        'What feels hardest about it right now?',
        'Which part of it weighs on you most?',
        'What makes it so hard, do you think?',
        'What part of this feels biggest?',
        'Where does it get stuck, mostly?',
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
        "What's that been like for you?",
        'Can you tell me more about that?',
        'What has been going on with that lately?',
        'How has that been for you?',
        'What else is going on around that?',
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
  // clauses that opened alike leave one: it is still said back, so the turn is never left empty
  if (parts.length === 1)
    return [
      {
        key: 'summarize',
        openers: LISTEN_OPENERS,
        candidates: [`I hear that ${parts[0]}.`, `So ${parts[0]}.`, `It sounds like ${parts[0]}.`],
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
        `I hear that ${joined}.`,
        `Let me check I have it: ${joined}.`,
        `Putting it together, it sounds like ${joined}.`,
      ],
    },
  ];
}

export function askPermissionUnits(move: MoveOf<'ask-permission'>): Unit[] {
  const candidates = move.topic
    ? [
        "Would it help to look for one small thing that's in your hands right now?",
        'Would you like to find one small thing you could do about it, or would you rather just talk for now?',
        'Would it help to think about one small next step, or would you rather keep talking?',
        "Do you want to look for one thing that's in your control, or just talk it through for now?",
        "Would it be useful to find one tiny thing you could do, or is talking what's needed right now?",
      ]
    : [
        'Would it help if I suggested a very small first step?',
        'Would you like me to suggest one small thing to try?',
        'Could I suggest a very small first step, or would you rather talk a bit more?',
        'Would a tiny first step help right now, if I suggested one?',
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
  grief: ["I'm so sorry for your loss.", "I'm really sorry, that's a painful loss."],
  health: ['Health worries can be frightening.', "That's a lot to deal with."],
  'work-stress': [
    'That sounds like a lot of pressure at work.',
    'Work pressure like that wears people down.',
  ],
};

export function validateTopicUnits(move: MoveOf<'validate-topic'>): Unit[] {
  const candidates = [
    ...TOPIC_VALIDATIONS[move.topic],
    'That sounds really hard.',
    "That's a lot to be dealing with.",
    'It makes sense that this is weighing on you.',
  ];
  return [{ key: `validate-topic:${move.topic}`, candidates, openers: LISTEN_OPENERS }];
}
