import type { RequestObservation, RequestType } from '../spec/observation.ts';
import { isAddressed, isNegatedBefore } from './addressing.ts';
import type { Segment } from './clauses.ts';
import type { FoundDuration } from './durations.ts';
import { createKeywordScanner } from './keyword-scan.ts';
import { bareDoneWithComplaint } from './leaving.ts';
import { matchesOf } from './matches.ts';
import { explainTakenBack } from './request-explain-doubts.ts';
import { isRiskFarewell } from './request-farewell.ts';
import { timeTheStop } from './request-pause-or-stop.ts';
import { remindedTo } from './request-reminded-to.ts';
import { REQUEST_RULES } from './request-rules.ts';
import { withWordsSaidToNudge } from './request-said-with.ts';
import { requiredLiterals } from './required-literals.ts';

/** What request reading needs from the utterance, prepared once by analyse(). */
export type RequestContext = {
  original: string;
  clauses: Segment[];
  quotes: Segment[];
  durations: FoundDuration[];
};

// "remind me to keep it simple": the second trigger is the content of the first
const CONTENT_OF_ANOTHER = /\b(?:remind|tell|nudge|ask|prompt|get)\s+(?:me|us)\s+to\s*$|\bto\s*$/;
const REPORTED =
  /\b(?:he|she|they|boss|manager|mum|mom|dad|teacher|wife|husband|partner|friend|colleague|nobody|no\s+one|people|everyone|therapist)\b/;
// "if i say i want to quit they will be heartbroken" (v5): words imagined said to others, not asked of us
const SAID_IN_A_CONDITION =
  /\b(?:if|when|once)\s+i\s+(?:say|said|tell\s+(?!you\b|u\b)\w+|told\s+\w+)\s+(?:that\s+)?$/;
