/**
 * What a turn turns on (issue 17, round 14): the one thing a skilled listener takes up instead of a
 * stock probe. Human reference replies that rated 4.8 of 5 answered the "but" side of a contrast, the
 * outcome feared, the person who is in it with them, what they already tried, what rides on it, or a
 * question hidden in a statement ("no idea if its even worth it"); tinystep's stock shapes rated
 * 1.6–2.0. Each hinge carries its words as written (first person: the realizer changes person and
 * verb agreement), so a reply can be about the hinge itself, not a noun of the turn.
 */
import type { HingeKind, HingeObservation, Span } from '../spec/observation.ts';
import {
  CONTRAST,
  CONTRAST_EMPTY,
  CRUX,
  DOES_SOMETHING,
  FEARED_OTHERS,
  FEARED_PART,
  FEARED_WORD,
  FEEL,
  FEELS_LIKE,
  GERUNDS,
  HIDDEN_QUESTION,
  MEANING,
  NOBODY_VERB,
  NOT_THIS_BUT_THAT,
  NOT_WANTED,
  OTHER_PERSON,
  PROBLEM_LABEL,
  RESIGNED,
  SAYS,
  STAKES,
  SUBJECT_START,
  THE_ROLES,
  TRIED,
  WALL,
  WHO_WANTS,
} from './turn-hinge-patterns.ts';

// where a hinge clause stops: the end of its sentence, or a new clause joined on
const CLAUSE_END =
  /[.!?\n;]|,\s*(?:and|but|so|because|cos|coz|cuz|or)\b|\s(?:because|cos|coz|cuz|so that|which is|which means)\s|\s(?:lol|haha|lmao)\b/i;
// a hinge said back is one short line: longer, it would be a parrot of the turn
const MAX_WORDS = 16;
const MIN_WORDS = 2;

