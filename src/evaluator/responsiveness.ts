import type { RequestObservation } from '../spec/observation.ts';
import { normalizeSentence } from '../text/sentences.ts';
import type { TherapistTurnReading } from './therapist-turn-types.ts';
import type { RequestStatus } from './types.ts';

/** The therapist turns that reply to one client turn: everything said before the client speaks again. */
export type ResponseWindow = {
  turns: { index: number; text: string; reading: TherapistTurnReading; nudge: boolean }[];
  /** the step size (seconds) the therapist last proposed before this client turn */
  previousStepSeconds?: number;
};

/** Seconds of effort in a turn's sized instructions, or undefined when none has a size. */
export function stepSeconds(reading: TherapistTurnReading): number | undefined {
  const sized = reading.instructions.filter(
    (instruction) => instruction.sizeSeconds !== undefined && !instruction.hold,
  );
  if (sized.length === 0) return undefined;
  return sized.reduce((sum, instruction) => sum + (instruction.sizeSeconds ?? 0), 0);
}

function smallerAnswered(window: ResponseWindow): boolean {
  for (const turn of window.turns) {
    if (turn.reading.shrinks && turn.reading.instructions.length > 0) return true;
    const seconds = stepSeconds(turn.reading);
    if (
      seconds !== undefined &&
      window.previousStepSeconds !== undefined &&
      seconds < window.previousStepSeconds
    ) {
      return true;
    }
    // no earlier size to compare with: a concrete step said to be smaller is the shrink
    if (turn.reading.shrinks && window.previousStepSeconds === undefined && seconds !== undefined)
      return true;
  }
  return false;
}

function saysPhrase(window: ResponseWindow, phrase: string): boolean {
  const wanted = normalizeSentence(phrase);
  return wanted.length > 0 && window.turns.some((turn) => normalizeSentence(turn.text).includes(wanted));
}

/**
 * Whether the therapist's reply answers one request, per DESIGN.md's move table read from text:
 * a promise answers a nudge for later, a cue said now answers "nudge me now", a concrete step
 * answers "tell me exactly", and so on. A promise is an answer; whether it is kept is judged apart.
 */
export function judgeRequest(request: RequestObservation, window: ResponseWindow): RequestStatus {
  if (window.turns.length === 0) return 'pending';
  const readings = window.turns.map((turn) => turn.reading);
  const some = (predicate: (reading: TherapistTurnReading) => boolean) => readings.some(predicate);
  const promised = some((reading) => reading.promises.length > 0);
  const cueNow = some((reading) => reading.cues.length > 0);
  // a nudge turn inside the window is the nudge itself, delivered
  const nudged = window.turns.slice(1).length > 0 || window.turns.some((turn) => turn.nudge);
  const concrete = some((reading) => reading.instructions.some((instruction) => instruction.concrete));
  const answeredOrMissed = (answered: boolean): RequestStatus => (answered ? 'answered' : 'missed');

  switch (request.type) {
    case 'concrete':
      return answeredOrMissed(concrete);
    case 'smaller':
      return answeredOrMissed(smallerAnswered(window));
    case 'nudge': {
      // "nudge me now" wants words now; with a condition ("now if I start fiddling") a promise is fine
      if (request.when === 'now' && !request.condition) return answeredOrMissed(cueNow || nudged);
      if (nudged || (cueNow && request.when === 'now')) return 'answered';
      return promised ? 'answered-by-promise' : 'missed';
    }
    case 'cue': {
      if (request.phrase && saysPhrase(window, request.phrase)) {
        // the phrase inside a promise ("I'll remind you: 'Look at the cursor'") is a promise, not the cue
        const onlyPromised = readings.every((reading) => reading.cues.length === 0) && promised;
        if (!onlyPromised) return 'answered';
      }
      if (cueNow && (request.when === 'now' || !request.phrase)) return 'answered';
      if (request.when !== 'now' && some((reading) => reading.promises.some((promise) => promise.cue))) {
        return 'answered-by-promise';
      }
      return 'missed';
    }
    case 'pause':
      return answeredOrMissed(some((reading) => reading.holds));
    case 'next':
      return answeredOrMissed(some((reading) => reading.proposesStep) && concrete);
    case 'explain':
      return answeredOrMissed(some((reading) => reading.explains));
    case 'stop':
      return answeredOrMissed(some((reading) => reading.closes));
  }
}
