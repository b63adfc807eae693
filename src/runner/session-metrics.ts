import { readTherapistText } from '../simulator/read-therapist-behaviour.ts';
import { keyedSentences } from '../simulator/sentence-keys.ts';
import { distinctPromises, type TurnReader } from '../simulator/therapist-reading.ts';
import type { RequestType } from '../spec/observation.ts';
import type { Turn } from '../spec/transcript.ts';
import { understand } from '../understanding/index.ts';

/** What a transcript shows about the therapist, read from text alone (fair to any therapist). */
export type TranscriptMetrics = {
  requests: number;
  unmet: number;
  /** Unmet requests / requests; 0 when there were none. */
  unmetRequests: number;
  promises: number;
  kept: number;
  /** Kept promises / promises; 1 when nothing was promised. */
  promisesKept: number;
  /** Therapist sentences that repeat an earlier therapist sentence (after normalising). */
  repeats: number;
  misses: Array<{ turn: number; type: RequestType }>;
  brokenPromises: Array<{ turn: number; text: string }>;
  repeatedSentences: Array<{ turn: number; text: string }>;
};

/** The metrics of a transcript with nothing asked, promised or repeated (also what an unmeasured run reports). */
export function emptyTranscriptMetrics(): TranscriptMetrics {
  return {
    requests: 0,
    unmet: 0,
    unmetRequests: 0,
    promises: 0,
    kept: 0,
    promisesKept: 1,
    repeats: 0,
    misses: [],
    brokenPromises: [],
    repeatedSentences: [],
  };
}

/** How early or late (ms) a nudge may come and still keep a timed promise. */
const EARLY_MS = 2000;
function lateMs(afterMs: number): number {
  return 5000 + afterMs * 0.1;
}

/** What a caller may already know, so the transcript is not read twice. */
export type MeasureOptions = {
  /** Reads therapist turns; pass the session's memoized reader to reuse the client's readings. */
  read?: TurnReader;
  /**
   * Per turn, the requests its speaker made, when known exactly (a simulated client's intent);
   * without it each client turn is read with understanding.
   */
  requests?: ReadonlyArray<readonly RequestType[]>;
};

function answersOf(text: string, read: TurnReader): Set<RequestType> {
  const reading = read(text);
  const answers = new Set(reading.answers);
  // DESIGN's move table: a scheduled nudge or a cue said now answers both nudge and cue requests
  if (reading.promises.length > 0 || reading.cues.length > 0) {
    answers.add('nudge');
    answers.add('cue');
  }
  return answers;
}

/**
 * Reads a transcript: each client request (via understanding) against the next therapist reply
 * (via readTherapistTurn), each promise against the nudges that followed, and every repeat.
 */
export function measureTranscript(turns: readonly Turn[], options: MeasureOptions = {}): TranscriptMetrics {
  const read = options.read ?? readTherapistText;
  const metrics = emptyTranscriptMetrics();
  // walking backwards, `reply` is the next turn that answers: a client turn or a non-nudge therapist turn
  let reply: Turn | undefined;
  const pending: Array<{ index: number; reply: Turn }> = [];
  for (let index = turns.length - 1; index >= 0; index--) {
    const turn = turns[index];
    // a client who leaves without an answer leaves nothing to judge
    if (turn.role === 'client' && reply && reply.role === 'therapist') pending.push({ index, reply });
    if (turn.role === 'client' || !turn.nudge) reply = turn;
  }
  for (let position = pending.length - 1; position >= 0; position--) {
    const { index, reply: answer } = pending[position];
    const requested = requestsOf(turns[index].text, options.requests?.[index]);
    if (requested.size === 0) continue;
    const answers = answersOf(answer.text, read);
    for (const type of requested) {
      metrics.requests += 1;
      if (answers.has(type)) continue;
      metrics.unmet += 1;
      metrics.misses.push({ turn: index, type });
    }
  }

  const usedNudges = new Set<number>();
  const heard = new Set<string>();
  const withdrawals = turns.flatMap((turn, index) =>
    turn.role === 'therapist' && !turn.nudge && read(turn.text).withdrawsPromises ? [index] : [],
  );
  turns.forEach((turn, index) => {
    if (turn.role !== 'therapist') return;
    for (const { sentence, key } of keyedSentences(turn.text)) {
      if (heard.has(key)) {
        metrics.repeats += 1;
        metrics.repeatedSentences.push({ turn: index, text: sentence });
      }
      heard.add(key);
    }
    if (turn.nudge) return;
    for (const promise of distinctPromises(read(turn.text).promises)) {
      metrics.promises += 1;
      const madeAt = turn.at ?? 0;
      let keptBy = -1;
      for (let candidateIndex = index + 1; candidateIndex < turns.length; candidateIndex++) {
        const candidate = turns[candidateIndex];
        if (!candidate.nudge || usedNudges.has(candidateIndex)) continue;
        if (promise.afterMs !== undefined && candidate.at !== undefined) {
          const dueAt = madeAt + promise.afterMs;
          if (candidate.at < dueAt - EARLY_MS || candidate.at > dueAt + lateMs(promise.afterMs)) continue;
        }
        keptBy = candidateIndex;
        break;
      }
      if (keptBy >= 0) {
        usedNudges.add(keptBy);
        metrics.kept += 1;
      } else if (withdrawals.some((turnIndex) => turnIndex > index)) {
        // called off out loud ("I've cancelled the reminder"): withdrawn, neither kept nor broken
        metrics.promises -= 1;
      } else metrics.brokenPromises.push({ turn: index, text: promise.text });
    }
  });
  metrics.unmetRequests = metrics.requests === 0 ? 0 : metrics.unmet / metrics.requests;
  metrics.promisesKept = metrics.promises === 0 ? 1 : metrics.kept / metrics.promises;
  return metrics;
}

function requestsOf(text: string, known: readonly RequestType[] | undefined): Set<RequestType> {
  if (known) return new Set(known);
  const requested = new Set<RequestType>();
  for (const observation of understand(text))
    if (observation.kind === 'request') requested.add(observation.type);
  return requested;
}
