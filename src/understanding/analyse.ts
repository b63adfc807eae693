import type { Observation, ObservationKind } from '../spec/observation.ts';
import { LazyContext } from './analyse-context.ts';
import { withoutInjuryOnly } from './body-injury.ts';
import { withoutPartsNotFelt } from './body-not-felt.ts';
import { withoutBodyPast } from './body-when.ts';
import { withoutWholeBodyBesidePart } from './body-whole.ts';
import { concernOf } from './concern.ts';
import { contentAnchorObservations } from './content-anchor.ts';
import { rememberNormalised } from './earlier-normalised.ts';
import { mergeReadings, outrankingRuleKind } from './merge-readings.ts';
import { normalise, toOriginalSpan } from './normalise.ts';
import { objectionReasonObservations } from './objection-reason.ts';
import { othersDeedOf } from './others-deed.ts';
import { pushBackAndTurnedDown, withTurnMarks } from './push-back.ts';
import type { ExplainedObservation, Reader } from './reader.ts';
import { gateNumbersOf, scanGates } from './reader-gates.ts';
import { READERS } from './readers.ts';
import { withAskedAbout } from './request-asked.ts';
import { withRequestDay } from './request-day.ts';
import { withPauseForStop } from './request-pause-or-stop.ts';
import { withoutEverydayGuess } from './risk-context-everyday.ts';
import { withDoubtedClear } from './risk-doubt.ts';
import { withPlanRaised } from './risk-intent-now.ts';
import { scopeQuestionObservations } from './scope-question.ts';
import { saidOfSelfLine } from './statement-said-of-self.ts';
import { withStopManner } from './stop-manner.ts';
import { theirQuestionAndApology } from './their-question.ts';
import { withTomorrowPart } from './tomorrow-part.ts';
import { turnFormOf, withQuestionedDecline } from './turn-form.ts';
import { turnHingesOf } from './turn-hinge.ts';

export { type Prepared, prepare } from './analyse-prepare.ts';

/** Longer input is cut here: a client turn is never this long, and the reading stays fast. */
export const MAX_ANALYSED_CHARS = 10_000;

export type Analysis = {
  observations: Observation[];
  /** The same observations with reader, source and confidence (for --explain). */
  explained: ExplainedObservation[];
  truncated: boolean;
  analysedChars: number;
  /** Readers that threw on this utterance (their output is lost, the others' is kept). */
  failedReaders: string[];
};

/** Which observations to read; each reader is independent of the others, so a caller that needs only some skips the rest. */
export type ReadOptions = {
  kinds?: ReadonlySet<ObservationKind>;
  readers?: readonly Reader[];
  /** The person's recent earlier turns, oldest first ("tmrw morning… like 7" before "message me at 7"). */
  earlier?: readonly string[];
};

const wanted = (kinds: ReadOptions['kinds'], kind: ObservationKind) => kinds === undefined || kinds.has(kind);

// the readers that can give some of a set of kinds, worked out once per set (callers keep one set,
// like the evaluator's request-and-risk set) rather than asked of every reader on every utterance; a
// set is read once, so a caller never changes a set it has passed (the type says ReadonlySet)
const readersByKinds = new WeakMap<ReadonlySet<ObservationKind>, readonly Reader[]>();

function readersFor(options: ReadOptions): readonly Reader[] {
  const kinds = options.kinds;
  const readers = options.readers ?? READERS;
  if (kinds === undefined) return readers;
  if (options.readers !== undefined)
    return readers.filter((reader) => reader.kinds.some((kind) => kinds.has(kind)));
  let found = readersByKinds.get(kinds);
  if (found === undefined) {
    found = readers.filter((reader) => reader.kinds.some((kind) => kinds.has(kind)));
    readersByKinds.set(kinds, found);
  }
  return found;
}

