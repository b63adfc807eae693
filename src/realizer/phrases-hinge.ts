/**
 * Phrase banks for what a turn turns on (issue 17, round 14; policy/listen-hinge.ts): the hinge said
 * back in its meaning, built from the person's clause with person and agreement changed, and one
 * question about it that does not say their words a second time. A hinge with no words gives no
 * sentence, never a stand-in.
 */
import type { MoveOf } from '../spec/move.ts';
import type { HingeKind } from '../spec/observation.ts';
import { toSecondPerson } from '../text/person.ts';
import type { Unit } from './chooser.ts';
import { saidBack } from './phrases-listen.ts';

// each reflection frames their words as the meaning a listener heard in them
const REFLECTIONS: Record<HingeKind, ((said: string) => string)[]> = {
  // (a fear said as what would happen: "losing the friendship over money" has its own frames below)
  'feared-outcome': [
    (said) => `So the fear is that ${said}.`,
    (said) => `It sounds like what you're dreading is that ${said}.`,
    (said) => `So part of what holds you back is the thought that ${said}.`,
  ],
  'contrast-side': [
    (said) => `So the catch is that ${said}.`,
    (said) => `And the part that gets in the way is that ${said}.`,
  ],
  // (not "So really it's …": the v31 rater read the opener as clunky, round 17)
  crux: [(said) => `It sounds like it's ${said}.`, (said) => `So the heart of it is ${said}.`],
  wall: [
    (said) => `It sounds like it's got to the point where ${said}.`,
    (said) => `So it's gone past putting it off: ${said}.`,
  ],
  stakes: [(said) => `So a lot rides on this: ${said}.`, (said) => `That's a lot riding on it: ${said}.`],
  // (what they tried, in our words: their clause of it said back read as a parrot)
  'tried-already': [
    () => "So it isn't for want of trying; you've already had a go at this.",
    () => "So it isn't that you haven't tried.",
  ],
  'hidden-question': [
    (said) => `So part of you is wondering ${said}.`,
    (said) => `It sounds like you're honestly not sure ${said}.`,
  ],
  meaning: [
    (said) => `So it isn't only the thing itself; it's what it seems to say: ${said}.`,
    (said) => `So it feels like it would mean ${said}.`,
  ],
  feeling: [
    (said) => `That sounds heavy: ${said}.`,
    (said) => `${upper(said)}, and that's a hard thing to sit with.`,
  ],
  // (giving up said in a few words, met in our words: their line said back read as agreeing with it)
  resigned: [
    () => "It sounds like you're talking yourself out of it, even though part of you still cares.",
    () => "That sounds like you've half given up on it, and I can hear why.",
  ],
  'other-person': [],
  'other-voice': [],
};

// one question about the hinge, which leaves their words to the reflection before it
const QUESTIONS: Record<Exclude<HingeKind, 'other-person' | 'other-voice'>, string[]> = {
  resigned: [],
  // (not "what makes that feel so likely": a "what makes you think" read to a rater as doubting them)
  'feared-outcome': [
    // (not "if it did go that way, what would that mean for you": the v23 dev rater, "catastrophising")
    "Is that something that's happened before, or more what you're bracing for?",
    "What's it like, carrying that thought around?",
  ],
  // (not "How does that sit with you?": the stock ending raters marked most, v24/v26)
  'contrast-side': ['What would it take to get round that?', 'How big a part of it is that, for you?'],
  crux: ['What makes that the part that gets to you most?', 'When did it start to feel like that?'],
  wall: ['What happens in you, right at the moment you try?', 'What is it like, the moment you go to start?'],
  stakes: ['How are you holding up, with that much riding on it?'],
  'tried-already': ['What happened when you tried?', 'How did it go, when you tried?'],
  'hidden-question': ['What does your gut say?', 'What would help you find out?'],
  meaning: [
    'Is that how you really see it, or how it feels right now?',
    'Where does that thought come from, do you think?',
  ],
  feeling: ["What's that been like to carry?", 'How long has it felt like that?'],
};