const CONDITION =
  /\b(?:if|when|whenever|once|as\s+soon\s+as|in\s+case|every\s+time|the\s+moment)\s+(?!you\s+(?:could|can|would|don't\s+mind|get\s+a\s+chance)\b|possible\b|that's\b|it's\s+ok|ok\b|okay\b)[^,.;!?"]+/g;
const CONDITION_END =
  /\s+(?:and\s+then|and\s+after|so\s+(?:i|that)|because|lol|haha|please|pls|thanks)\b.*$|\s+(?:now|again\s+now)$/;
const NUDGE_DELAY_BEFORE =
  /\b(?:in|after|within|every|another|for\s+another|(?:timer|alarm)\s+for)\s+(?:about\s+|around\s+|like\s+|maybe\s+|roughly\s+|say\s+|just\s+|the\s+next\s+|another\s+|exactly\s+|a\s+good\s+)?$/;

const CORRECTING_NO = /\bno\s+(?:(?:seriously|really|actually|wait|just)\s+)*$/;

const ENCOURAGED =
  /^\s*(?:keep\s+(?:going|at\s+it|on|pushing)|carry\s+on|push\s+on|not\s+(?:stop|give\s+up|quit))\b/;

// what joins a condition to the ask after it: "if i'm not back in 30, can you ping me", "… then just text me"
const JOINT_BEFORE_ASK =
  /(?:[\s,;:-]+(?:(?:can|could|will|would)\s+(?:you|u)|please|pls|plz|just|then|so))*[\s,;:-]*$/;

/** The condition said in the clause; one said before the ask ends where the ask begins (`askAt`, in the clause). */
function conditionIn(clause: Segment, original: string, askAt: number): string | undefined {
  for (const match of matchesOf(CONDITION, clause.text)) {
    const at = match.index ?? 0;
    let raw = match[0].replace(CONDITION_END, '').trimEnd();
    // "if i havent started by 8 nudge me": the condition is "if i havent started by 8", not the ask with it
    if (at < askAt && at + raw.length > askAt) raw = raw.slice(0, askAt - at).replace(JOINT_BEFORE_ASK, '');
    if (raw.split(/\s+/).length < 2) continue;
    const start = clause.start + at;
    return original.slice(start, start + raw.length);
  }
  return undefined;
}

/** Index of the first duration starting at or after `offset` (durations are in text order). */
function firstDurationFrom(durations: FoundDuration[], offset: number): number {
  let low = 0;
  let high = durations.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (durations[middle].span[0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function delayFor(type: RequestType, clause: Segment, folded: string, durations: FoundDuration[]) {
  // durations come in text order: skip to the clause, stop after it (long inputs hold hundreds)
  for (let index = firstDurationFrom(durations, clause.start); index < durations.length; index += 1) {
    const duration = durations[index];
    const [start, end] = duration.span;
    if (start >= clause.end) break;
    if (end > clause.end) continue;
    if (/^\s*instead\b/.test(folded.slice(end, end + 10))) continue;
    if (type === 'pause') return duration.ms;
    // "say go in 3 min": a cue can be timed like a nudge
    if (type !== 'nudge' && type !== 'cue') continue;
    const before = folded.slice(Math.max(clause.start, start - 24), start);
    // "3 min timer pls": the wait said before the timer it sets
    if (NUDGE_DELAY_BEFORE.test(before) || /^\s+(?:from\s+now|timer)\b/.test(folded.slice(end, end + 12)))
      return duration.ms;
  }
  return undefined;
}

function phraseAfter(
  index: number,
  clause: Segment,
  quotes: Segment[],
  original: string,
): string | undefined {
  for (const quote of quotes) {
    if (quote.start < index || quote.end > clause.end + 1 || quote.start - index > 40) continue;
    const phrase = original
      .slice(quote.start, quote.end)
      .replace(/[\s.!?,;:]+$/u, '')
      .trim();
    if (phrase) return phrase;
  }
  return undefined;
}

// cheap keyword gates: a rule runs only when its type's words occur in the utterance
const GATES: Record<RequestType, RegExp> = {
  nudge:
    /remind|nudge|prompt|ping|poke|prod|buzz|bug|text|nag|cue|check|shout|heads|track|back|know|push|hit|continue|carry|pick|msg|message|dm|txt|tell|call|wake|alarm|timer|then|ask|count|chase/,
  cue: /say|tell|whisper|type|write|cue|cheer|encourag|motivat|count|pep|hear|give|send|hype|gas|pump|psych|big/,
  concrete:
    /exact|precise|specific|literal|concrete|look|mean|through|spell|step|which|how|clear|practical|what|word|actual|first|list|draft|script|outline|message|email|text|reply|quote|sum|open|start|intro|next|1st/,
  smaller:
    /small|simpl|short|tin|eas|littl|less|break|shrink|scale|too|brief|light|basic|instead|half|manag|someth|anyth/,
  pause:
    /pause|sit|leave|rest|breath|stop|take|break|min|moment|sec|hold|hang|wait|stay|still|give|back|talk|chat|speak|park|shelve|carry|continue|pick/,
  next: /next|now|after|following|here|another/,
  explain:
    /why|how|point|good|follow|get|understand|see|explain|mean|lost|confused|sense|purpose|reason|logic|idea|for|behind|support/,
  stop: /stop|end|finish|quit|wrap|call|leave|close|log|go|done|enough|bye|out|off/,
};

const MAX_MATCHES_PER_RULE = 8;
const BACK_LATER = /^\s*(?:tonight|later|after|soon|in\s+a\s+(?:bit|while)|this\s+(?:evening|afternoon))\b/;

// finer gates, derived from each rule's own pattern: a rule runs only when its required words occur.
// One scan of the utterance answers both: first the types' keywords (GATES, plain alternations of
// words), then each rule's literals
const GATED_TYPES = Object.keys(GATES) as RequestType[];
const GATE = createKeywordScanner([
  ...GATED_TYPES.map((type) => GATES[type].source.split('|')),
  ...REQUEST_RULES.map((rule) => requiredLiterals(rule.pattern)),
]);
const TYPE_OF_RULE = REQUEST_RULES.map((rule) => GATED_TYPES.indexOf(rule.type));

function readClause(
  clause: Segment,
  context: RequestContext,
  folded: string,
  live: Uint8Array,
): RequestObservation[] {
  const found: RequestObservation[] = [];
  for (let ruleIndex = 0; ruleIndex < REQUEST_RULES.length; ruleIndex += 1) {
    if (live[ruleIndex] === 0) continue;
    const rule = REQUEST_RULES[ruleIndex];
    rule.pattern.lastIndex = 0;
    let matches = 0;
    const pattern = rule.pattern;
    for (let match = pattern.exec(clause.text); match; match = pattern.exec(clause.text)) {
      // one request per type survives the merge: a pasted page repeating a phrase a thousand
      // times needs no more than a few readings of it (each reading rescans the clause before it)
      matches += 1;
      if (matches > MAX_MATCHES_PER_RULE) break;
      const index = match.index ?? 0;
      if (match[0] === '') pattern.lastIndex = index + 1;
      // "lol no seriously ping me in 2 hours": a "no" before an ask put to us corrects what came before it
      // (read as a comma); "don't ping me", "never remind me" still negate
      const said = clause.text.slice(0, index);
      const before = rule.addressed ? said.replace(CORRECTING_NO, ', ') : said;
      if (isNegatedBefore(before)) continue;
      if (
        rule.addressed &&
        !isAddressed(before) &&
        !/^\s*(?:you|u)\s*$/.test(before.replace(/^.*(?:,|\band\b|\bthen\b)/, ''))
      )
        continue;
      if (rule.type !== 'nudge' && rule.type !== 'cue' && CONTENT_OF_ANOTHER.test(before)) continue;
      if (!rule.addressed && REPORTED.test(before.split(/[,;]/).pop() ?? '')) continue;
      if (SAID_IN_A_CONDITION.test(before)) continue;
      // a rejected match may hide a good one inside it ("I need an answer: could you make it
      // smaller" starts matching at "need"), so look again from the next character
      if (rule.unless?.test(match[0]) || rule.unlessAfter?.test(clause.text.slice(index + match[0].length))) {
        pattern.lastIndex = index + 1;
        continue;
      }
      const start = clause.start + index;
      let type: RequestType = rule.type;
      const tail = clause.text.slice(index + match[0].length, index + match[0].length + 24);
      // "tell me what to do next" asks for the next step; "stop for a minute" is a pause
      // "a concrete next action" asks for specifics, as v20 labels it (fresh r19 read it next)
      if (
        type === 'concrete' &&
        /^\s*(?:next|after\s+that|then|now)\b/.test(tail) &&
        !/\b(?:concrete|specific|exact|precise|practical)/.test(match[0])
      )
        type = 'next';
      const request: RequestObservation = { kind: 'request', type, span: [start, start + match[0].length] };
      const afterMs = delayFor(type, clause, folded, context.durations);
      if (type === 'stop') timeTheStop(request, clause, folded, context.durations);
      if (afterMs !== undefined) request.afterMs = afterMs;
      // "in 5 mins tell me to start the essay", "in 20 send me 'stand up'": words for later are a reminder;
      // an encouragement said again and again ("every 10 mins tell me to keep going") stays a cue (v11, v13);
      // "every 45 mins tell me to take a break" is a reminder (v3); "every 10 min just send 'keep going'" is a
      // cue said again, as v5, v31, v33 label it (fresh r19)
      if (
        type === 'cue' &&
        afterMs !== undefined &&
        /^(?:tell\s+me\s+to|send)\b/.test(match[0]) &&
        !(
          /\b(?:every|evry|each)\s/.test(clause.text) &&
          (/^send\b/.test(match[0]) || ENCOURAGED.test(clause.text.slice(index + match[0].length)))
        )
      )
        request.type = 'nudge';
      if (afterMs !== undefined && (request.type === 'nudge' || request.type === 'cue'))
        request.when = 'later';
      if (type === 'nudge' || type === 'cue' || type === 'next') {
        const condition = conditionIn(clause, context.original, index);
        if (condition) request.condition = condition;
      }
      if (type === 'cue') {
        const phrase = phraseAfter(start, clause, context.quotes, context.original);
        if (phrase) request.phrase = phrase;
      }
      if (request.type === 'nudge' && !request.phrase) {
        const todo = remindedTo(start + match[0].length, clause, context.original);
        if (todo) request.phrase = todo;
      }
      if ((type === 'nudge' || type === 'cue') && afterMs === undefined) {
        const after = clause.text.slice(index);
        if (/\b(?:right\s+)?now\b(?!\s+on\b)/.test(after) && !/\bfrom\s+now\b/.test(after))
          request.when = 'now';
      }
      found.push(request);
    }
  }
  return found;
}

/** One request per type per utterance; later mentions fill in details the first one lacked. */
function mergeByType(requests: RequestObservation[]): RequestObservation[] {
  const byType = new Map<RequestType, RequestObservation>();
  for (const request of requests.sort((a, b) => a.span[0] - b.span[0])) {
    const first = byType.get(request.type);
    if (!first) {
      byType.set(request.type, request);
      continue;
    }
    first.afterMs ??= request.afterMs;
    first.condition ??= request.condition;
    first.phrase ??= request.phrase;
    first.when ??= request.when;
  }
  for (const request of byType.values()) {
    if (request.afterMs === undefined) delete request.afterMs;
    if (request.condition === undefined) delete request.condition;
    if (request.phrase === undefined) delete request.phrase;
    if (request.when === undefined) delete request.when;
  }
  return [...byType.values()];
}

export function readRequests(context: RequestContext, folded: string): RequestObservation[] {
  const found: RequestObservation[] = [];
  const scanned = GATE.scan(folded);
  const typeOpen = scanned.subarray(0, GATED_TYPES.length);
  if (!typeOpen.includes(1)) return found;
  const live = scanned.subarray(GATED_TYPES.length);
  let anyLive = false;
  for (let index = 0; index < live.length; index += 1) {
    if (typeOpen[TYPE_OF_RULE[index]] === 0) live[index] = 0;
    else if (live[index] === 1) anyLive = true;
  }
  if (!anyLive) return found;
  for (const clause of context.clauses) found.push(...readClause(clause, context, folded, live));
  // "I'm done. This is pointless." — the two sentences together say the person is leaving
  const leaving = typeOpen[GATED_TYPES.indexOf('stop')] === 1 ? bareDoneWithComplaint(folded) : -1;
  if (leaving >= 0) {
    const end = folded.indexOf('done', leaving) + 4;
    found.push({ kind: 'request', type: 'stop', span: [leaving, end] });
  }
  // "gonna unalive myself rn bye": a farewell of someone at risk is answered as risk, never closed kindly;
  // "how does this work? my son set it up": an explain the rest of the message takes back
  const kept = found.filter(
    (request) =>
      !(request.type === 'stop' && isRiskFarewell(folded, request.span)) &&
      !explainTakenBack(request, found, folded),
  );
  // "gotta go, back tonight": a time away with no clock, marked so the reply lets them go, not a minute's hold
  for (const request of kept)
    if (
      request.type === 'pause' &&
      request.afterMs === undefined &&
      BACK_LATER.test(folded.slice(request.span[1]))
    )
      request.when = 'later';
  return mergeByType(withWordsSaidToNudge(kept, folded, context.original));
}
