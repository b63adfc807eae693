/**
 * Phrase banks for listening (issue 17): a clause of the person's said back in our voice, and the
 * reflections built from it (questions: phrases-questions.ts; a feeling, affirmations, summaries and
 * permission: phrases-affirm-summarize.ts; a topic's validation and scope: phrases-topic.ts).
 * Every slot comes from the move; a slot that says nothing gives no sentence, never a stand-in.
 */
import type { MoveOf, PersonClause } from '../spec/move.ts';
import { toSecondPerson } from '../text/person.ts';
import type { Unit } from './chooser.ts';
import { repairClause } from './clause-repair.ts';
import { meaningOf } from './meaning-of-clause.ts';
import { hingeReflectionUnits } from './phrases-hinge.ts';
import { upperFirst } from './text-tools.ts';

export const LISTEN_OPENERS = ['Okay,', 'I hear you:', 'Right,', 'Mm,'];
export const QUESTION_OPENERS = ['And', 'So,', 'Okay,', 'Now,', 'Can I ask,'];

/** The person's clause said back ("I can't make myself open it" → "you can't get yourself to open it"). */
const JUDGED_ADJECTIVES =
  /^(?:foolish|silly|selfish|weak|stupid|lazy|useless|pathetic|ridiculous|dramatic|needy|hopeless|worthless|incompetent)$/;

// said back in the contracted form people speak in: "So you are 3 nurses short", "you do not use
// screens" read to the v16 rater as stiff; only before another word ("that's what you are" stays)
const CONTRACTIONS: [RegExp, string][] = [
  [/\byou are (?=[a-z0-9])/gi, "you're "],
  [/\byou do not (?=[a-z])/gi, "you don't "],
  [/\byou did not (?=[a-z])/gi, "you didn't "],
  [/\byou have not (?=[a-z])/gi, "you haven't "],
  [/\byou can not (?=[a-z])|\byou cannot (?=[a-z])/gi, "you can't "],
  // ("it is" only opening the clause: "the reason you missed it is…" keeps its object whole)
  [/^(it|that|there|he|she) is not (?=[a-z])/i, "$1 isn't "],
  [/^it is (?=[a-z])(?!not\b)/i, "it's "],
];