// each reader's gate number, worked out once per list of readers (the lists above are kept), not
// looked up by name for every reader of every utterance
const gateNumbersByReaders = new WeakMap<readonly Reader[], Int16Array>();

function gateNumbersFor(readers: readonly Reader[]): Int16Array {
  let numbers = gateNumbersByReaders.get(readers);
  if (numbers === undefined) {
    numbers = gateNumbersOf(readers);
    gateNumbersByReaders.set(readers, numbers);
  }
  return numbers;
}

function readAll(text: string, options: ReadOptions): Pick<Analysis, 'explained' | 'failedReaders'> {
  const kinds = options.kinds;
  const normalised = normalise(text);
  rememberNormalised(text, normalised.text);
  const context = new LazyContext(normalised, options.earlier);
  const explained: ExplainedObservation[] = [];
  const failedReaders: string[] = [];
  // one keyword scan decides which gated readers can match at all (reader-gates.ts; never risk),
  // made only when a gated reader is asked for: the evaluator's request-and-risk reading needs none
  let live: Uint8Array | undefined;
  const readers = readersFor(options);
  const gates = gateNumbersFor(readers);
  // the kinds the rule readers have read so far: a learned reader whose whole output mergeReadings
  // would drop beside such a rule reading is not run (merge-readings.ts, outrankingRuleKind)
  const ruleKinds = new Set<ObservationKind>();
  for (let index = 0; index < readers.length; index++) {
    const reader = readers[index];
    const gate = gates[index];
    if (gate >= 0) {
      live ??= scanGates(context.prepared.folded);
      if (live[gate] !== 1) continue;
    }
    const outranking = outrankingRuleKind(reader);
    if (outranking !== undefined && ruleKinds.has(outranking)) continue;
    try {
      for (const { observation, confidence } of reader.read(context)) {
        if (!wanted(kinds, observation.kind)) continue;
        if (reader.source === 'rule') ruleKinds.add(observation.kind);
        const [start, end] = observation.span;
        const span = toOriginalSpan(normalised, start, end);
        // where normalising moved nothing (most turns) the reader's own fresh observation is kept as it
        // is (nothing downstream changes one); a copy with the span moved otherwise, as before
        const moved = span[0] !== start || span[1] !== end;
        explained.push({
          observation: moved ? { ...observation, span } : observation,
          reader: reader.name,
          source: reader.source,
          confidence,
        });
      }
    } catch {
      // one reader's bug loses only its own output; the turn goes on with the others
      failedReaders.push(reader.name);
    }
  }
  const asked = options.readers ?? READERS;
  // the learned reader may doubt a rule's crisis, only when it was asked to read (risk-doubt.ts)
  // a plan (a near time and an intent or means) raises a rule's possible risk (risk-intent-now.ts)
  const raised = withPlanRaised(
    withPauseForStop(
      withoutBodyPast(
        withoutWholeBodyBesidePart(
          withoutPartsNotFelt(
            withoutInjuryOnly(mergeReadings(explained), text.toLowerCase()),
            text.toLowerCase(),
          ),
        ),
        text.toLowerCase(),
      ),
      context.prepared.folded,
    ),
    context,
  );
  // and its guess alone on a turn of everyday stakes is dropped (risk-context-everyday.ts)
  const merged = asked.some((reader) => reader.name === 'risk-model')
    ? withoutEverydayGuess(withDoubtedClear(raised, context), context.prepared.folded)
    : raised;
  merged.sort(byKindThenSpan);
  return { explained: merged, failedReaders };
}

