/**
 * The person's topic as a short noun phrase in their words ("the form", "your mum", "your firm
 * offer"), so a question can name it (issue 17): a blind rater scored questions that could follow
 * anything ("How has that been for you?") as generic, 25+ of 60 replies. Only sure shapes are taken:
 * a determiner, at most one known modifier, one head word that is not a function word; "my" becomes
 * "your". Undefined when nothing sure is there: a wrong noun asked about is worse than no noun.
 */

// only determiners that mark a noun next: "her", "his", "that" also stand alone ("told her the truth")
const DETERMINER = /^(?:my|the|our|your)$/;
// words that follow a determiner without being a thing the person faces
const NOUNISH = `same most least only worst best whole first last other one ones thing things way point end
  rest lot kind sort bit time times day days week moment moments head mind life fault own self idea
  world problem issue stuff fact reason truth answer question case start middle chance feeling
  feelings thought thoughts situation morning night evening afternoon weekend year years month months
  longer sooner later worse better harder easier bigger smaller further age brain brains body`;
const FUNCTION = new Set(
  `and or but so to of in on at for with from by about as is are was were be been will would can
  could should might must do does did have has had not no just really very too also even still
  it its i me you he she they we them him her his their there here that this these those what when
  why how who which if then than up out off over all any some every each more less much many
  already again anymore yet`.split(/\s+/),
);
// chat particles closing a line ("the job sha", "the rent tho"): no thing of theirs
const PARTICLES = `sha sef abi innit lah tho lol lmao haha init ya yeah eh`.split(/\s+/);
const NOT_HEAD = new Set([...NOUNISH.split(/\s+/), ...FUNCTION, ...PARTICLES]);
// what may follow a whole noun phrase: a function word or a common verb ("my wife says", "the form is");
// any other word means the phrase was cut short ("the sad bit", "my wife cooking")
const FOLLOWER = new Set(
  `says said wants wanted keeps kept thinks thought told tells won't wouldn't doesn't didn't isn't wasn't
  can't cannot will would has had got gets goes went never always because cause cos who where
  tomorrow today home`.split(/\s+/),
);
// after "the", a role describes the person themselves ("i'm the parent", "the guy who…"), not a topic
const SELF_ROLE = new Set(
  `guy parent person type idiot loser baby man woman girl boy bloke adult kid one failure problem`.split(
    /\s+/,
  ),
);
// modifiers sure to sit before a noun ("your little cousin", "the new job")
const MODIFIER = new Set(
  `little big new old older younger elder ex first last next final whole driving job phone tax
  bank doctor's dentist council school work uni college university family`.split(/\s+/),
);
// the second word of a compound whose first word is a noun too ("the job application")
const COMPOUND_HEAD = new Set(
  `application applications form forms test return appointment call email emails letter bill bills
  exam exams interview meeting course report essay assignment project page account results offer
  party class job interview dissertation thesis presentation portfolio statement visa license
  licence check`.split(/\s+/),
);
// modifiers that are nouns themselves, so a phrase may stop on them ("the dentist" in "the dentist say")
const NOUN_MODIFIER = new Set(
  `driving job phone tax bank doctor's dentist council school work uni college university family`.split(
    /\s+/,
  ),
);
// a verb straight after a noun modifier means the modifier was the noun ("the dentist say to me")
const VERB_NEXT = new Set(
  `say says said ask asks asked tell tells told want wants wanted think thinks thought call calls called
  send sends sent look looks looked gave give gives make makes made get gets got is was are were`.split(
    /\s+/,
  ),
);
// where the body is ("sat on the floor", "in the chair") is the setting of what they did, not a topic
const POSITION = new Set(
  `floor ground bed sofa couch chair stairs steps carpet pavement kerb wall ceiling dark`.split(/\s+/),
);
const PLACE_PREPOSITION = /^(?:on|onto|in|into|under|off|across|along|around|behind|beside|against|at)$/;
// a hand or a pocket after "in", "on" is where a thing is held ("a glass in my hand"), not a topic
const HELD_IN = new Set(`hand hands lap pocket pockets arm arms mouth`.split(/\s+/));
// an adjective standing for a person or group ("the youngest", "the elderly") names no thing they face;
// a word ending in "est" is a superlative unless it is one of these nouns
const EST_NOUNS = new Set(
  `test tests chest guest guests request interest contest protest forest nest quest vest west harvest
  arrest priest digest fest`.split(/\s+/),
);
const ADJECTIVE_HEAD = new Set(`elderly poor rich dead young old sick unknown`.split(/\s+/));
// parts of set phrases ("your welcome", "my bad", "my god", "the hell"): no topic at all
const IDIOM_HEAD = new Set(`welcome bad god gosh goodness lord hell heck word dear pleasure`.split(/\s+/));
// a thing set beside theirs to measure it ("worse than my brother's funeral", "feels like the
// exam all over again") is the yardstick, not what the worry is about
const COMPARING_BEFORE =
  /^(?:than|compared (?:to|with)|(?:feels?|felt|looks?|looked|sounds?|seems?|seemed|just|same|worse|better|more|exactly) (?:like|as))$/;
// people who only report or measure ("my friends say go out", "my wife already said", "my friend
// already has 15") are mentioned in passing; what they said is the point, not the person
const PERSON = new Set(
  `mum mom mam maw ma dad da mother father parents parent wife husband partner brother brothers sister
  sisters son daughter friend friends mate mates boss teacher teachers manager gf bf girlfriend
  boyfriend family kids kid nan gran grandma grandad aunt uncle cousin cousins doctor gp neighbour
  neighbours colleague colleagues everyone`.split(/\s+/),
);
const REPORTS = new Set(
  `say says said tell tells told think thinks thought reckon reckons keep keeps kept laughed laughs has
  had agrees agreed`.split(/\s+/),
);
// (nor a person set beside theirs later in the line: "buried my brother and didnt cry this much")
const MEASURED_AFTER = /\b(?:(?:this|that|as|so) (?:much|bad|hard)|worse|more than)\b/;
const REPORT_ADVERB = new Set(`already always just also still even never keeps`.split(/\s+/));
const HEAD_WORDS = 3;