function contracted(text: string): string {
  // a word in capitals is their emphasis: left as they put it
  if (/\b(?:ARE|NOT|IS|DO)\b/.test(text)) return text;
  return (
    CONTRACTIONS.reduce((said, [pattern, short]) => said.replace(pattern, short), text)
      // "if I am honest" is their aside: said back as "if you're honest" it reads as doubting them
      .replace(/,?\s+(?:if you(?:'re| are) honest|to be honest|honestly)$/i, '')
  );
}

const LEADING_THAT =
  /^that (?=(?:the|my|your|his|her|their|our|he|she|they|you|i|we|it'?s|everyone|everybody|people|nobody|no one|someone|somebody)\b)/i;

export function saidBack(clause: PersonClause | undefined): string {
  if (!clause) return '';
  // an answer given as a bare "that"-clause ("That the assessors will watch my hands"): every frame brings its own
  // "that", so theirs is left off ("the thought that that the assessors…", blind v36 end, round 19)
  const said = contracted(repairClause(toSecondPerson(clause.text))).replace(LEADING_THAT, '');
  // a quote they opened and the clause cut off would be left unpaired in our sentence
  return (said.match(/"/g) ?? []).length % 2 === 0 ? said : said.replace(/"/g, '');
}

// two pulls at once, heard as both sides in our words: their line is not said back (said back it
// read as a parrot, and "which is what you wanted but also not" as garble)
const BOTH_SIDES: Record<'mixed' | 'torn' | 'shrug' | 'capable', string[]> = {
  // (the bind said in our words: the thing they are good at said back alone read as the wrong half)
  capable: [
    "So you're sure of yourself with things most people would find hard, and this one still knocks you sideways.",
    'It sounds like you can handle a lot, which makes it all the more frustrating that this one thing stops you.',
    "So it isn't that you can't cope with hard things; it's this one in particular that gets to you.",
  ],
  // (a shrug after something that plainly mattered: allowed to care, not argued with)
  shrug: [
    "Fair enough. Though it would make sense to care, and you're allowed to.",
    "Okay. It sounds like it got to you more than you'd like, and that's allowed.",
  ],
  mixed: [
    "So part of you wants it this way, and part of you doesn't.",
    'It sounds like you feel two ways about it at once, and both make sense.',
    "So part of you is for it and part of you isn't, both at the same time.",
  ],
  torn: [
    'So whichever way you go, it costs you something.',
    "It sounds like you're caught between two choices, and neither one feels right.",
    'So both ways have a catch, and you can see each of them.',
  ],
};

export function reflectClauseUnits(move: MoveOf<'reflect-clause'>): Unit[] {
  if (move.depth === 'mixed' || move.depth === 'torn' || move.depth === 'shrug' || move.depth === 'capable')
    return [{ key: `reflect-clause:${move.depth}`, candidates: BOTH_SIDES[move.depth] }];
  if (move.depth === 'reported') return reportedUnits(move);
  if (move.depth === 'hinge') return hingeReflectionUnits(move);
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
        // (not "…, and it's left you feeling X": a cause we supply, which raters found mechanical and at
        // times pinned on the wrong thing; the feeling is said beside what they said, round 14 lead classes)
        `It sounds like ${said}, and you're feeling ${move.feeling}.`,
        `You sound ${move.feeling}: ${said}.`,
        `${upperFirst(said)}. You sound ${move.feeling}.`,
        `So ${said}, and you're feeling ${move.feeling} right now.`,
        `${upperFirst(said)}, and you're feeling ${move.feeling}.`,
      ];
      break;
    case 'judgement': {
      // a verdict with no one harsh word ("i ruin everything"), or a bare "im useless": the pain and
      // the harshness, never the verdict back
      if (!move.feeling) {
        candidates = [
          "It sounds like you're being really hard on yourself right now.",
          "That's a painful thing to feel about yourself, and you're being really hard on yourself.",
          "I hear how hard you're being on yourself right now.",
        ];
        break;
      }
      const word = move.feeling;
      // a harsh adjective said of themselves ("I feel rather foolish") is gently not agreed with, never
      // said back as fact (raters: "repeats 'foolish' without countering it")
      if (JUDGED_ADJECTIVES.test(word)) {
        candidates = [
          `It doesn't sound ${word} to me, it sounds like something that's genuinely hard.`,
          `I don't hear anything ${word} in that, just something that's been hard.`,
        ];
        break;
      }
      candidates = [
        "It sounds like you're being really hard on yourself right now.",
        `It sounds like the "${word}" thought is loud right now.`,
        `I hear how hard you're being on yourself, calling yourself ${withArticle(word)}.`,
        'It sounds like part of you is judging yourself harshly right now.',
        `That "${word}" voice sounds harsh, and it sounds like it's been loud lately.`,
      ];
      break;
    }
    case 'doubt': {
      // "maybe I'm not cut out for this" is a fear, never agreed with as fact
      const feared = said.replace(/^(?:maybe|perhaps|probably),?\s+/i, '');
      // a clause after "maybe they're right" is their criticism half accepted: heard as that
      candidates =
        feared === said
          ? [
              'It sounds like what they said has got under your skin, enough that part of you believes it.',
              'It sounds like their criticism has stuck, and part of you has started to believe it.',
            ]
          : [
              `Part of you wonders whether ${feared}.`,
              `It sounds like part of you is afraid that ${feared}.`,
              `There's a worry in there that ${feared}.`,
            ];
      break;
    }
    case 'misfit':
      // what they said back as the reason the idea just offered doesn't fit: the idea conceded, not defended
      candidates = [
        `So ${said}, which rules that one out.`,
        `${upperFirst(said)}, so that idea doesn't really fit.`,
        `Fair enough: ${said}, so that wouldn't really work.`,
      ];
      break;
    case 'meaning':
      // the meaning in fresh words from the clause's own shape ("you can't stop" → "part of you wants to
      // stop…"); else the clause said back plainly: a stock weight stitched on ("That's a lot to carry.",
      // "That sounds really wearing.") was rated 2 again and again on v31/v32 as "parroting with a stock
      // phrase", and says nothing of theirs (round 18)
      candidates = meaningOf(said);
      if (candidates.length === 0) candidates = plainSayBack(said);
      break;
    default: {
      // a plain say-back turned to its meaning where the clause's shape makes that sure (a complex
      // reflection in fresh words, not the clause again)
      const meant = move.depth === 'simple' ? meaningOf(said) : [];
      candidates = meant.length > 0 ? meant : plainSayBack(said);
    }
  }
  // once every weight sentence has been said in the session, the clause is said back plainly rather than
  // with a stock feeling stitched on (round 14 lead classes: "…, and that's been hard" read as mechanical)
  // (and a meaning sentence already said in the session gives way to the clause said back plainly)
  const weighted = move.depth === 'feeling' || move.depth === 'meaning' || move.depth === 'simple';
  const fallbacks = weighted ? [`It sounds like ${said}.`, `So ${said}.`] : undefined;
  return [
    {
      key: `reflect-clause:${move.depth}`,
      candidates,
      openers: LISTEN_OPENERS,
      ...(fallbacks ? { fallbacks } : {}),
    },
  ];
}

/** The clause said back as it is, in a listener's frame. */
function plainSayBack(said: string): string[] {
  return [
    `It sounds like ${said}.`,
    `So ${said}.`,
    `${upperFirst(said)}.`,
    // (no "I hear that …": v27's rater read it as a template wrapped round a fragment; "Right, so"
    // takes its place in the order, so other picks keep their phrasing)
    `Right, so ${said}.`,
    `You're saying ${said}.`,
  ];
}

// who said it, as the object of "from": "he" → "him"; "my dad" → "your dad"
const OBJECT_FORMS: Record<string, string> = { he: 'him', she: 'her', they: 'them', we: 'us' };

/**
 * A harsh word someone else said of them: the hurt of hearing it from that person, the word itself
 * neither said back (read as agreeing) nor taken as their own verdict.
 */
function reportedUnits(move: MoveOf<'reflect-clause'>): Unit[] {
  const speaker = move.speaker?.text.trim().toLowerCase();
  if (!speaker) return [];
  const named = move.speaker?.text.trim() ?? '';
  // a name keeps its capital ("Dave"); "my mum" is said back as "your mum"
  const from =
    OBJECT_FORMS[speaker] ??
    (/^[A-Z]/.test(named) && !/^(?:My|Our)\b/.test(named) ? named : saidBack({ text: named, span: [0, 0] }));
  if (!from) return [];
  return [
    {
      key: 'reflect-clause:reported',
      candidates: [
        `That's a painful thing to hear from ${from}.`,
        `Hearing that from ${from} would sting anyone.`,
        `That must hurt, coming from ${from}.`,
      ],
    },
  ];
}

/** "failure" → "a failure", "idiot" → "an idiot"; words that take no article stay bare. */
function withArticle(word: string): string {
  if (/^(?:useless|stupid|lazy|hopeless|worthless|incompetent|pathetic|not good enough)$/i.test(word))
    return word;
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
