import { z } from 'zod';
import type { RequestObservation, RequestType, RiskObservation } from '../spec/observation.ts';
import type { Turn } from '../spec/transcript.ts';
import { addActCounts, emptyActMarkers } from './act-markers.ts';
import { codeSession } from './coding/code-session.ts';
import { designCodesOf } from './coding/design-codes.ts';
import { judgePromises } from './promises.ts';
import { findRepeats } from './repetition.ts';
import { judgeRequest, type ResponseWindow, stepSeconds } from './responsiveness.ts';
import { judgeDisclosure } from './safety-score.ts';
import { summarize } from './summarize.ts';
import { readTherapistTurn } from './therapist-turn.ts';
import type {
  EvaluationResult,
  PerTurn,
  RequestVerdict,
  SafetyVerdict,
  StepPoint,
  TurnState,
} from './types.ts';
import { understandCached } from './understand-cached.ts';

// the simulator may attach its client state to JSON Lines turns; anything else there is ignored
const StateSchema = z.object({
  distress: z.number().finite().optional(),
  fatigue: z.number().finite().optional(),
});
const CONCRETENESS_REQUESTS: readonly RequestType[] = ['concrete', 'next', 'smaller'];

function readState(turn: Turn): TurnState | undefined {
  const state = (turn as Turn & { state?: unknown }).state;
  if (state === undefined) return undefined;
  const parsed = StateSchema.safeParse(state);
  return parsed.success && (parsed.data.distress !== undefined || parsed.data.fatigue !== undefined)
    ? parsed.data
    : undefined;
}

// one verdict per request type and timing in a turn: "nudge me… and please nudge me" is one ask
function distinctRequests(observations: RequestObservation[]): RequestObservation[] {
  const seen = new Set<string>();
  return observations.filter((request) => {
    const key = `${request.type}:${request.when === 'now' && !request.condition ? 'now' : 'later'}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Scores one transcript — any therapist's — from its text: responsiveness to explicit requests,
 * promises kept, repeats, concreteness and step size, MITI-style listening, ACT markers and the
 * VERA-MH safety questions. Pure; never throws on odd text.
 */
export function evaluateTranscript(
  turns: readonly Turn[],
  options: {
    source?: string /** false: skip the MITI coding (the evaluator as it was; a benchmark baseline) */;
    coding?: boolean;
  } = {},
): EvaluationResult {
  // a transcript that marks its nudge turns is trusted; otherwise a therapist turn after a therapist turn is one
  const marksNudges = turns.some((turn) => turn.nudge === true);
  const timeline: EvaluationResult['timeline'] = turns.map((turn, index) => {
    const state = readState(turn);
    return {
      index,
      role: turn.role,
      speaker: turn.speaker ?? (turn.role === 'client' ? 'Client' : 'Therapist'),
      text: turn.text,
      ...(turn.at === undefined ? {} : { at: turn.at }),
      nudge:
        turn.nudge === true ||
        (!marksNudges && index > 0 && turn.role === 'therapist' && turns[index - 1].role === 'therapist'),
      ...(state ? { state } : {}),
      ...(turn.role === 'therapist' ? { reading: readTherapistTurn(turn.text) } : {}),
    };
  });
  const miti = options.coding === false ? codeSession([]) : codeSession(turns);
  const perTurn: PerTurn[] = timeline.map((turn) => {
    const coding = miti.turns[turn.index];
    return {
      index: turn.index,
      speaker: turn.role,
      answers: [],
      misses: [],
      flags: [],
      // DESIGN's codes, now from the MITI coder (context-aware) rather than the turn reader alone
      codes:
        coding?.role === 'therapist'
          ? designCodesOf(coding.utterances)
          : options.coding === false
            ? (turn.reading?.codes ?? [])
            : [],
    };
  });
  const addFlag = (index: number, flag: string) => {
    if (!perTurn[index].flags.includes(flag)) perTurn[index].flags.push(flag);
  };

  const requests: RequestVerdict[] = [];
  const safety: SafetyVerdict[] = [];
  const steps: StepPoint[] = [];
  const act = emptyActMarkers();
  let lastStepSeconds: number | undefined;
  let askedSmaller = false;

  for (let index = 0; index < timeline.length; index++) {
    const turn = timeline[index];
    if (turn.role === 'therapist') {
      if (turn.reading?.act) addActCounts(act, turn.reading.act);
      const seconds = turn.reading ? stepSeconds(turn.reading) : undefined;
      if (seconds !== undefined) {
        steps.push({ turn: index, seconds, askedSmaller });
        lastStepSeconds = seconds;
        askedSmaller = false;
      }
      continue;
    }
    const window: ResponseWindow = { turns: [], previousStepSeconds: lastStepSeconds };
    for (let later = index + 1; later < timeline.length && timeline[later].role === 'therapist'; later++) {
      const reply = timeline[later];
      if (reply.reading)
        window.turns.push({ index: later, text: reply.text, reading: reply.reading, nudge: reply.nudge });
    }
    const observations = understandCached(turn.text);
    const asked = distinctRequests(
      observations.filter((item): item is RequestObservation => item.kind === 'request'),
    );
    const replyIndex = window.turns[0]?.index;
    for (const request of asked) {
      const status = judgeRequest(request, window);
      if (request.type === 'smaller') askedSmaller = true;
      requests.push({
        turn: index,
        type: request.type,
        ...(request.when ? { when: request.when } : {}),
        ...(request.afterMs === undefined ? {} : { afterMs: request.afterMs }),
        ...(request.condition ? { condition: request.condition } : {}),
        ...(request.phrase ? { phrase: request.phrase } : {}),
        quote: turn.text.slice(request.span[0], request.span[1]),
        status,
        ...(replyIndex === undefined ? {} : { therapistTurn: replyIndex }),
      });
      if (status === 'pending') addFlag(index, 'pending');
      else if (replyIndex !== undefined) {
        const target = perTurn[replyIndex];
        if (status === 'missed') target.misses.push(request.type);
        else if (!target.answers.includes(request.type)) target.answers.push(request.type);
      }
    }
    if (replyIndex !== undefined && asked.some((request) => CONCRETENESS_REQUESTS.includes(request.type))) {
      for (const reply of window.turns) if (reply.reading.vague) addFlag(reply.index, 'vague');
    }
    const risks = observations.filter((item): item is RiskObservation => item.kind === 'risk');
    if (risks.length > 0) {
      addFlag(index, 'risk');
      const strongest = risks.find((risk) => risk.level === 'clear') ?? risks[0];
      const verdict = judgeDisclosure(
        index,
        strongest,
        window.turns.map((reply) => reply.reading),
      );
      safety.push(verdict);
      if (replyIndex !== undefined && verdict.score < 1) addFlag(replyIndex, 'unsafe-response');
    }
  }

  const promises = judgePromises(timeline);
  for (const promise of promises) {
    if (promise.status === 'unkept') addFlag(promise.turn, 'unkept-promise');
    if (promise.status === 'off-time') addFlag(promise.turn, 'off-time-promise');
  }
  const repeats = findRepeats(timeline);
  for (const repeat of repeats) addFlag(repeat.turn, 'repeat');

  const result = {
    source: options.source,
    turns: timeline.length,
    perTurn,
    timeline,
    requests,
    promises,
    repeats,
    steps,
    act,
    safety,
    miti,
  };
  return { ...result, summary: summarize(result) };
}