function upper(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// "if its even worth it" is asked as "whether it's even worth it": said back, "wondering if" reads the same
// but "not sure if" of a learner's line read as garbled in earlier rounds
function hingeWords(
  move: { clause?: { text: string; span: readonly [number, number] } },
  kind: HingeKind,
): string {
  if (!move.clause) return '';
  const said = saidBack({ text: move.clause.text, span: [move.clause.span[0], move.clause.span[1]] });
  // ("its even worth it": the contraction a chat line drops, put back where nothing else fits)
  const spelled = said.replace(
    /\bits (?=(?:even|not|just|really|going|gonna|too|all|worth|ok|okay|fine|over|still|never|always|a|the)\b)/gi,
    "it's ",
  );
  return kind === 'hidden-question' ? spelled.replace(/^if\b/i, 'whether') : spelled;
}

// a fear said as a doing ("losing the friendship over money"): named as that, with no "that"
const FEARED_DOING = [
  (said: string) => `So the fear is ${said}.`,
  (said: string) => `It sounds like what you're dreading is ${said}.`,
];

// "i dont know what to do": not knowing the way forward, not a question with two answers
const NOT_KNOWING = [
  (said: string) => `So right now you honestly don't know ${said}.`,
  (said: string) => `It sounds like you're stuck on ${said}, and that's a hard place to be.`,
];
const OPEN_QUESTION = /^(?:what|where|how)\b/i;

export function hingeReflectionUnits(move: MoveOf<'reflect-clause'>): Unit[] {
  if (!move.hinge) return [];
  const said = hingeWords(move, move.hinge);
  if (!said) return [];
  const frames =
    move.hinge === 'feared-outcome' && /^[a-z]+ing\b/i.test(said)
      ? FEARED_DOING
      : move.hinge === 'hidden-question' && OPEN_QUESTION.test(said)
        ? NOT_KNOWING
        : REFLECTIONS[move.hinge];
  const candidates = frames.map((frame) => frame(said));
  return candidates.length > 0 ? [{ key: `reflect-clause:hinge-${move.hinge}`, candidates }] : [];
}

// a person named by role is asked about as that person, or as "him" or "her" after a say-back named them
const HER =
  /\b(?:mum|mom|mam|mother|wife|sister|sis|daughter|girlfriend|gf|nan|nana|gran|grandma|aunt|auntie|landlady|missus|mrs)$/i;
const HIM = /\b(?:dad|father|husband|brother|bro|son|boyfriend|bf|grandad|granddad|uncle|old man)$/i;

function personQuestions(who: string, named: boolean): string[] {
  const person = toSecondPerson(who);
  if (!person) return [];
  const pronoun = HER.test(person) ? 'her' : HIM.test(person) ? 'him' : undefined;
  // (after a say-back that named them, "where does she come into this" asks what was just told)
  if (named && pronoun) return [`How are things between you and ${pronoun} at the moment?`];
  // (not "what do you think she makes of it": after "my daughter says open it" that was already said)
  const plural = /\b(?:kids|children|parents|folks|in-laws)$/i.test(person);
  return [
    `Where ${plural ? 'do' : 'does'} ${person} come into this for you?`,
    `How are things between you and ${person} at the moment?`,
  ];
}

// someone's words in it ("my sister says i should…"): what it is like to hear them, from that person
// (the pressure concern's "What do you make of their advice, yourself?" read to a rater as abstract)
export function voiceQuestions(who: string, named: boolean): string[] {
  const person = toSecondPerson(who);
  if (!person) return [];
  const pronoun = HER.test(person) ? 'her' : HIM.test(person) ? 'him' : undefined;
  const from = named && pronoun ? pronoun : person;
  return [
    `How does that sit with you, hearing it from ${from}?`,
    `What's it like, hearing that from ${from}?`,
  ];
}

export function hingeQuestionUnits(move: MoveOf<'open-question'>): Unit[] {
  if (!move.hinge) return [];
  if (move.hinge === 'other-person' || move.hinge === 'other-voice') {
    const asked = move.hinge === 'other-voice' ? voiceQuestions : personQuestions;
    const candidates = move.thing ? asked(move.thing, move.named === true) : [];
    return candidates.length > 0 ? [{ key: `open-question:hinge-${move.hinge}`, candidates }] : [];
  }
  if (QUESTIONS[move.hinge].length === 0) return [];
  // (a question about a hinge with no words is invalid: the words are what it is about)
  const said = hingeWords(move, move.hinge);
  if (!said) return [];
  if (move.hinge === 'hidden-question' && OPEN_QUESTION.test(said))
    return [
      {
        key: 'open-question:hinge-not-knowing',
        candidates: [
          'What have you been turning over so far?',
          'What would a first small bit of it look like?',
        ],
      },
    ];
  return [{ key: `open-question:hinge-${move.hinge}`, candidates: QUESTIONS[move.hinge] }];
}
