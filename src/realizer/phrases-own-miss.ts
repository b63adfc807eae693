/**
 * Phrases for a reply of ours that missed: a suggestion pushed back on is dropped in a word, the
 * reason they gave owned first, and another helper's idea questioned ("why would that help?") gets
 * that idea's own reason. Split from phrases-their-turn.ts (one concept a file).
 */
import type { MoveOf, ObjectionReason } from '../spec/move.ts';
import type { Unit } from './chooser.ts';
import { IDEA_REASONS } from './phrases-idea-reasons.ts';

/**
 * A suggestion they pushed back on is dropped in a word, naming it when it named a thing ("Fair,
 * scrap the accountant idea."); what follows is the turn's question (the policy adds it), so no
 * "what would help?" is asked here.
 */
// their reason owned, before anything else: the idea did not fit their days, their energy, or them
const OWN_REASON: Record<ObjectionReason, string[]> = {
  time: [
    "Fair, you're right: your days are already full, and that idea ignored it.",
    "You're right, there's no room in your day for that.",
  ],
  energy: [
    "You're right, that's too much to ask when you're this worn out.",
    "Fair, there's nothing left in the tank for that right now.",
  ],
  'know-self': [
    "Fair, you know what you're good at better than that idea does.",
    "You're right, you know yourself better than that.",
  ],
};
const TOO_MUCH_FOR: Record<ObjectionReason, string[]> = {
  time: [
    'Sorry, that was too much to ask on top of days that full.',
    "You're right, that was too much with the hours you're doing.",
  ],
  energy: [
    "Sorry, that was too much to ask when you're this tired.",
    "You're right, that was too much for how tired you are.",
  ],
  'know-self': ["You're right, that was too much at once."],
};

// what a misread may take for the idea dropped: "forget the conversation then" reads as leaving
// (rated 1 on the lead's v21 run); such a thing is not named
const NOT_AN_IDEA =
  /^(?:the |that |this )?(?:conversation|chat|talk|question|topic|subject|point|thing|day|one)s?$/i;

function dropSuggestionUnits(move: MoveOf<'own-miss'>): Unit[] {
  const thing = move.thing;
  if (move.reason)
    return [
      {
        key: `own-miss:reason:${move.declined ?? 'why'}`,
        candidates: move.declined === 'too-much' ? TOO_MUCH_FOR[move.reason] : OWN_REASON[move.reason],
      },
    ];
  const candidates =
    move.declined === 'not-now'
      ? [
          // "not today", "not now" as well as "not tonight": the words say no time of their own
          'No rush at all, it can wait.',
          "That's fine, it doesn't have to be now.",
          'Fair enough, now is not the time.',
        ]
      : move.declined === 'too-much'
        ? [
            "You're right, that was way too much at once.",
            'Fair, that was too much in one go.',
            'Sorry, that was a lot to ask at once.',
          ]
        : thing && !NOT_AN_IDEA.test(thing)
          ? [
              `Fair, scrap the ${thing} idea.`,
              `Fair enough, forget the ${thing} then.`,
              `Okay, the ${thing} is out.`,
              `Fair point, let's drop the ${thing} idea.`,
            ]
          : [
              'Fair, scrap that idea.',
              'Fair enough, forget that one.',
              "Fair, that one's out then.",
              "Okay, let's drop that idea.",
            ];
  if (move.later && move.declined === 'not-now')
    return [
      {
        key: 'own-miss:no-for-now',
        candidates: [
          "That's okay, it doesn't have to be now.",
          "Fair enough, now isn't the time for it.",
          "That's fine. You don't have to do it now.",
        ],
      },
      // the task kept for another day on their say, not a plan asked for now ("when might suit?" read as
      // pushing right after a no)
      {
        key: 'own-miss:later',
        candidates: [
          "It'll keep until you've got more room for it.",
          'It can wait for a day when you have more in the tank.',
          "It'll still be there another day, and we can find a small way in then, if you want.",
        ],
      },
    ];
  return [{ key: 'own-miss:suggestion', candidates }];
}

