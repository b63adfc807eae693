import { lexicalDiversity } from '../simulator/diversity.ts';
import type { Persona } from '../simulator/persona-schema.ts';
import { deriveSeed } from '../simulator/prng.ts';
import { keyedSentences } from '../simulator/sentence-keys.ts';
import type { Turn } from '../spec/transcript.ts';
import { writeTranscriptJsonl, writeTranscriptText } from '../transcript/index.ts';
import type { ClientFactory } from './client.ts';
import { type TherapistSpec, therapistFactory, therapistLabel } from './resolve-therapist.ts';
import { runSession, type SessionEnd, type SessionTimings } from './run-session.ts';
import { emptyTranscriptMetrics, measureTranscript, type TranscriptMetrics } from './session-metrics.ts';

function clientVariety(turns: readonly Turn[]) {
  const utterances = turns.filter((turn) => turn.role === 'client').map((turn) => turn.text);
  const seen = new Set<string>();
  let clientRepeats = 0;
  for (const utterance of utterances) {
    for (const { key } of keyedSentences(utterance)) {
      if (seen.has(key)) clientRepeats += 1;
      seen.add(key);
    }
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const diversity = lexicalDiversity(utterances);
  return {
    clientDistinct2: round(diversity.distinct2),
    clientMtld: round(diversity.mtld),
    clientRepeats,
  };
}

/** One session to play: which persona against which therapist, and its place in the batch. */
export type SessionJob = {
  personaIndex: number;
  therapistIndex: number;
  sessionIndex: number;
  seed: number;
  maxTurns: number;
  keepTranscripts: boolean;
  /** Read the transcript for requests, promises and repeats (default true; benchmarks may skip it). */
  measure?: boolean;
};

/** What one played session leaves behind: figures for the tables, transcripts when asked for. */
export type SessionRecord = Pick<
  TranscriptMetrics,
  'requests' | 'unmet' | 'unmetRequests' | 'promises' | 'kept' | 'promisesKept' | 'repeats'
> & {
  persona: string;
  therapist: string;
  personaIndex: number;
  therapistIndex: number;
  sessionIndex: number;
  seed: number;
  completedSteps: number;
  distressDelta: number;
  dropout: boolean;
  /** How heard the client felt at the end (0–10); null when the client cannot say (an LLM client). */
  heardEnd: number | null;
  /** Client turns of change talk and of sustain talk (motivational interviewing's client talk). */
  changeTalk: number;
  sustainTalk: number;
  /** The client turn at which the client left unfinished (dropout, leaving early); null when it stayed. */
  dropoutTurn: number | null;
  turns: number;
  end: SessionEnd;
  /** The client's lexical diversity (distinct bigrams share, MTLD) and its verbatim sentence repeats. */
  clientDistinct2: number;
  clientMtld: number;
  clientRepeats: number;
  /** Present only for an LLM-played client (`llm`): the rule client's records stay as they were. */
  client?: 'llm';
  /** Why the session ended abnormally, e.g. an LLM client whose model kept failing. Never session text. */
  note?: string;
  text?: string;
  jsonl?: string;
};

/**
 * The seed of one session: the same for every therapist, so each therapist meets the same
 * client (same card, same dice) and the comparison is fair.
 */
export function sessionSeed(seed: number, persona: Persona, sessionIndex: number): number {
  return deriveSeed(seed, persona.id, sessionIndex);
}

/** Real time one played job took, split by who spent it (benchmarks). */
export type JobTimings = SessionTimings & { metricsMs: number };

export async function playJob(
  job: SessionJob,
  personas: Persona[],
  therapists: TherapistSpec[],
  timings?: JobTimings,
  client?: ClientFactory,
  signal?: AbortSignal,
): Promise<SessionRecord> {
  const persona = personas[job.personaIndex];
  const spec = therapists[job.therapistIndex];
  const result = await runSession({
    persona,
    therapist: await therapistFactory(spec),
    seed: job.seed,
    maxTurns: job.maxTurns,
    timings,
    client,
    signal,
  });
  const metricsStarted = timings ? performance.now() : 0;
  const metrics =
    job.measure === false
      ? emptyTranscriptMetrics()
      : measureTranscript(result.turns, { read: result.read, requests: result.requests });
  const record: SessionRecord = {
    persona: persona.id,
    therapist: therapistLabel(spec),
    personaIndex: job.personaIndex,
    therapistIndex: job.therapistIndex,
    sessionIndex: job.sessionIndex,
    seed: job.seed,
    completedSteps: result.client.completedSteps,
    distressDelta: Math.round((result.client.distressEnd - result.client.distressStart) * 100) / 100,
    dropout: result.client.dropout,
    heardEnd: result.client.heardEnd ?? null,
    changeTalk: result.client.changeTalk ?? 0,
    sustainTalk: result.client.sustainTalk ?? 0,
    dropoutTurn: result.client.dropoutTurn ?? null,
    requests: metrics.requests,
    unmet: metrics.unmet,
    unmetRequests: metrics.unmetRequests,
    promises: metrics.promises,
    kept: metrics.kept,
    promisesKept: metrics.promisesKept,
    repeats: metrics.repeats,
    turns: result.turns.length,
    end: result.end,
    ...clientVariety(result.turns),
    ...(client?.kind === 'llm' ? { client: 'llm' as const } : {}),
    ...(result.client.note ? { note: result.client.note } : {}),
  };
  if (timings) timings.metricsMs += performance.now() - metricsStarted;
  if (job.keepTranscripts) {
    record.text = writeTranscriptText(result.turns);
    record.jsonl = writeTranscriptJsonl(result.turns);
  }
  return record;
}
