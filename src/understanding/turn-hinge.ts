/**
 * What a turn turns on (issue 17, round 14): the one thing a skilled listener takes up instead of a
 * stock probe. Human reference replies that rated 4.8 of 5 answered the "but" side of a contrast, the
 * outcome feared, the person who is in it with them, what they already tried, what rides on it, or a
 * question hidden in a statement ("no idea if its even worth it"); tinystep's stock shapes rated
 * 1.6–2.0. Each hinge carries its words as written (first person: the realizer changes person and
 * verb agreement), so a reply can be about the hinge itself, not a noun of the turn.
 */
import type { HingeKind, HingeObservation, Span } from '../spec/observation.ts';

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

// "no idea if its even worth it", "not sure whether i should bother": a question they are asking
// themselves, said as a statement
const HIDDEN_QUESTION =
  /\b(?:(?:no idea|not sure|unsure|idk|(?:i )?(?:do not|don'?t|dont) (?:even |really )?know|dunno|can'?t tell|cant tell)\s+(if|whether|what to do|where to start|how to start|(?:what|how|where|who|why|when) (?=(?:i|i'?ll|ill|i'?d|id|i'?m|im|we|they|he|she|it|its)\s))|(?:i wonder|wondering)\s+(if|whether)\b)\s*/i;

// a feared outcome: said as a fear ("scared they'll laugh"), a "what if", or as what someone will
// think or do ("she'll think im having a laugh")
const FEARED_WORD =
  /\b(?:what if|in case|scared|afraid|terrified|worried|frightened|petrified|paranoid|dreading|dread)\s+(?:that\s+|of\s+(?=\w+ing\b))?(?=(?:i|i'?m|im|i'?ll|they|they'?ll|he|he'?ll|she|she'?ll|we|it|it'?ll|people|everyone|everybody|someone|somebody|nobody|no one|noone|my|the|its|he'?s|she'?s|they'?re|\w+ing)\b)/i;
const FEARED_OTHERS =
  /\b(?:they|he|she|people|everyone|everybody|someone|my \w+|the \w+)(?:'ll| will| would| might| could|'d| are gonna| is gonna| gonna| are going to| is going to)\s+(?:just\s+|probably\s+|prob\s+|all\s+|definitely\s+)?(?:think|say|laugh|judge|notice|know|hate|find out|tell|shout|fire|sack|kick|get|split|take|stop|leave|blame|report|see (?:me|that|how|it)|be (?:angry|mad|disappointed|upset|annoyed|cross|furious|gone|better off))\b|\bi don'?t want (?:him|her|them|my \w+|the \w+|anyone|people|everyone) (?:to )?\w+ing\b|\b(?:they|he|she|people|everyone|everybody)(?:'ll|'d| will| would| might| could| can)\s+(?:just\s+|probably\s+|all\s+)?[a-z]+ (?:me|us|the \w+)\b/i;
// what they don't want to happen: "i dont want to lose the friendship over money"
const NOT_WANTED =
  /\bi (?:do not|don'?t|dont|really don'?t|really dont) want to (?=(?:lose|be|look|seem|upset|hurt|bother|burden|worry|let|end up|ruin|mess|disappoint|fail|make)\b)/i;

// the side of a contrast that weighs: "i know i should … but then she'll think …"; not a bare
// "but not today", "but yeah", "but idk", "but i guess"
const CONTRAST = /(?:^|[\s,])(?:but|except)\s+(?:then\s+|like\s+|honestly\s+|tbh\s+)?/gi;
const CONTRAST_EMPTY =
  /^(?:not\b|yeah|yea|ye|idk|i guess|i suppose|anyway|whatever|still|ok|okay|yes|no\b|thats|that's|its fine|it's fine|i dunno|dunno)/i;

// someone who is in it with them: a person of theirs, by role
const OTHER_PERSON =
  /\b(my|our|the)\s+(?:late\s+|old\s+|new\s+|own\s+)?(mum|mom|mam|mother|dad|father|parents|folks|wife|husband|partner|boyfriend|girlfriend|bf|gf|ex|sister|brother|sis|son|daughter|kids|children|boss|manager|landlord|landlady|teacher|tutor|supervisor|lecturer|best friend|friend|mate|nan|nana|gran|grandma|gran(?:d)?dad|grandad|family|colleague|flatmate|housemate|roommate|doctor|gp|coach|uncle|aunt|auntie|cousin|in-laws|fianc[eé]e?|neighbour|neighbor|line manager|team lead|therapist|counsellor)\b/i;

// what they already tried: "i tried", "i've already asked", "i did ring them", "done that"
const TRIED =
  /\b(?:(?:i|ive|i'?ve|i have)\s+(?:already\s+|even\s+|just\s+)?(?:tried|considered|done that|asked|rang|called|emailed|applied|messaged|texted|looked into|been to|went to)|i\s+already\s+\w+|i did (?:try|ask|ring|call|email|apply|message|text|go)|(?:i )?(?:did that|done that|went once|went to one)|(?:i|ive|i'?ve) (?:rehearsed|practised|practiced|read all|checked))\b/i;

// what rides on it: "if i fail it im off the crane", "i need it for the job", "or i lose the flat"
const STAKES =
  /\b(?:if (?:i|we|they|he|she|it) [^,.!?\n]{2,40}?,? (?:i|we|they|he|she|it|its|it'?s|thats|that'?s)(?:'ll| will| can'?t| cant| won'?t| wont|'d| would| lose| lost| get| are| is|s)? [^.!?\n]{2,50}|if i (?:fail|don'?t|dont|lose|miss|can'?t|cant|drop|quit|stop|mess (?:it |this )?up|get it wrong|write bad|say no|tell)\b[^.!?\n]{2,60}|(?:or|otherwise|else) (?:i|we)(?:'ll| will| could| might)? (?:lose|get (?:kicked|sacked|fired|evicted)|be (?:out|off|evicted|homeless))\b|i need (?:it|this|that|the \w+) for (?:the|my) \w+|(?:is |are |its |it'?s )?due (?:the|in|on|by|next|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|end)\b[^.!?\n]{0,40}|(?:my|the) (?:job|visa|flat|house|licence|license|degree|place|rent) (?:depends|is riding|rides) on)/i;

// a feeling said as a picture of what it is like: "it feels like im signing him away"
const FEELS_LIKE =
  /\b(?:it |this |that )?(?:feels|felt) like\s+(?=(?:i|i'?m|im|everyone|nobody|no one|they|he|she|its|it'?s|the|my|a)\b)/i;

// "its not the washing its the whole chain": the part they put aside, and then the point
const NOT_THIS_BUT_THAT =
  /\b(?:it'?s|its|it is) not (?:the |about |really )?[^.!?,]{1,30}?,?\s*(?:it'?s|its|it is)\s+/i;

// a wall: even the smallest part is out of reach ("i cant even open the doc")
const WALL = /\bi (?:can'?t|cant|cannot|can barely|could'?nt|couldnt) even\s+|\bi can barely\s+/i;

// a feeling where it is felt: "i walk past them every morning and feel quite sick"
const FEEL =
  /\b(?:and|i|just|still) (?:feel|felt) (?:like |quite |so |really |a bit |kind of |kinda )?(?=[a-z])/i;

// what it means to them: "it means maybe i am really not good anymore", "like admitting he's going",
// "makes me feel like a kid again"
const MEANING =
  /\b(?:(?:it|that|which|this) (?:just )?means (?:that )?|(?<=\w\s)(?:its|it'?s) like (?=(?:i|i'?m|im|they|they'?re|theyre|he|she|everyone|nobody|my)\b)|(?:it'?s |its )?like admitting (?:that )?|makes? me feel (?:like )?|i felt (?:like |that )?(?=i\b))/i;

// what they say the point is: "the thing is …", "the worst part is …", "its the other people watching"
const CRUX =
  /\b(?:(?:the |thing is|the thing is|problem is|the problem is|the worst (?:part |bit |thing )?is|the hard(?:est)? (?:part |bit |thing )?is|what gets me is|the issue is|the real issue is)\s*(?:that\s+)?(?<=is\s|is that\s|thing is )|(?:it'?s|its) (?=\w+ing\b)(?!nothing|something|anything|everything|boring|amazing|annoying)|(?:it'?s|its) (?:not \w+[^.!?]{0,30}?,?\s*(?:it'?s|its) |more |really |just )?the (?=\w+ (?:\w+ )?(?:\w+ing|of|that|who|when)\b))/i;

// giving up on it in a few words: "better i dont write", "like whatever i guess", "no point really"
const RESIGNED =
  /^\W*(?:(?:like |ok |okay |yeah |ye |well |so |meh |eh )?(?:whatever|nevermind|never mind|forget it|no point(?: really| anyway)?|doesn'?t matter(?: anyway)?|it is what it is|what'?s the point|whats the point|might as well not bother|(?:maybe )?(?:(?:it'?s|it is|its) )?better (?:i|if i) (?:don'?t|dont|do not)(?: \w+){0,3}|i'?ll just leave it|just leave it|or i could not|or not)(?:,? (?:i guess|i suppose|really|anyway|then|tbh|honestly|lol))*)\W*$/i;

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

// a clause that opens on who or what does something
const SUBJECT_START =
  /^(?:i|i'?m|im|i'?ve|ive|i'?d|i'?ll|he|she|they|we|it|its|it'?s|he'?s|she'?s|they'?re|theyre|there'?s|theres|my|our|his|her|their|the|everyone|everybody|nobody|no one|people|someone|then|now|this|that|part of me|deep down|every time|each time|whenever|when)\b/i;

// "its the head going thats the problem": the point without its label
const PROBLEM_LABEL =
  /,?\s+(?:that'?s|thats|is|that is|which is)\s+(?:the|my)\s+(?:problem|issue|thing|bit|part)$/i;

function crux(text: string): Found | undefined {
  const found =
    afterMatch(text, NOT_THIS_BUT_THAT, 'crux') ?? afterMatch(text, CRUX, 'crux', CRUX_KEEP(text));
  if (!found) return undefined;
  const words = found.words.replace(PROBLEM_LABEL, '');
  return words.split(/\s+/).length >= MIN_WORDS ? { ...found, words } : undefined;
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

// "i dont want to lose the friendship" is feared as "losing the friendship": the verb as it is said after "the fear is"
const GERUNDS: Record<string, string> = {
  lose: 'losing',
  be: 'being',
  look: 'looking',
  seem: 'seeming',
  upset: 'upsetting',
  hurt: 'hurting',
  bother: 'bothering',
  burden: 'burdening',
  worry: 'worrying',
  let: 'letting',
  end: 'ending',
  ruin: 'ruining',
  mess: 'messing',
  disappoint: 'disappointing',
  fail: 'failing',
  make: 'making',
};

function notWanted(text: string): Found | undefined {
  const found = afterMatch(text, NOT_WANTED, 'feared-outcome');
  if (!found) return undefined;
  const [verb = '', ...rest] = found.words.split(' ');
  const gerund = GERUNDS[verb.toLowerCase()];
  return gerund ? { ...found, words: [gerund, ...rest].join(' ') } : undefined;
}

// "what if i go and im terrible at it": the fear is the part after the "and"
const FEARED_PART =
  /\band (?=(?:i|i'?m|im|i'?ll|they|they'?re|he|she|it|everyone|everybody|nobody|no one)\b)/i;

// "who wants a porter of 52 in an office": a verdict on themselves asked as a question, feared as
// "nobody wants a porter of 52 in an office"
const WHO_WANTS =
  /\bwho(?:'s| is)? (?:gonna |going to )?(wants?|would want|'d want|needs?|would need|hires?|would hire|'d hire|would pick|picks|would choose|cares?|would care|listens?|would listen|buys|would buy|is retraining|would retrain|takes on|would take on)\s+/i;
const NOBODY_VERB: Record<string, string> = {
  want: 'wants',
  need: 'needs',
  hire: 'hires',
  care: 'cares',
  listen: 'listens',
};

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

// a person whose words are in the turn: "my sister says", "my dad keeps telling me"
const SAYS =
  /^(?:'s|s)?\s+(?:(?:just|still|also|always|even|keeps?)\s+)?(?:says|said|say|thinks|keeps? saying|keeps? telling|told|tells|is saying|was saying|reckons)\b/i;

// what follows a person who does something: a verb, or a helping verb
const DOES_SOMETHING =
  /^(?:'s|s)?\s+(?:(?:just|still|also|never|always|really|even|keeps?|already)\s+)?(?:is|was|are|were|has|had|have|says|said|say|thinks|thought|keeps|wants|knows|doesn'?t|didn'?t|dont|doesnt|didnt|won'?t|wont|can'?t|cant|would|will|could|[a-z]+s|[a-z]+ed)\b/i;

// the roles people name with "the" and mean their own: "the wife's doing the books"
const THE_ROLES = /^(?:wife|husband|kids|boss|missus|mrs|old man|family|landlord|landlady)$/i;

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