export function ownMissUnits(move: MoveOf<'own-miss'>): Unit[] {
  if (move.missed === 'suggestion' || (move.missed === 'others-why' && move.reason))
    return dropSuggestionUnits(move);
  // the question after it (try it or leave it) is the policy's, after what they said instead
  // the idea's own reason, when the helper offered one of the common ideas
  if (move.missed === 'others-why' && move.idea)
    return [{ key: `own-miss:others-why:${move.idea}`, candidates: IDEA_REASONS[move.idea] }];
  if (move.missed === 'others-why')
    return [
      {
        key: 'own-miss:others-why',
        candidates: [
          "Fair question, and that idea doesn't suit everyone.",
          "Fair question; it isn't for everyone.",
        ],
      },
    ];
  const owned: Record<Exclude<MoveOf<'own-miss'>['missed'], 'suggestion' | 'others-why'>, string[]> = {
    'heard-before': ['Fair, that line gets repeated a lot.', "Fair, you've probably heard that one plenty."],
    unhelpful: [
      "Fair enough, that wasn't much use to you.",
      "You're right, that didn't really help.",
      "Fair point: that wasn't the help you were after.",
      'Fair enough, that missed the mark.',
      "You're right to say so: that wasn't helpful.",
    ],
    presumed: [
      "You're right, I don't know that.",
      "Fair, I shouldn't assume that.",
      "True, I can't know that.",
      "You're right, that was an assumption.",
      'Fair point, you know this better than I do.',
    ],
    // (their hurt taken seriously, no defence of the joke)
    'made-light': [
      "You're right, it isn't funny, and I'm sorry it came across that way.",
      "Sorry, I didn't mean to make light of it. It clearly isn't funny for you.",
    ],
    // (said before what they told earlier, or alone: no question about the subject they set aside)
    'leave-topic': [
      'Sure, we can leave that for now.',
      'Of course, we can put that to one side.',
      "Okay, we'll leave that there for now.",
    ],
    unclear: [
      'Sorry, that was vague of me.',
      "Sorry, I didn't put that clearly.",
      'Fair, that was unclear.',
      'Sorry, that was a muddled way to put it.',
      "That's on me, it wasn't clear.",
    ],
  };
  const next: Record<Exclude<MoveOf<'own-miss'>['missed'], 'suggestion' | 'others-why'>, string[]> = {
    // (no question handed back to someone who just said we failed them: "What kind of help would
    // make a difference here?" was rated 3 on fresh v20; with nothing concrete to offer, we stay)
    unhelpful: [
      "No more advice from me for now; I'm listening.",
      "Let's leave the advice; I'd rather hear how it is for you.",
      "Forget the advice for a moment; I'm here to listen.",
      'The advice can wait; how it is for you matters more.',
      "Advice aside, I'm listening.",
    ],
    presumed: [
      'How do you see it?',
      "What's your read on it?",
      'What do you make of it yourself?',
      'How does it look from where you are?',
      'What do you think is going on?',
    ],
    'made-light': ["What's it been like for you, honestly?", 'How is it for you, really?'],
    'leave-topic': [
      "We can talk about whatever you'd like, or just sit with it.",
      "Whatever you'd rather talk about is fine with me.",
    ],
    'heard-before': [
      'Where does it fall short for you, in your case?',
      "What's the part of it that doesn't fit for you?",
    ],
    unclear: [
      'What would be most useful to talk about?',
      'What would help you most right now?',
      'Where would you like to take this?',
      'What would you like to focus on?',
      'What would be good to look at now?',
    ],
  };
  // something concrete and different follows in the plan: the miss is owned in a line, no more
  if (move.instead) return [{ key: 'own-miss', candidates: owned[move.missed] }];
  return [
    { key: 'own-miss', candidates: owned[move.missed] },
    {
      key: 'own-miss:next',
      candidates: next[move.missed],
      // a turn that already asked its one question
      fallbacks: [
        "Tell me what would help, and we'll go from there.",
        "I'd like to get this right for you.",
        'Say what would be more useful, if you like.',
        "I'm listening for what would help.",
        'We can go wherever is most useful to you.',
      ],
    },
  ];
}
