/**
 * The crisis turn (issue 8): acknowledge without alarm or judgement, ask directly, give every
 * resource verbatim, stay with the person, pause the task. Never method information, never a
 * promise of confidentiality, never "I'll…" (no promise that is not a scheduled nudge).
 * Candidates are ordered: the plainest, most direct wording comes first.
 */
import type { CrisisResource, MoveOf } from '../spec/move.ts';
import { toSecondPerson } from '../text/person.ts';
import type { Unit } from './chooser.ts';
import {
  ACKNOWLEDGE,
  type CrisisPhase,
  crisisPhase,
  QUESTIONS,
  STAY,
  THIRD_PERSON_QUESTIONS,
} from './phrases-crisis-lines.ts';
import { fallbackResource, resourceCandidates } from './phrases-crisis-resources.ts';
import { bare, lowerFirst } from './text-tools.ts';

export { type CrisisPhase, crisisPhase };

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
  const resource = unplacedContact(move) ?? move.resources[0];
  const movedOn = /moved/.test(move.phase ?? '');
  const units = [movedOn ? unit('return:moved-on', MOVED_ON) : unit('return:thanks', RETURN_THANKS)];
  // (lightly, with no line read out again: the lines were just said, or the worry was a guess)
  if (movedOn && move.light) units.push(unit(`return:light-${move.light}`, LIGHT_DOOR[move.light]));
  else if (resource) {
    const contact = bare(resource.contact);
    units.push(
      unit(
        `return:resource:${resource.name}`,
        movedOn
          ? // in words that fit the risk: "if those thoughts do come" after a worry about abuse is wrong
            DOOR_OPEN[move.riskType](contact, resource.name).map((line) => line.replace(/^And if/, 'If'))
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

// after an ordinary reply to a turn that moved on from a possible risk: the way to a person, once,
// in words that fit the worry without naming it again
const DOOR_OPEN: Record<MoveOf<'crisis'>['riskType'], (contact: string, name: string) => string[]> = {
  // short, once, after a reply about something else (a longer line read as a template appended)
  suicide: (contact, name) => [
    `And if it ever gets darker, ${contact} (${name}).`,
    `If it gets too heavy, ${contact} (${name}).`,
  ],
  'self-harm': (contact, name) => [
    `And if it ever gets darker, ${contact} (${name}).`,
    `If it gets too heavy, ${contact} (${name}).`,
  ],
  'medical-emergency': (contact) => [
    `If it ever feels like an emergency, ${contact} straight away.`,
    `Should it ever feel like an emergency, ${contact} without waiting.`,
  ],
  abuse: (contact, name) => [
    `If you ever feel unsafe, ${contact} (${name}), any time.`,
    `Should you ever feel unsafe, ${contact} (${name}).`,
  ],
  'harm-to-others': (contact, name) => [
    `If it ever feels like someone could get hurt, ${contact} (${name}), any time.`,
    `Should things ever feel unsafe, ${contact} (${name}).`,
  ],
};

// no country known: one short sentence with the local emergency number and the directory, not one
// country's line (raters marked down US lines given to people in Queensland and Kenya)
function unplacedContact(move: MoveOf<'crisis'>): CrisisResource | undefined {
  if (!move.unplaced) return undefined;
  const emergency = move.resources.find((resource) => /emergency/i.test(resource.name));
  const directory = move.resources.find((resource) => resource !== emergency);
  if (!emergency || !directory) return undefined;
  return {
    name: directory.name,
    contact: `${bare(emergency.contact)}, or find a free line where you are at ${bare(directory.contact)}`,
  };
}

function unplacedUnits(local: CrisisResource): string[] {
  return [
    `If you are in danger now, ${local.contact}.`,
    `To reach a person now, ${local.contact}.`,
    `You can reach a person right now: ${local.contact}.`,
  ];
}

// the door left open lightly after a change of subject: no line read out again beside small talk
const LIGHT_DOOR: Record<NonNullable<MoveOf<'crisis'>['light']>, string[]> = {
  'lines-said': [
    'And if it gets heavy again, those lines are there any time.',
    'If it gets too much again, the lines I gave you are there any time.',
  ],
  asked: [
    'And if any of it ever feels heavier, you can tell me.',
    'If it ever gets heavier, say so and we can talk about that first.',
  ],
};

function doorOpenUnits(move: MoveOf<'crisis'>, unit: (key: string, candidates: string[]) => Unit): Unit[] {
  if (move.light) return [unit(`door-open:light-${move.light}`, LIGHT_DOOR[move.light])];
  const resource = unplacedContact(move) ?? move.resources[0];
  if (!resource) return [];
  const contact = bare(resource.contact);
  return [unit(`door-open:${resource.name}`, DOOR_OPEN[move.riskType](contact, resource.name))];
}

// the act already named in their words: the question moves on to now and to a plan
const STATED: Partial<Record<MoveOf<'crisis'>['riskType'], { names: RegExp; questions: string[] }>> = {
  suicide: {
    names:
      /\b(?:end(?:ing)? (?:your (?:own )?life|it all)|kill(?:ing)? yourself|suicid\w*|take (?:your|my) (?:own )?life|(?:want|wanting|going|ready|plan(?:ning)?) to die)\b/i,
    questions: [
      'Are you safe right now, or are you thinking of acting on it soon?',
      'Are you safe right now, and do you have a plan for how or when?',
      'Do you have a plan, or have you done anything already?',
    ],
  },
  'self-harm': {
    names: /\b(?:hurt(?:ing)? yourself|harm(?:ing)? yourself|self[- ]?harm\w*|cut(?:ting)? yourself)\b/i,
    questions: [
      'Have you hurt yourself already, or are you close to it?',
      'Are you safe right now, or have you already hurt yourself?',
      'Have you hurt yourself today, or are you about to?',
    ],
  },
};

/**
 * The check-in asked about what they said ("When you say you feel like a burden, are you having
 * thoughts of ending your life?"): still direct, and plainly about their own words.
 */
function inTheirWords(move: MoveOf<'crisis'>): string[] {
  const said = move.said ? toSecondPerson(move.said.text) : '';
  if (!said) return [];
  // "When you say you want to end your life, are you having thoughts of ending your life?": a plain statement
  // is not asked back as a question about itself; the next question is whether they are safe now
  const stated = STATED[move.riskType];
  if (stated && stated.names.test(said)) return stated.questions;
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
  if (move.phase === 'door-open') return doorOpenUnits(move, (key, candidates) => unit(key, candidates));
  // a yes that led talk about their task: the question once more, plainly, so the answer is to it
  if (move.clarify)
    return [
      unit(
        `clarify:${move.riskType}`,
        QUESTIONS[move.riskType].possible.map(
          (question) => `I want to be sure I read your yes right. ${question}`,
        ),
      ),
    ];
  if (phase === 'return') return returnUnits(move, (key, candidates) => unit(key, candidates));
  // "call now" leads only a clear emergency: on worrying symptoms (`possible`) the question comes first,
  // and the emergency number still follows with the resources
  if (move.riskType === 'medical-emergency' && level === 'clear' && phase !== 'third-person') {
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
  // a gentle first check-in (the learned reader's guess alone) is the question: the lines follow a yes
  if (move.gentle && phase === 'first') return units;
  const forFriend = phase === 'third-person';
  const local = unplacedContact(move);
  if (move.resources.length === 0) units.push(unit('resource:fallback', fallbackResource(locale)));
  if (local) units.push(unit('resource:unplaced', unplacedUnits(local), [], []));
  for (const [index, resource] of (local ? [] : move.resources).entries()) {
    units.push(
      unit(`resource:${resource.name}:${forFriend}`, resourceCandidates(resource, forFriend, index), [
        ' today',
        ' now',
      ]),
    );
  }
  // a locale without a region (plain "en") gave the deployment's default country's lines: the
  // person may be anywhere, so they hear that their own emergency number works too
  if (!local && !/[-_][a-z]{2}\b/i.test(locale) && move.resources.length > 0)
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
