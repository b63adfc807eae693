/**
 * The crisis turn (issue 8): acknowledge without alarm or judgement, ask directly, give every
 * resource verbatim, stay with the person, pause the task. Never method information, never a
 * promise of confidentiality, never "I'll…" (no promise that is not a scheduled nudge).
 * Candidates are ordered: the plainest, most direct wording comes first.
 */
import type { CrisisResource, MoveOf } from '../spec/move.ts';
import type { RiskType } from '../spec/observation.ts';
import { toSecondPerson } from '../text/person.ts';
import type { Unit } from './chooser.ts';
import { bare, lowerFirst } from './text-tools.ts';

/** How this crisis turn relates to the ones before; free-form `phase` strings are matched loosely. */
export type CrisisPhase = 'first' | 'follow-up' | 'check' | 'third-person' | 'past' | 'return';

export function crisisPhase(phase: string | undefined): CrisisPhase {
  const value = (phase ?? '').toLowerCase();
  if (/third|other|friend/.test(value)) return 'third-person';
  if (/past|history/.test(value)) return 'past';
  // the person said they are safe: thank them and return gently, no second interrogation
  if (/return|safe|moved/.test(value)) return 'return';
  if (/check/.test(value)) return 'check';
  if (/follow|ongoing|continu|again|repeat|still/.test(value)) return 'follow-up';
  return 'first';
}

const ACKNOWLEDGE: Record<Exclude<CrisisPhase, 'return'>, string[]> = {
  first: [
    'Thank you for telling me.',
    "I'm really glad you told me.",
    'That sounds like a lot to carry, and I am glad you said it.',
    'Thank you for saying that out loud.',
    "I hear you, and I'm glad you told me.",
  ],
  'follow-up': [
    "I'm still right here with you.",
    'Thank you for staying and talking with me.',
    'You are not alone in this right now.',
    "I'm glad you're still talking with me.",
    'Thank you for telling me more.',
  ],
  check: [
    'Before we stop, I want to check in with you.',
    'I want to check on you once more.',
    'Let me check in with you about earlier.',
    'I want to come back to what you said before.',
    'One more check, because you matter.',
  ],
  'third-person': [
    "It's kind of you to worry about them.",
    'Thank you for telling me; that is a heavy thing to carry.',
    "I'm glad you said something about this.",
    'Caring about them this much matters.',
    "That's a hard thing to know about someone.",
  ],
  past: [
    'Thank you for telling me about that.',
    "I'm glad you shared that with me.",
    'That took courage to say.',
    'Thank you for trusting me with that part of your story.',
    "I'm glad you're here and telling me this.",
  ],
};

