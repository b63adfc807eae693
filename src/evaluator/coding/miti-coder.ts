import { sentencesOf } from '../sentences-memo.ts';
import { clearClientTalkMemo, codeClientTurn, codeClientUtterance } from './client-talk.ts';
import type { TherapistCode } from './miti-vocabulary.ts';
import { questionShape } from './question-shape.ts';
import {
  type ClientContext,
  clearReflectionMemos,
  type ReflectionEvidence,
  readClientContext,
  reflectionDepth,
  reflectionEvidence,
  utteranceStems,
} from './reflection-evidence.ts';
import {
  ACKNOWLEDGEMENT,
  ADVICE,
  AFFIRM,
  AUTONOMY,
  COLLABORATION,
  CONFRONT,
  INFORMATION,
  OPTION_HEDGE,
  OPTION_MENU,
  QUESTION_ADVICE,
  SOCIAL_OR_STRUCTURE,
  STRONG_REFLECTION_STEM,
} from './therapist-patterns.ts';

export { codeClientTurn, codeClientUtterance };

/** What came before a therapist utterance: MITI codes an utterance in the context of the client's turn. */
export type UtteranceContext = {
  /** the client's turn just before this therapist turn */
  clientText?: string;
  /** the utterances of this therapist turn said before this one */
  earlierInTurn?: readonly string[];
  /** the therapist's turn before the client's (did it ask permission?) */
  previousTherapistText?: string;
  /** the client's turn already read (a turn's utterances share it) */
  client?: ClientContext;
  /** permission for advice already settled for this turn (a turn's utterances share it) */
  permission?: { before: boolean; inTurn: boolean };
};

/** One therapist utterance with its MITI 4.2.1 code and the reasons, in words a person can check. */
export type CodedUtterance = { text: string; code: TherapistCode; reasons: string[] };