// the readers of the turn as written, with the kinds each can give (run after the pipeline, in this order)
const TURN_READERS: readonly {
  reader: string;
  kinds: readonly ObservationKind[];
  read: (input: string) => readonly Observation[];
}[] = [
  { reader: 'their-question', kinds: ['their-question', 'apology'], read: theirQuestionAndApology },
  { reader: 'push-back', kinds: ['push-back', 'turned-down'], read: pushBackAndTurnedDown },
  { reader: 'objection-reason', kinds: ['objection-reason'], read: objectionReasonObservations },
  { reader: 'others-deed', kinds: ['others-deed'], read: othersDeedOf },
  { reader: 'concern', kinds: ['concern'], read: concernOf },
  { reader: 'turn-hinge', kinds: ['hinge'], read: turnHingesOf },
  { reader: 'content-anchor', kinds: ['content-anchor'], read: contentAnchorObservations },
  { reader: 'turn-form', kinds: ['turn-form'], read: turnFormOf },
  { reader: 'said-of-self', kinds: ['said-of-self'], read: saidOfSelfLine },
  { reader: 'scope-question', kinds: ['scope-question'], read: scopeQuestionObservations },
];

// issue 17's extension kinds come after the contract's, so readers of the contract see what they did
const EXTENSION_KINDS = new Set<ObservationKind>([
  'statement',
  'self-judgement',
  'value',
  'effort',
  'life-topic',
  'help-wanted',
  'region',
  'their-question',
  'apology',
  'push-back',
  'turned-down',
  'objection-reason',
  'others-deed',
  'concern',
  'hinge',
  'content-anchor',
  'turn-form',
  'said-of-self',
  'scope-question',
  'thanks',
  'mixed',
]);

function byKindThenSpan(left: ExplainedObservation, right: ExplainedObservation): number {
  const extension =
    Number(EXTENSION_KINDS.has(left.observation.kind)) - Number(EXTENSION_KINDS.has(right.observation.kind));
  return extension !== 0 ? extension : left.observation.span[0] - right.observation.span[0];
}

/**
 * Reads one utterance: observations, and whether the text was cut to MAX_ANALYSED_CHARS.
 * Pure and total: any string in, never an exception out.
 */
export function analyse(text: string, options: ReadOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const truncated = input.length > MAX_ANALYSED_CHARS;
  // never cut a surrogate pair in half
  let end = Math.min(input.length, MAX_ANALYSED_CHARS);
  if (truncated && /[\uD800-\uDBFF]/.test(input[end - 1] ?? '')) end -= 1;
  const analysed = input.slice(0, end);
  try {
    const { explained: read, failedReaders } = readAll(analysed, options);
    // the day said after an ask is read on the whole turn, as the spans index it (tomorrow-part.ts),
    // what a stop asks to stop (stop-manner.ts) and what an ask is about (request-asked.ts)
    // (a statement that itself pushes back or turns a suggestion down is marked: push-back.ts)
    const explained = read.map((item) =>
      item.observation.kind === 'request'
        ? {
            ...item,
            observation: withAskedAbout(
              withStopManner(withRequestDay(withTomorrowPart(item.observation, input), input), input),
              input,
            ),
          }
        : item.observation.kind === 'statement'
          ? { ...item, observation: withTurnMarks(item.observation) }
          : item.observation.kind === 'decline'
            ? { ...item, observation: withQuestionedDecline(item.observation, input) }
            : item,
    );
    // what the turn does to the conversation is read on the turn as written, as the policy used to;
    // a caller that wants none of a reader's kinds (the evaluator's requests and risk) does not run it
    for (const { reader, kinds, read: readTurn } of TURN_READERS) {
      if (options.kinds !== undefined && !kinds.some((kind) => options.kinds?.has(kind))) continue;
      for (const observation of readTurn(input))
        if (wanted(options.kinds, observation.kind))
          explained.push({ observation, reader, source: 'rule', confidence: 0.85 });
    }
    const observations = explained.map((item) => item.observation);
    return { observations, explained, truncated, analysedChars: analysed.length, failedReaders };
  } catch {
    // normalisation itself failing must not take the session down; an empty reading is the safe answer
    return {
      observations: [],
      explained: [],
      truncated,
      analysedChars: analysed.length,
      failedReaders: ['all'],
    };
  }
}