const QUESTIONS: Record<RiskType, { clear: string[]; possible: string[] }> = {
  suicide: {
    clear: [
      'Are you thinking about killing yourself?',
      'Are you thinking about killing yourself right now?',
      'I need to ask you plainly: are you thinking about killing yourself?',
      'Are you having thoughts of killing yourself?',
      'Are you thinking of ending your life?',
    ],
    possible: [
      'I want to ask you gently, and plainly: are you thinking about killing yourself?',
      'Can I ask you straight out: are you having thoughts of killing yourself?',
      'Sometimes people feel this way when they are thinking about suicide; are you thinking about killing yourself?',
      'I want to check, gently: are you thinking about ending your life?',
      'Are you having any thoughts of killing yourself, even a little?',
    ],
  },
  'self-harm': {
    clear: [
      'Are you thinking about hurting yourself?',
      'Have you hurt yourself, or are you thinking about it?',
      'Are you thinking about hurting yourself right now?',
      'I need to ask plainly: are you planning to hurt yourself?',
      'Are you safe from hurting yourself right now?',
    ],
    possible: [
      'I want to ask gently, and plainly: are you thinking about hurting yourself?',
      'Can I ask you straight out: are you having thoughts of hurting yourself?',
      'Are you having any thoughts of hurting yourself, even a little?',
      'I want to check, gently: have you hurt yourself, or thought about it?',
      'Are you thinking about harming yourself?',
    ],
  },
  'harm-to-others': {
    clear: [
      'Are you thinking about hurting someone?',
      'Is anyone in danger from you right now?',
      'Are you thinking about hurting someone right now?',
      'I need to ask plainly: are you planning to hurt someone?',
      'Is someone at risk of being hurt right now?',
    ],
    possible: [
      'I want to ask gently, and plainly: are you thinking about hurting someone?',
      'Can I ask you straight out: are you having thoughts of hurting someone?',
      'Are you having any thoughts of hurting someone, even a little?',
      'I want to check, gently: is anyone in danger right now?',
      'Are you worried you might hurt someone?',
    ],
  },
  abuse: {
    clear: [
      'Is someone hurting you?',
      'Are you safe where you are right now?',
      'Is someone hurting you or making you afraid?',
      'Are you in danger from someone right now?',
      'Is the person who hurt you near you now?',
    ],
    possible: [
      'I want to ask gently, and plainly: is someone hurting you?',
      'Can I ask you straight out: are you safe at home?',
      'Is someone making you feel afraid or unsafe?',
      'I want to check, gently: is anyone hurting you?',
      'Are you safe where you are right now?',
    ],
  },
  'medical-emergency': {
    clear: [
      'Can you call emergency services right now, or is someone with you who can?',
      'Is someone with you who can call for help right now?',
      'Are you able to make that call right now?',
      'Can you reach emergency services now?',
      'Is help on the way?',
    ],
    possible: [
      'Do you need emergency help right now?',
      'Is this an emergency right now?',
      'Are you able to call for help if you need it?',
      'Is someone with you who can help?',
      'Do you need a doctor or an ambulance right now?',
    ],
  },
};

const THIRD_PERSON_QUESTIONS = [
  'Is your friend safe right now?',
  'Do you think they are in danger right now?',
  'Are they safe at this moment?',
  'Do you know if they are safe right now?',
  'Is someone with them right now?',
];

const STAY: Record<Exclude<CrisisPhase, 'return'>, string[]> = {
  first: [
    "I'm here with you, and everything else can wait.",
    "I'm staying right here with you; everything else can wait.",
    'Everything else can wait; you matter more, and I am here with you.',
    "Let's put everything else aside; I am right here with you.",
    'Everything else can wait for now; I am here with you.',
  ],
  'follow-up': [
    'Everything else can wait as long as it needs to; I am still here.',
    "I'm not going anywhere, and everything else can wait.",
    'We can leave everything else; I am here with you now.',
    "Nothing else matters right now; it's just you and me talking.",
    'Nothing else matters right now; I am here with you.',
  ],
  check: [
    "I'm here with you either way.",
    'Whatever your answer is, I am here.',
    'You can tell me the truth; I am here.',
    "There's no wrong answer, and I am still here.",
    "I'm right here while you answer.",
  ],
  'third-person': [
    "I'm here with you while you work out what to do; everything else can wait.",
    'Everything else can wait; let us think about your friend first.',
    "Let's put everything else aside; I am here with you.",
    'Everything else can wait; I am here while you reach out.',
    'Everything else can wait for now; I am right here with you.',
  ],
  past: [
    "I'm here with you, and everything else can wait while we talk.",
    'We can pause everything else; I am here with you.',
    'Everything else can wait a moment; I am here.',
    "Let's take a moment before anything else; I am here.",
    "I'm right here; everything else can wait.",
  ],
};