const QUESTION_MARK = /\?["'”’)\s]*$/;
const OPEN_REQUEST_START =
  /^(?:(?:so|and|okay|ok|well|now)[,\s]+)?(?:(?:can|could|would) you (?:please )?)?(?:tell me (?:more|about|what|how|a bit|a little)|say (?:a (?:bit|little) )?more|talk (?:to me )?(?:about|more)|describe|walk me through|help me understand|give me an example)\b/;
const ASKS_PERMISSION =
  /\b(?:can|could|may|might) i (?:share|tell|offer|suggest|give|mention|add|run)|\bmind if i\b|\b(?:is it|would it be|would that be) (?:ok|okay|alright|all right)|\bwould you (?:like|want|be (?:interested|open|ok|okay))|\bdo you want (?:me to|to hear)|\bwant to hear/;
const ASSENT =
  /^(?:\W*)(?:yes|yeah|yep|yup|sure|ok|okay|alright|all right|go ahead|please|of course|fine|i guess|why not|sounds good|that would|i'd like|i would|mm-?hmm|uh-?huh|definitely|absolutely|i suppose)\b/i;
const INLINE_PERMISSION =
  /\bif it(?:'s| is) (?:ok|okay|alright|all right)(?: with you)?(?: to| if i|,)|\bif it helps(?: at all)?\b|\bif you(?:'re| are) (?:open|interested)\b|\bif you(?:'d| would) like (?:some|a|an|my)\b/;
const SELF =
  /^(?:and |so |but |well,? |okay,? )*(?:i|i'm|i've|i'll|i'd|we|we're|we'll|we've|let me|let's|my|our)\b/;

// most utterances are plain ASCII with single spaces: one lower-casing is all they need
const NEEDS_CLEANING = /[\u2018\u2019`\u201c\u201d]|\s\s|[\t\n\r]/;
const normalise = (text: string) => {
  const lower = text.toLowerCase().trim();
  if (!NEEDS_CLEANING.test(lower)) return lower;
  return lower
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');
};

const PERMISSION_IN_TURN = /\bif it's (?:ok|okay|alright|all right)\b|\bwith your permission\b/;

/** Whether the client granted permission in answer to the therapist's previous turn. */
function permissionBefore(context: UtteranceContext): boolean {
  const previous = context.previousTherapistText ? normalise(context.previousTherapistText) : '';
  return previous !== '' && ASKS_PERMISSION.test(previous) && ASSENT.test(context.clientText ?? '');
}

/** True when the client gave permission for what comes next: asked for in this turn or the one before, and granted. */
function permissionGiven(context: UtteranceContext): boolean {
  if (context.permission) return context.permission.before || context.permission.inTurn;
  if ((context.earlierInTurn ?? []).some((utterance) => PERMISSION_IN_TURN.test(normalise(utterance))))
    return true;
  return permissionBefore(context);
}

function reflection(
  lower: string,
  client: ClientContext | undefined,
  reasons: string[],
  evidence: ReflectionEvidence,
  stems: readonly string[],
): CodedUtterance['code'] {
  const depth = reflectionDepth(lower, client, evidence, stems);
  reasons.push(...evidence.reasons, depth.reason);
  return depth.complex ? 'reflection-complex' : 'reflection-simple';
}

/**
 * Codes one therapist utterance with a MITI 4.2.1 behaviour code, reading it against the client's
 * turn before it (a reflection restates or infers what the client just said; advice after the
 * client said "yes, tell me" is persuading with permission). Pure and fast: patterns and word
 * overlap, no model. The reasons say which cue decided.
 *
 * @example codeTherapistUtterance('So you feel stuck between wanting to quit and needing it to relax.', { clientText: 'I want to quit but it is the only thing that relaxes me.' })
 *   // { code: 'reflection-complex', reasons: ['opens like a reflection ("so you feel…")', …, 'double-sided: both sides of the ambivalence'] }
 */
export function codeTherapistUtterance(text: string, context: UtteranceContext = {}): CodedUtterance {
  return codeLoweredUtterance(text, normalise(text), context);
}

/** codeTherapistUtterance with the utterance already normalised (a turn normalises each utterance once). */
function codeLoweredUtterance(text: string, lower: string, context: UtteranceContext): CodedUtterance {
  if (!/[a-z0-9]/.test(lower) || ACKNOWLEDGEMENT.test(lower))
    return coded(text, 'none', ['an acknowledgement or filler']);
  const client = context.client ?? readClientContext(context.clientText);
  const decided = decideCached(lower, context);
  if (decided) return coded(text, decided.code, [decided.reason]);
  // statements and question-shaped statements left: how much they give back the client's turn
  const stems = utteranceStems(lower);
  const evidence = reflectionEvidence(lower, client);
  const reasons: string[] = [];
  if (QUESTION_MARK.test(lower)) {
    if (evidence.score >= 1.5 && lower.split(' ').length > 3) {
      reasons.push("a statement of the client's meaning, said with a question mark");
      return coded(text, reflection(lower, client, reasons, evidence, stems), reasons);
    }
    return coded(text, 'question-closed', ['a statement checked with a question mark: yes or no']);
  }
  const impersonal =
    !/\byou(?:r|rs|rself|'re|'ve)?\b/.test(lower) && !/^(?:so|and|but|that|it sounds)\b/.test(lower);
  // the information cues are read only where they can change the code (the slowest pattern)
  const informs = impersonal || evidence.score < 2 ? INFORMATION.exec(lower) : null;
  // a general fact with no "you" in it informs, however many of the client's words it borrows
  if (informs && impersonal)
    return coded(text, 'giving-information', [`states a general fact ("${informs[0]}")`]);
  if (evidence.score >= 2 || (evidence.score >= 1 && !informs))
    return coded(text, reflection(lower, client, reasons, evidence, stems), reasons);
  if (informs) {
    if (permissionGiven(context) && /\byou (?:could|might|can)\b/.test(lower))
      return coded(text, 'persuade-with-permission', ['suggestions after the client gave permission']);
    return coded(text, 'giving-information', [`gives information ("${informs[0]}")`]);
  }
  if (SELF.test(lower)) return coded(text, 'none', ['the therapist speaks of themselves']);
  if (lower.split(' ').length <= 2 && evidence.sharedWords === 0)
    return coded(text, 'none', ['too short to code']);
  // in a counselling exchange a statement that neither advises, informs nor speaks of the therapist
  // is the therapist's reading of the client's world: a reflection, even without a stem
  reasons.push("a statement about the client's world, not advice or information");
  return coded(text, reflection(lower, client, reasons, evidence, stems), reasons);
}

const coded = (text: string, code: TherapistCode, reasons: string[]): CodedUtterance => ({
  text,
  code,
  reasons,
});
const quoted = (match: RegExpExecArray) => `"${match[0].trim()}"`;
const SOME_PEOPLE =
  /\b(?:some|other|many|lots of) (?:people|folks|families|clients|\w+ find)\b|\bcould try\b|\boften (?:goes|works|helps)\b/;

// sessions repeat their sentences (and coaches and ELIZA repeat theirs across sessions): what the
// cues alone settle depends only on the words and on whether permission was given, so it is memoised
const DECISION_CACHE_LIMIT = 20_000;
const decisions = new Map<string, { code: TherapistCode; reason: string } | null>();
const decisionsWithPermission = new Map<string, { code: TherapistCode; reason: string } | null>();

/** Forgets the memo of cue decisions (benchmarks start cold). */
export function clearCodingMemos(): void {
  decisions.clear();
  decisionsWithPermission.clear();
  clearClientTalkMemo();
  clearReflectionMemos();
}

function decideCached(
  lower: string,
  context: UtteranceContext,
): { code: TherapistCode; reason: string } | undefined {
  const memo = permissionGiven(context) ? decisionsWithPermission : decisions;
  let found = memo.get(lower);
  if (found === undefined) {
    if (memo.size >= DECISION_CACHE_LIMIT) memo.clear();
    found = decide(lower, context) ?? null;
    memo.set(lower, found);
  }
  return found ?? undefined;
}

/** The behaviours a cue settles on its own (confront, questions, advice, autonomy, collaboration, affirm, social). */
function decide(
  lower: string,
  context: UtteranceContext,
): { code: TherapistCode; reason: string } | undefined {
  const confront = CONFRONT.exec(lower);
  if (confront) return { code: 'confront', reason: `confronts (${quoted(confront)})` };
  if (QUESTION_MARK.test(lower) || OPEN_REQUEST_START.test(lower)) {
    const collaboration = COLLABORATION.exec(lower);
    if (collaboration)
      return {
        code: 'seeking-collaboration',
        reason: `asks for the client's say (${quoted(collaboration)})`,
      };
    const suggestion = QUESTION_ADVICE.exec(lower);
    if (suggestion)
      return {
        code: permissionGiven(context) ? 'persuade-with-permission' : 'persuade',
        reason: `a suggestion phrased as a question (${quoted(suggestion)})`,
      };
    const shape = questionShape(lower);
    if (shape.kind === 'open') return { code: 'question-open', reason: shape.reason };
    if (shape.kind === 'closed') return { code: 'question-closed', reason: shape.reason };
    return undefined;
  }
  const advice = ADVICE.exec(lower);
  const autonomy = AUTONOMY.exec(lower);
  const inlinePermission = INLINE_PERMISSION.exec(lower);
  if (inlinePermission && (advice || autonomy || INFORMATION.test(lower) || /\bsome \w+ find\b/.test(lower)))
    return {
      code: 'persuade-with-permission',
      reason: `advice offered with permission (${quoted(inlinePermission)})`,
    };
  const hedge = OPTION_HEDGE.exec(lower);
  if (hedge && (advice || OPTION_MENU.test(lower)))
    return {
      code: 'persuade-with-permission',
      reason: `an option offered, the choice left open (${quoted(hedge)})`,
    };
  if (OPTION_MENU.test(lower) && permissionGiven(context))
    return { code: 'persuade-with-permission', reason: 'options offered after the client gave permission' };
  if (autonomy && (advice || SOME_PEOPLE.test(lower)))
    return {
      code: 'persuade-with-permission',
      reason: `advice with the choice left to the client (${quoted(autonomy)})`,
    };
  if (advice && !STRONG_REFLECTION_STEM.test(lower.replace(/^(?:and|so|but|okay|ok|well)\b[,\s]*/, ''))) {
    if (permissionGiven(context))
      return { code: 'persuade-with-permission', reason: 'advice after the client gave permission' };
    if (!/\byou should (?:be proud|feel proud|know that you)\b/.test(lower))
      return { code: 'persuade', reason: `advises or directs (${quoted(advice)})` };
  }
  if (autonomy)
    return { code: 'emphasizing-autonomy', reason: `leaves the choice to the client (${quoted(autonomy)})` };
  const collaboration = COLLABORATION.exec(lower);
  if (collaboration)
    return { code: 'seeking-collaboration', reason: `invites the client in (${quoted(collaboration)})` };
  const affirm = AFFIRM.exec(lower);
  if (affirm) return { code: 'affirm', reason: `affirms the client (${quoted(affirm)})` };
  if (SOCIAL_OR_STRUCTURE.test(lower)) return { code: 'none', reason: 'a social or structuring remark' };
  return undefined;
}

/** A therapist turn's utterances: sentences, and clauses after a semicolon or a dash. */
export function splitTherapistUtterances(text: string): string[] {
  const utterances: string[] = [];
  for (const sentence of sentencesOf(text)) {
    // most sentences have no semicolon or dash: they are one utterance (and have a letter or digit)
    if (!CLAUSE_MARK.test(sentence)) {
      utterances.push(sentence);
      continue;
    }
    for (const part of sentence.split(CLAUSE_BREAK)) {
      const trimmed = part.trim();
      if (/[\p{L}\p{N}]/u.test(trimmed)) utterances.push(trimmed);
    }
  }
  return utterances;
}

const CLAUSE_BREAK = /\s*;\s+|\s+[—–]\s+(?=[A-Za-z])/;
const CLAUSE_MARK = /[;—–]/;

/** Codes every utterance of a therapist turn, each in the context of the client's turn before it. */
export function codeTherapistTurn(
  text: string,
  context: Omit<UtteranceContext, 'earlierInTurn'> = {},
): CodedUtterance[] {
  const client = context.client ?? readClientContext(context.clientText);
  const permission = { before: permissionBefore(context), inTurn: false };
  const earlier: string[] = [];
  return splitTherapistUtterances(text).map((utterance) => {
    // the fields written out rather than spread: this runs for every utterance of every transcript
    const lower = normalise(utterance);
    const coded = codeLoweredUtterance(utterance, lower, {
      clientText: context.clientText,
      previousTherapistText: context.previousTherapistText,
      client,
      earlierInTurn: earlier,
      permission: { before: permission.before, inTurn: permission.inTurn },
    });
    earlier.push(utterance);
    if (!permission.inTurn && PERMISSION_IN_TURN.test(lower)) permission.inTurn = true;
    return coded;
  });
}
