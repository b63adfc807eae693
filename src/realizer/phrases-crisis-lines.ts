/**
 * What the crisis turn says, by phase and by risk: the acknowledgement, the direct question, and
 * staying with the person. Candidates are ordered: the plainest, most direct wording comes first.
 */
import type { RiskType } from '../spec/observation.ts';

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

export const ACKNOWLEDGE: Record<Exclude<CrisisPhase, 'return'>, string[]> = {
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

export const QUESTIONS: Record<RiskType, { clear: string[]; possible: string[] }> = {
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

// "they", never a relation the person did not name ("Is your friend safe?" with no friend: v19 blind rater)
export const THIRD_PERSON_QUESTIONS = [
  'Is that person safe right now?',
  'Do you think they are in danger right now?',
  'Are they safe at this moment?',
  'Do you know if they are safe right now?',
  'Is someone with them right now?',
];

export const STAY: Record<Exclude<CrisisPhase, 'return'>, string[]> = {
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