function resourceCandidates(resource: CrisisResource, forFriend: boolean, index: number): string[] {
  const name = resource.name.trim();
  const contact = bare(resource.contact);
  // emergency services are for danger now: said as such, not as one more line to call
  if (!forFriend && /emergency/i.test(name)) {
    return [
      `If you are in danger right now, ${contact}.`,
      `In an emergency, ${contact}.`,
      `If you might act on it now, ${contact}.`,
      `If it feels urgent, ${contact} right away.`,
      `For immediate danger, ${contact}.`,
    ];
  }
  if (forFriend) {
    return [
      `They, or you for them, can reach ${name}: ${contact}.`,
      `You can share this with them: ${name}, ${contact}.`,
      `${name} can help them, or you: ${contact}.`,
      `To reach a person for them now, ${contact} (${name}).`,
      `Help for them is at ${name}: ${contact}.`,
    ];
  }
  const candidates = [
    `You can reach a person right now at ${name}: ${contact}.`,
    `To talk to someone now, ${contact} (${name}).`,
    `${name} is there for you: ${contact}.`,
    `Please reach out to ${name}: ${contact}.`,
    `A real person can help right now at ${name}: ${contact}.`,
  ];
  // a second line starts from another wording, so two resources never read as a list of the same sentence
  const shift = index % candidates.length;
  return [...candidates.slice(shift), ...candidates.slice(0, shift)];
}

// only when a deployer's config gave no resources: the emergency number people know best
const EMERGENCY_NUMBERS: Record<string, string> = {
  US: '911',
  CA: '911',
  GB: '999',
  IE: '112',
  AU: '000',
  NZ: '111',
};

function fallbackResource(locale: string): string[] {
  const region = locale.split(/[-_]/)[1]?.toUpperCase() ?? '';
  const number = EMERGENCY_NUMBERS[region]
    ? `${EMERGENCY_NUMBERS[region]}`
    : 'your local emergency number, or 112';
  return [
    `Please call ${number} to reach a person now.`,
    `Please reach a person now: call ${number}.`,
    `Call ${number}, so a person can help.`,
    `A person can help right now if you call ${number}.`,
    `To reach someone now, call ${number}.`,
  ];
}

const CRISIS_OPENERS = ['Again,', 'Still,', 'And', 'Once more,'];
const QUESTION_OPENERS = ['Again,', 'I need to ask again:', 'Let me ask once more:', 'Honestly,'];

const RETURN_THANKS = [
  "Thank you for telling me you're safe.",
  "I'm glad you're safe right now.",
  'Thank you for letting me know.',
  "I'm really glad to hear you're safe.",
  'Thanks for telling me how you are.',
];
const RETURN_OFFERS = [
  "When you're ready, we can go back to what we were doing, or take a break.",
  'We can go back to what we were doing, gently, or rest for a bit first.',
  'If you like, we can pick up where we left off, one small step at a time.',
  'There is no rush: we can return to what we were doing or stop for today.',
  'We can carry on with something tiny, or just pause here.',
];

// they answered the check-in with a request, not with "I'm safe": no thanks for a safety not said
const MOVED_ON = ["Okay, let's do that.", 'Sure, we can do that.', "All right, let's go with that."];

function returnUnits(move: MoveOf<'crisis'>, unit: (key: string, candidates: string[]) => Unit): Unit[] {
  const resource = move.resources[0];
  const movedOn = /moved/.test(move.phase ?? '');
  const units = [movedOn ? unit('return:moved-on', MOVED_ON) : unit('return:thanks', RETURN_THANKS)];
  if (resource) {
    const contact = bare(resource.contact);
    units.push(
      unit(
        `return:resource:${resource.name}`,
        movedOn
          ? [
              `If those thoughts do come, ${contact} (${resource.name}), any time.`,
              `Should it ever get that dark, ${contact} (${resource.name}).`,
            ]
          : [
              `If that changes, ${contact} (${resource.name}), any time.`,
              `${resource.name} is there any time you need it: ${contact}.`,
              `Keep this close, just in case: ${contact} (${resource.name}).`,
              `Any time it gets too much, ${contact}.`,
              `If the thoughts come back, ${contact} (${resource.name}).`,
            ],
      ),
    );
  }
  // the request is answered in this turn: no offer to "go back" to it
  if (!movedOn) units.push(unit('return:offer', RETURN_OFFERS));
  return units;
}

/**
 * The check-in asked about what they said ("When you say you feel like a burden, are you having
 * thoughts of ending your life?"): still direct, and plainly about their own words.
 */