/** The clause starting at `from`, cut at its end and trimmed: its text and span, or undefined. */
function clauseFrom(
  text: string,
  from: number,
  least = MIN_WORDS,
): { words: string; span: Span } | undefined {
  const rest = text.slice(from);
  const end = CLAUSE_END.exec(rest);
  let words = (end ? rest.slice(0, end.index) : rest).trim();
  // a clause that runs on through commas ("people will say, what will your khala say, you are 27")
  // is talk, not one hinge: said back inside our frame it read as garbled
  if (/,\s*\S+[^,]*,/.test(words) || /["“”]/.test(words)) return undefined;
  const count = words.split(/\s+/).filter(Boolean).length;
  if (count < least || count > MAX_WORDS) return undefined;
  // (a tag on the end, "its not about me is it", is their aside, not the hinge)
  words = words.replace(/[\s,;:'"-]+$/u, '').replace(/,?\s+(?:is it|isn'?t it|isnt it|innit|eh|right)$/i, '');
  const start = from + rest.indexOf(words);
  return { words, span: [start, start + words.length] };
}

type Found = { hinge: HingeKind; words: string; span: Span; who?: string };

/** Giving up said as a whole sentence of the turn ("Maybe it is better I do not write. He has his life."). */
function resigned(text: string): Found | undefined {
  let at = 0;
  for (const sentence of text.split(/(?<=[.!?\n])/)) {
    if (RESIGNED.test(sentence)) {
      const words = sentence.trim();
      const start = at + sentence.indexOf(words);
      return { hinge: 'resigned', words, span: [start, start + words.length] };
    }
    at += sentence.length;
  }
  return undefined;
}

function afterMatch(
  text: string,
  pattern: RegExp,
  hinge: HingeKind,
  keep: string | undefined = '',
): Found | undefined {
  const found = pattern.exec(text);
  if (!found) return undefined;
  // (words kept from the match count towards the clause: "i feel" + "sick")
  const clause = clauseFrom(text, found.index + found[0].length, keep ? 1 : MIN_WORDS);
  if (!clause) return undefined;
  return { hinge, words: `${keep}${clause.words}`, span: clause.span };
}

/** Where the clause holding `at` starts: after the last sentence end, comma or joining word before it. */
function clauseStart(text: string, at: number): number {
  const starts = [...text.slice(0, at).matchAll(/[.!?\n;,]\s*|(?:^|\s)(?:and|but|so|tho|though)\s+/gi)];
  const last = starts.at(-1);
  return last ? (last.index ?? 0) + last[0].length : 0;
}

// a clause with its own subject: a pronoun or "my/his/her …" person, then a verb or a helping verb
const FULL_CLAUSE =
  /^(?:i|i'?m|im|i'?ve|ive|you|u|he|she|we|they|it|everyone|everybody|nobody|no one)\s+(?:(?:just|still|never|always|really|even|already|used to|cant|can'?t|dont|don'?t|didnt|didn'?t|wont|won'?t)\s+)?[a-z']+/i;

const IT_IS = /^(?:it'?s|its|it is)\s+/i;

function crux(text: string): Found | undefined {
  const found =
    afterMatch(text, NOT_THIS_BUT_THAT, 'crux') ?? afterMatch(text, CRUX, 'crux', CRUX_KEEP(text));
  if (!found) return undefined;
  const said = found.words.replace(PROBLEM_LABEL, '');
  // a full clause ("the problem is i cant sleep") is said as one: "it's that you can't sleep", never
  // "it's you can't sleep" (the lead's r19 class; the language check counts the bare form)
  // ("the worst part is its every night": the frame has its own "it's", so theirs is not said twice)
  const words = IT_IS.test(said) ? said.replace(IT_IS, '') : FULL_CLAUSE.test(said) ? `that ${said}` : said;
  return said.split(/\s+/).length >= MIN_WORDS ? { ...found, words } : undefined;
}

function contrastSide(text: string): Found | undefined {
  for (const found of text.matchAll(CONTRAST)) {
    const from = (found.index ?? 0) + found[0].length;
    if (CONTRAST_EMPTY.test(text.slice(from))) continue;
    const clause = clauseFrom(text, from);
    // the side that weighs names someone doing or being something, not a lone noun ("but a dentist
    // chair no chance") nor a question ("but how can i say no"), which is theirs to be asked back
    if (!clause || clause.words.split(/\s+/).length < 3 || !SUBJECT_START.test(clause.words)) continue;
    return { hinge: 'contrast-side', ...clause };
  }
  return undefined;
}

function notWanted(text: string): Found | undefined {
  const found = afterMatch(text, NOT_WANTED, 'feared-outcome');
  if (!found) return undefined;
  const [verb = '', ...rest] = found.words.split(' ');
  const gerund = GERUNDS[verb.toLowerCase()];
  return gerund ? { ...found, words: [gerund, ...rest].join(' ') } : undefined;
}

function whoWants(text: string): Found | undefined {
  const found = WHO_WANTS.exec(text);
  // ("who is retraining me": one word after the verb is enough, the verb carries it)
  const clause = found ? clauseFrom(text, found.index + found[0].length, 1) : undefined;
  if (!found?.[1] || !clause) return undefined;
  const verb = found[1].replace(/^'d /, 'would ').replace(/^is retraining$/, 'would retrain');
  return {
    hinge: 'feared-outcome',
    span: clause.span,
    words: `nobody ${NOBODY_VERB[verb] ?? verb} ${clause.words}`,
  };
}

function othersWill(text: string): Found | undefined {
  const others = FEARED_OTHERS.exec(text);
  if (!others) return undefined;
  const clause = clauseFrom(text, others.index);
  return clause ? { hinge: 'feared-outcome', ...clause } : undefined;
}

function feared(text: string): Found | undefined {
  // (what someone will do comes before what they don't want to be: "he'll just raise the rent … i dont
  // want to BE one" turns on the rent)
  const said =
    afterMatch(text, FEARED_WORD, 'feared-outcome') ?? othersWill(text) ?? notWanted(text) ?? whoWants(text);
  const part = said ? FEARED_PART.exec(said.words) : null;
  if (said && part) {
    const at = part.index + part[0].length;
    const words = said.words.slice(at);
    const start = said.span[0] + at;
    return { ...said, words, span: [start, start + words.length] };
  }
  if (said) return said;
  return undefined;
}

function otherPerson(text: string): Found | undefined {
  const found = OTHER_PERSON.exec(text);
  if (!found?.[1] || !found[2]) return undefined;
  // ("the" only for a role that is theirs: "the wife", "the kids", "the boss"; not "the doctor")
  if (found[1].toLowerCase() === 'the' && !THE_ROLES.test(found[2])) return undefined;
  // the person is in it when they do or say something in the turn ("my dad loves coming to watch"),
  // not when they are only where it happens ("taking my kids to school")
  if (!DOES_SOMETHING.test(text.slice(found.index + found[0].length))) return undefined;
  const owner = found[1].toLowerCase() === 'our' ? 'our' : 'my';
  const who = `${owner} ${found[2].toLowerCase()}`;
  // (someone's voice in it, "my sister says i should…": heard as what it is like to hear it)
  const voice = SAYS.test(text.slice(found.index + found[0].length));
  return {
    hinge: voice ? 'other-voice' : 'other-person',
    words: who,
    span: [found.index, found.index + found[0].length],
    who,
  };
}

function tried(text: string): Found | undefined {
  const found = TRIED.exec(text);
  if (!found) return undefined;
  const clause = clauseFrom(text, found.index);
  return clause ? { hinge: 'tried-already', ...clause } : undefined;
}

function stakes(text: string): Found | undefined {
  const found = STAKES.exec(text);
  if (!found) return undefined;
  // ("rent is due the 1st": said from its subject, at the start of its clause)
  const clause = clauseFrom(
    text,
    /^(?:is |are |its |it'?s )?due\b/i.test(found[0]) ? clauseStart(text, found.index) : found.index,
  );
  return clause ? { hinge: 'stakes', ...clause } : undefined;
}

// "and feel quite sick" said back keeps its "feel": "you feel quite sick"
const FEEL_KEEP = (text: string): string => {
  const found = FEEL.exec(text);
  return found ? `i ${found[0].replace(/^(?:and|i|just|still)\s+/i, '')}` : '';
};

// "its the other people watching me" keeps its "the": the hinge is a noun phrase with what it does
const CRUX_KEEP = (text: string): string => {
  const found = CRUX.exec(text);
  return found && /the\s*$/i.test(found[0]) ? 'the ' : '';
};

function hiddenQuestion(text: string): Found | undefined {
  const found = HIDDEN_QUESTION.exec(text);
  const asked = (found?.[1] ?? found?.[2])?.toLowerCase();
  if (!found || !asked) return undefined;
  if (asked === 'if' || asked === 'whether')
    return afterMatch(text, HIDDEN_QUESTION, 'hidden-question', `${asked} `);
  // "i dont know what to do": the question is the words themselves
  const at = found.index + found[0].toLowerCase().indexOf(asked);
  return { hinge: 'hidden-question', words: asked, span: [at, at + asked.length] };
}

/**
 * The hinges of a turn as written, most telling first: a question they ask themselves, a feared
 * outcome, the weighing side of a contrast, what rides on it, what they tried, a feeling pictured,
 * someone in it with them. At most one of each kind.
 */
export function turnHingesOf(text: string): HingeObservation[] {
  const found = [
    hiddenQuestion(text),
    feared(text),
    contrastSide(text),
    stakes(text),
    tried(text),
    afterMatch(text, FEELS_LIKE, 'feeling', 'it feels like ') ?? afterMatch(text, MEANING, 'meaning'),
    crux(text),
    afterMatch(text, WALL, 'wall'),
    afterMatch(text, FEEL, 'feeling', FEEL_KEEP(text)),
    otherPerson(text),
    resigned(text),
  ];
  const kinds = new Set<HingeKind>();
  return found.flatMap((item) => {
    if (!item || kinds.has(item.hinge)) return [];
    kinds.add(item.hinge);
    return [
      {
        kind: 'hinge' as const,
        hinge: item.hinge,
        words: item.words,
        ...(item.who ? { who: item.who } : {}),
        span: item.span,
      },
    ];
  });
}
