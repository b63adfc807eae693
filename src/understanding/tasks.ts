import type { TaskDomain, TaskObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import { LETTER_TASK_GATES, readLetterTask } from './letter-task.ts';
import { matchesOf } from './matches.ts';

const NOUNS: [TaskDomain, string][] = [
  [
    'code',
    'scripts?|functions?|code|codebase|bugs?(?! (?:me|us)\\b)|pull requests?|prs?|repo|commits?|tickets?|unit tests?|test suite|refactor|migration',
  ],
  ['email', 'e-?mails?|inbox|mails?'],
  [
    'writing',
    'essays?|reports?|chapters?|drafts?|articles?|thesis|papers?|blog posts?|novel|manuscript|dissertation|stor(?:y|ies)|poems?|cover letter|newsletter|speech|grant proposal|write-?up',
  ],
  [
    'study',
    'revision notes|revision|exams?|homework|assignments?|coursework|lectures?|flashcards|textbook|reading list|problem sets?|quiz|lecture notes|studying|module|mocks?|mock tests?|practice tests?|theory test',
  ],
  [
    'chores',
    'dishes|laundry|washing(?: up)?|hoovering|vacuuming|cleaning|bins|ironing|groceries|pile of washing',
  ],
  // a room is a task only when it is to be cleaned (see ROOM_CHORE below): "moved it from the kitchen
  // table", "quote for a hotel bathroom refit" name a place, and raters called a tidying step there absurd
  ['chores', 'kitchen|bathroom|fridge|bedroom|garage'],
  ['call', 'appointments?|reservations?|voicemails?'],
  [
    'other',
    'tax(?:es| return)|forms?|invoices?|budget|application|cv|resume|résumé|slides|spreadsheet|presentation|performance reviews?|bills|paperwork|admin|timesheets?|expenses|(?:bank |card |credit card )?statements',
  ],
];
const DETERMINER =
  '(?:(?:a|an|the|my|one|that|this|our|his|her|their|some|those|these|each|every|two|three|all\\s+the|all\\s+my|a\\s+single|one\\s+single|a\\s+couple\\s+of|one\\s+pile\\s+of|a\\s+pile\\s+of)\\s+)';
const MODIFIER =
  "(?:(?:first|next|last|single|little|whole|new|old|weekly|monthly|quarterly|annual|final|short|long|main|tiny|small|current|overdue|unread|important|english|history|maths|math|biology|chemistry|physics|cover|blog|research|lab|group|work|uni|school|big|stupid|damn|dentist|dental|doctor's|doctors|doctor|gp|vet|eye|hair|hospital|[a-z]+'s|\\d+)\\s+)";
const PATTERNS = NOUNS.map(
  ([domain, nouns]) =>
    [
      domain,
      new RegExp(`\\b(?:${nouns})\\b`),
      new RegExp(`\\b${DETERMINER}?${MODIFIER}{0,2}(?:${nouns})\\b`, 'g'),
    ] as const,
);
// (the word after "her"/"his" is a noun, not the next clause: "i call her or i leave it" is no call to
// "her or", which a step said back as "find the number for her or")
const CALL =
  /\b(?:call|calling|called|ring|ringing|rang|phone|phoning|phoned)\s+((?:the|my|our|his|her|a)\s+(?!(?:or|and|but|so|then|to|if|when|because|back|up|now|again|too|today|tonight|tomorrow|later|first|anyway|instead)\b)[a-z]+)|\b(?:(?:a|the|that|this|my)\s+)?(?:phone\s+)?call\b(?=\s+(?:with|to)\b)|\b(?:a|the|that|this)\s+phone\s+call\b/g;
// "reply to my landlord", "get back to the recruiter": a message owed, said without the word email
const REPLY_TO =
  /\b(?:reply(?:ing)?|respond(?:ing)?|answer(?:ing)?|writ(?:e|ing)\s+back|get(?:ting)?\s+back)\s+to\s+((?:the|my|our|his|her|a|an)\s+[a-z]+(?:'s)?(?:\s+(?:email|message|text|letter))?)/;
const ROOMS = /\b(?:kitchen|bathroom|fridge|bedroom|garage)$/;
// the words that make a room a chore: cleaning it, or its mess
const ROOM_CHORE =
  /\b(?:clean(?:ing|ed)?|tidy(?:ing)?|tidied|mess(?:y)?|declutter(?:ing)?|hoover(?:ing)?|wip(?:e|ing)|scrub(?:bing)?|clear(?:ing)? (?:out|up)|sort(?:ing)? out|dirty|filthy|pigsty|disaster|chaos|bomb ?site|piled|piles? of|(?:do|doing) (?:the|my) (?:kitchen|bathroom|bedroom|garage|fridge)|(?:is|was) (?:a|an absolute|a total) tip|state of|dishes|laundry)\b/;
// the noun is a place or part of a compound, not the thing to do: "from the kitchen table"
const ROOM_AS_PLACE =
  /^\s+(?:table|door|floor|window|sink|tiles?|refit|renovation|cabinet|cupboard|drawer|wall|light|extension)\b/;
// ("they call the next nurse": someone else calling someone, no call of theirs to make)
const NOT_A_CALL = /\b(?:the|my)\s+(?:shots|day|it|time|bluff|police|ambulance|next|other)\b/;

/**
 * A task needs one of these to match: a noun's bare pattern, a reply owed, or a call word (the checks
 * readTasks makes before any other); reader-gates.ts gates the reader on their literals.
 */
const CALL_WORD = /call|ring|phon/;
export const TASK_GATE_PATTERNS: readonly RegExp[] = [
  ...PATTERNS.map(([, gate]) => gate),
  REPLY_TO,
  CALL_WORD,
  ...LETTER_TASK_GATES,
];

export function readTasks(prepared: Prepared): TaskObservation[] {
  const { folded, original } = prepared;
  const found: TaskObservation[] = [];
  for (const [domain, gate, pattern] of PATTERNS) {
    // the bare noun first: the full pattern is slow to try at every position
    const noun = gate.exec(folded);
    if (!noun) continue;
    pattern.lastIndex = Math.max(0, noun.index - 60);
    const match = pattern.exec(folded);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (ROOMS.test(match[0]) && (!ROOM_CHORE.test(folded) || ROOM_AS_PLACE.test(folded.slice(end)))) continue;
    found.push({ kind: 'task', domain, object: original.slice(start, end), span: [start, end] });
  }
  // a letter to open or write, a message to send (letter-task.ts): their own words, not a guessed topic
  const letter = found.length === 0 ? readLetterTask(prepared) : undefined;
  if (letter) found.push(letter);
  if (!found.some((task) => task.domain === 'email')) {
    const reply = REPLY_TO.exec(folded);
    if (reply) {
      // the task is the reply, not the person: "the reply to my landlord" reads right in every step
      const start = reply.index ?? 0;
      const end = start + reply[0].length;
      const who = original.slice(end - reply[1].length, end);
      found.push({ kind: 'task', domain: 'email', object: `reply to ${who}`, span: [start, end] });
    }
  }
  if (!CALL_WORD.test(folded)) return found;
  for (const match of matchesOf(CALL, folded)) {
    const start = match.index ?? 0;
    if (match[1] && NOT_A_CALL.test(match[1])) continue;
    const objectStart = match[1] ? start + match[0].length - match[1].length : start;
    const end = start + match[0].length;
    found.push({
      kind: 'task',
      domain: 'call',
      object: original.slice(objectStart, end),
      span: [start, end],
    });
    break;
  }
  return found;
}