const word = (raw: string | undefined) => (raw ?? '').toLowerCase().replace(/[.,!?;:]+$/, '');
// kin by marriage keep their whole name: "your mother" for a mother-in-law is another person
const IN_LAW = /^(?:mother|father|mum|mom|dad|sister|brother|son|daughter|parents)-in-laws?$/;
const headOk = (raw: string) =>
  IN_LAW.test(raw) || (/^[a-z][a-z']{2,}$/.test(raw) && !NOT_HEAD.has(raw) && !/ly$/.test(raw));

/** The first sure noun phrase of one line, turned to the second person. */
export function nounPhraseOf(text: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  for (let index = 0; index < words.length - 1; index += 1) {
    const determiner = word(words[index]);
    if (!DETERMINER.test(determiner) || /[.,!?;:]$/.test(words[index])) continue;
    const first = word(words[index + 1]);
    const second = word(words[index + 2]);
    const firstEnds = /[.,!?;:]$/.test(words[index + 1]);
    const phrase: string[] = [];
    if (!firstEnds && NOUN_MODIFIER.has(first) && VERB_NEXT.has(second)) phrase.push(first);
    else if (
      !firstEnds &&
      (MODIFIER.has(first) || /'s$/.test(first)) &&
      headOk(second) &&
      !/ing$/.test(second)
    )
      phrase.push(first, second);
    else if (!firstEnds && headOk(first) && COMPOUND_HEAD.has(second)) phrase.push(first, second);
    else if (headOk(first) && (!MODIFIER.has(first) || first === 'ex')) phrase.push(first);
    if (phrase.length === 0 || phrase.length > HEAD_WORDS) continue;
    if (determiner === 'the' && SELF_ROLE.has(phrase.at(-1) ?? '')) continue;
    const head = (phrase.at(-1) ?? '').replace(/-in-laws?$/, '');
    const before = word(words[index - 1]);
    if ((POSITION.has(head) || HELD_IN.has(head)) && PLACE_PREPOSITION.test(before)) continue;
    if ((/est$/.test(head) && !EST_NOUNS.has(head)) || ADJECTIVE_HEAD.has(head) || IDIOM_HEAD.has(head))
      continue;
    // what it is not about ("it wasnt the fall. it was her crying", "its not the pages")
    if (/^(?:not|wasnt|wasn't|isnt|isn't|aint|ain't|never)$/.test(before)) continue;
    if (COMPARING_BEFORE.test(before) || COMPARING_BEFORE.test(`${word(words[index - 2])} ${before}`))
      continue;
    // "my mother in law" written apart is one kin word too
    if (
      phrase.length === 1 &&
      word(words[index + 2]) === 'in' &&
      /^laws?$/.test(word(words[index + 3])) &&
      IN_LAW.test(`${first}-in-law`)
    ) {
      phrase.splice(0, 1, `${first}-in-law`);
      words.splice(index + 1, 3, `${words[index + 1]}-in-${words[index + 3]}`);
    }
    const last = words[index + phrase.length];
    const next = word(words[index + phrase.length + 1]);
    const closed =
      /[.,!?;:]$/.test(last ?? '') ||
      next === '' ||
      FUNCTION.has(next) ||
      FOLLOWER.has(next) ||
      VERB_NEXT.has(next);
    if (!closed) continue;
    // one of a list ("the wife's doing the books and the kids"): a passing detail, not the topic
    if (next === 'and' && DETERMINER.test(word(words[index + phrase.length + 2]))) continue;
    if (before === 'and' && [2, 3].some((back) => DETERMINER.test(word(words[index - back])))) continue;
    const then = word(words[index + phrase.length + 2]);
    if (PERSON.has(head) && (REPORTS.has(next) || (REPORT_ADVERB.has(next) && REPORTS.has(then)))) continue;
    const rest =
      words
        .slice(index + phrase.length + 1)
        .join(' ')
        .split(/[.!?]/)[0] ?? '';
    if (PERSON.has(head) && MEASURED_AFTER.test(rest.toLowerCase())) continue;
    const owner = determiner === 'my' ? 'your' : determiner === 'our' ? 'your' : determiner;
    return `${owner} ${phrase.join(' ')}`;
  }
  return undefined;
}

/** The topic of this turn, else of the latest earlier line that names one. */
export function topicPhrase(lines: readonly string[]): string | undefined {
  for (const line of [...lines].reverse()) {
    const phrase = nounPhraseOf(line);
    if (phrase) return phrase;
  }
  return undefined;
}

/**
 * What a reply's question is about: this turn's own topic, else the task they named, unless this
 * turn is about how they feel and does not speak of the task. Why: "What's on your mind about the
 * forms?" to a turn about shame at asking the skipper (fresh v20, rated 2) named an earlier noun,
 * not what they had just said; a turn still on the task without naming it ("In practice my hands
 * become cold") is about the task. Undefined: ask without a noun.
 */
export function replyTopic(
  lastTurn: string,
  task: { object: string } | undefined,
  turn: { speaksOfTask: boolean; aboutFeeling: boolean },
): string | undefined {
  const now = nounPhraseOf(lastTurn);
  if (now) return now;
  return task && (turn.speaksOfTask || !turn.aboutFeeling) ? topicPhrase([task.object]) : undefined;
}