function inTheirWords(move: MoveOf<'crisis'>): string[] {
  const said = move.said ? toSecondPerson(move.said.text) : '';
  if (!said) return [];
  const when = `When you say ${said}`;
  switch (move.riskType) {
    case 'suicide':
      return [
        `${when}, are you having thoughts of ending your life?`,
        `${when}, I want to ask you directly: are you thinking about killing yourself?`,
        `${when}, are you thinking about ending your life?`,
        `I want to ask you plainly: ${lowerFirst(when)}, are you having thoughts of killing yourself?`,
      ];
    case 'self-harm':
      return [
        `${when}, are you having thoughts of hurting yourself?`,
        `${when}, I want to ask you directly: are you thinking about hurting yourself?`,
        `${when}, have you hurt yourself, or thought about it?`,
      ];
    default:
      return [];
  }
}

export function crisisUnits(move: MoveOf<'crisis'>, locale = 'en-US'): Unit[] {
  const phase = crisisPhase(move.phase);
  const level = move.level ?? 'clear';
  const units: Unit[] = [];
  const unit = (key: string, candidates: string[], tails: string[] = [], openers = CRISIS_OPENERS): Unit => ({
    key: `crisis:${key}`,
    candidates,
    ordered: true,
    openers,
    tails,
  });
  if (phase === 'return') return returnUnits(move, (key, candidates) => unit(key, candidates));
  if (move.riskType === 'medical-emergency' && phase !== 'third-person') {
    units.push(
      unit('call-first', [
        'Please call emergency services right now.',
        'First, please call emergency services now.',
        'Call emergency services right away.',
        'Please get emergency help now, before anything else.',
        'The first thing is to call emergency services now.',
      ]),
    );
  }
  units.push(unit(`acknowledge:${phase}`, ACKNOWLEDGE[phase], [', truly', ', really']));
  const quoted = phase === 'first' ? inTheirWords(move) : [];
  const questions =
    phase === 'third-person'
      ? THIRD_PERSON_QUESTIONS
      : quoted.length > 0
        ? quoted
        : QUESTIONS[move.riskType][phase === 'first' || phase === 'follow-up' ? level : 'possible'];
  units.push(
    unit(
      `question:${move.riskType}:${phase}:${level}`,
      phase === 'past' ? questions.map((question) => `How about now: ${lowerFirst(question)}`) : questions,
      [],
      QUESTION_OPENERS,
    ),
  );
  const forFriend = phase === 'third-person';
  if (move.resources.length === 0) units.push(unit('resource:fallback', fallbackResource(locale)));
  for (const [index, resource] of move.resources.entries()) {
    units.push(
      unit(`resource:${resource.name}:${forFriend}`, resourceCandidates(resource, forFriend, index), [
        ' today',
        ' now',
      ]),
    );
  }
  // a locale without a region (plain "en") gave the deployment's default country's lines: the
  // person may be anywhere, so they hear that their own emergency number works too
  if (!/[-_][a-z]{2}\b/i.test(locale) && move.resources.length > 0)
    units.push(
      unit('resource:elsewhere', [
        "If you're in another country, your local emergency number works too.",
        'Somewhere else? Your local emergency number will reach someone too.',
        'In another country, your own emergency number works just the same.',
      ]),
    );
  units.push(unit(`stay:${phase}`, STAY[phase], [', truly', ' now']));
  if (move.cancelledNudges) {
    const one = move.cancelledNudges === 1;
    units.push(
      unit(
        'cancelled-nudges',
        one
          ? [
              "I've cancelled the reminder I set, so nothing will ping you.",
              "I've called off the reminder I set.",
              "I've stopped the reminder I promised; everything else can rest.",
            ]
          : [
              "I've cancelled the reminders I set, so nothing will ping you.",
              "I've called off the reminders I set.",
              "I've stopped the reminders I promised; everything else can rest.",
            ],
      ),
    );
  }
  return units;
}
