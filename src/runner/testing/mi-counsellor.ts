/**
 * A fixture MI counsellor for the realism check with real people (issue 18; docs/simulator/realism-check.md).
 *
 * MIBot's real smokers answered a counsellor that opens with how they feel about the session, then
 * reflects and asks one open question a turn about their smoking: how it has been, what it does for
 * them, what makes change hard, why change might matter, how ready they are, a next step, anything
 * else, and a summary at the end. Our coach asks other questions (and fewer of them), so simulated
 * smokers played against it answered something else than the real ones did, and the rater read that.
 * This fixture asks questions of MIBot's kind so both sides of the check answer the same sort of
 * counsellor. Every line is written here; no MIBot text is used (it is CC BY-SA).
 *
 * It is a test and evaluation fixture, not a therapist: no nudges, no safety handling, no memory but
 * the last client turn and where it is in its list of questions.
 */
import { createRandom } from '../../simulator/prng.ts';
import type { SaidMessage, TherapistContext, TherapistFactory, TherapistUnderTest } from '../therapist.ts';
import { mirrorClause } from './fixture-therapists.ts';

/**
 * The questions in order, each with a few wordings; the counsellor moves one on every turn. Mostly
 * open, a few closed ("is there anything…", "would it be okay…"), none on a 0–10 scale: MIBot's
 * counsellor asks open questions and permission, and almost never for a number.
 */
const QUESTIONS: readonly (readonly string[])[] = [
  [
    "Is there something on your mind you'd like to talk about today?",
    "Is there anything in particular you'd like to talk about, maybe your smoking?",
  ],
  [
    "What's your experience with smoking been like lately?",
    'How have things been going with your smoking recently?',
  ],
  [
    'What does smoking do for you?',
    'When do you find yourself smoking the most?',
    'How does smoking fit into your day?',
  ],
  [
    'Do you notice any downsides to it, or does it mostly feel okay?',
    'What concerns, if any, do you have about smoking?',
  ],
  [
    'What has made you think about changing your smoking?',
    'What would be different for you if you smoked less?',
  ],
  [
    "What's made it hard when you've thought about cutting down before?",
    'What do you think gets in the way of changing it?',
  ],
  [
    'What would it mean to you if you were able to quit?',
    'How would your life look if smoking were less a part of it?',
  ],
  [
    'Would it be okay if we looked at a few small steps together?',
    'Would it be alright if we talked about what you might try?',
  ],
  [
    'What is one small thing you could see yourself trying this week?',
    'Is there a small step that feels doable for you right now?',
  ],
  [
    "Is there anything else you'd like to talk about before we wrap up?",
    "Is there anything else on your mind about this that you'd like to share?",
  ],
];

const OPENINGS = [
  "Hello! I'm glad you're here. How are you feeling about our conversation today?",
  "Hi there, it's nice to meet you. How are you feeling as we start?",
];

/** Said before the next question when there is nothing to reflect ("no", "im not sure"). */
const ACCEPTING = [
  "That's okay.",
  "That's completely fine, it's not always easy to put into words.",
  'Fair enough.',
  'Thanks for being honest about that.',
];

const STEMS = ['It sounds like', 'So', 'You mentioned that', 'It seems like'];
const DEEPER = [
  '',
  ', and that matters to you',
  ', and that makes it harder',
  ', and part of you would like it to be different',
];

const SUMMARY =
  "Thank you for talking with me today. You've shared some of what smoking does for you, and some of what makes changing it hard and why it might matter to you. Would you like to continue the conversation?";

/** A reflection of the client's own longest clause, or an accepting word when there is none. */
function reflect(clientText: string, pick: <T>(items: readonly T[]) => T, accepting: () => string): string {
  const clause = mirrorClause(clientText);
  // (a hedge or a few words is not something to say back: "So hard to say" reads as a parrot)
  if (!clause || clause.split(/\s+/).length < 4 || HEDGED.test(clause)) return accepting();
  // "Since working from home…" said back mid-sentence loses its capital; "I" keeps it
  const lowered = /^[A-Z][a-z]/.test(clause) ? clause[0].toLowerCase() + clause.slice(1) : clause;
  return `${pick(STEMS)} ${lowered.replace(/[,.\s]+$/, '')}${pick(DEEPER)}.`;
}

const HEDGED = /^(?:maybe|not sure|hard to say|i don'?t know|dunno|idk|probably|i guess|not really)\b/i;

/** A client question gets a short, general answer before the counsellor goes on (as a counsellor would). */
const ANSWER_TO_QUESTION =
  "That's a good question. It's different for everyone, and many people find it helps to look at what fits them.";

export const miCounsellorTherapist: TherapistFactory = {
  label: 'mi-counsellor',
  create(context: TherapistContext): TherapistUnderTest {
    const random = createRandom(context.seed);
    const pick = random.pick;
    let closed = false;
    let turn = 0;
    // (in turn, not at random: the same "That's okay." twice is a repeat any client notices)
    let accepted = random.int(ACCEPTING.length);
    const accepting = () => ACCEPTING[accepted++ % ACCEPTING.length];
    // (a lead-in said before, in the opening too, is left out: MIBot's counsellor does not say the same
    // line twice, and a client who hears one again says so, "you said that already", a stock line a
    // rater spots)
    let saidSoFar = '';
    const say = (text: string): SaidMessage[] => {
      saidSoFar += ` ${text}`;
      return [{ text, at: context.clock.now(), nudge: false }];
    };
    const fresh = (leadIn: string) => (saidSoFar.includes(leadIn) ? '' : `${leadIn} `);
    return {
      label: 'mi-counsellor',
      get closed() {
        return closed;
      },
      open: async () => say(pick(OPENINGS)),
      reply: async (clientText) => {
        turn += 1;
        if (turn === QUESTIONS.length + 1) return say(SUMMARY);
        if (turn > QUESTIONS.length + 1) {
          // (the answer to "would you like to continue" ends the session either way: the fixture
          // has nothing more to ask, and MIBot's sessions end there too)
          closed = true;
          return say('Thank you for talking with me. Take care.');
        }
        const question = pick(QUESTIONS[turn - 1] ?? QUESTIONS[0]);
        // the first answer is to "how are you feeling": acknowledged, not reflected
        const before =
          turn === 1
            ? pick(['Thanks for sharing that.', "I'm glad you're here.", 'That makes sense.'])
            : clientText.trim().endsWith('?')
              ? ANSWER_TO_QUESTION
              : reflect(clientText, pick, accepting);
        return say(`${fresh(before)}${question}`);
      },
      takeNudges: () => [],
      close: async () => {
        if (closed) return [];
        closed = true;
        return say('Take care.');
      },
    };
  },
};
