import { readTherapistTurn } from '../evaluator/therapist-turn.ts';
import type { RequestType } from '../spec/observation.ts';
import type { Turn } from '../spec/transcript.ts';
import { normalizeSentence, splitSentences } from '../text/sentences.ts';
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

/** How early or late (ms) a nudge may come and still keep a timed promise. */
const EARLY_MS = 2000;
function lateMs(afterMs: number): number {
  return 5000 + afterMs * 0.1;
}

function answersOf(text: string): Set<RequestType> {
  const reading = readTherapistTurn(text);
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
export function measureTranscript(turns: readonly Turn[]): TranscriptMetrics {
  const metrics: TranscriptMetrics = {
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
  turns.forEach((turn, index) => {
    if (turn.role !== 'client') return;
    const reply = turns.slice(index + 1).find((candidate) => candidate.role === 'client' || !candidate.nudge);
    // a client who leaves without an answer leaves nothing to judge
    if (!reply || reply.role === 'client') return;
    const requested = new Set<RequestType>();
    for (const observation of understand(turn.text))
      if (observation.kind === 'request') requested.add(observation.type);
    if (requested.size === 0) return;
    const answers = answersOf(reply.text);
    for (const type of requested) {
      metrics.requests += 1;
      if (answers.has(type)) continue;
      metrics.unmet += 1;
      metrics.misses.push({ turn: index, type });
    }
  });

  const usedNudges = new Set<number>();
  const heard = new Set<string>();
  turns.forEach((turn, index) => {
    if (turn.role !== 'therapist') return;
    for (const sentence of splitSentences(turn.text)) {
      const key = normalizeSentence(sentence);
      if (heard.has(key)) {
        metrics.repeats += 1;
        metrics.repeatedSentences.push({ turn: index, text: sentence });
      }
      heard.add(key);
    }
    if (turn.nudge) return;
    for (const promise of readTherapistTurn(turn.text).promises) {
      metrics.promises += 1;
      const madeAt = turn.at ?? 0;
      const keptBy = turns.findIndex((candidate, candidateIndex) => {
        if (candidateIndex <= index || !candidate.nudge || usedNudges.has(candidateIndex)) return false;
        if (promise.afterMs === undefined || candidate.at === undefined) return true;
        const dueAt = madeAt + promise.afterMs;
        return candidate.at >= dueAt - EARLY_MS && candidate.at <= dueAt + lateMs(promise.afterMs);
      });
      if (keptBy >= 0) {
        usedNudges.add(keptBy);
        metrics.kept += 1;
      } else metrics.brokenPromises.push({ turn: index, text: promise.text });
    }
  });
  metrics.unmetRequests = metrics.requests === 0 ? 0 : metrics.unmet / metrics.requests;
  metrics.promisesKept = metrics.promises === 0 ? 1 : metrics.kept / metrics.promises;
  return metrics;
}
