import type { Turn } from '../../spec/transcript.ts';
import { codeClientTurn } from './client-talk.ts';
import { estimateGlobals, type GlobalEstimates, type Response } from './global-ratings.ts';
import { type CodedUtterance, codeTherapistTurn } from './miti-coder.ts';
import { type MitiSummary, summarizeMiti } from './miti-summary.ts';
import type { ClientCode, TherapistCode } from './miti-vocabulary.ts';
import { readClientContext } from './reflection-evidence.ts';

/** One turn's MITI coding: the therapist's utterances, or the client's talk. */
export type TurnCoding =
  | { index: number; role: 'therapist'; utterances: CodedUtterance[] }
  | { index: number; role: 'client'; talk: { code: ClientCode; reasons: string[] } };

export type SessionCoding = { turns: TurnCoding[]; summary: MitiSummary; globals: GlobalEstimates };

/**
 * Codes a whole session the MITI 4.2.1 way: every therapist utterance in the context of the
 * client's turn before it (and of the therapist's own turn before that, for permission), every
 * client turn as change, sustain or neutral; then the counts, summary scores and estimated globals.
 * Nudge turns are coded like any other therapist turn.
 */
export function codeSession(turns: readonly Pick<Turn, 'role' | 'text'>[]): SessionCoding {
  const coded: TurnCoding[] = [];
  const therapistCodes: TherapistCode[] = [];
  const clientCodes: ClientCode[] = [];
  const responses: Response[] = [];
  let clientText: string | undefined;
  let previousTherapistText: string | undefined;
  let lastTherapistText: string | undefined;
  let pending: Response | undefined;
  turns.forEach((turn, index) => {
    if (turn.role === 'client') {
      const talk = codeClientTurn(turn.text, { therapistText: lastTherapistText });
      coded.push({ index, role: 'client', talk: { code: talk.code, reasons: talk.reasons } });
      clientCodes.push(talk.code);
      clientText = turn.text;
      previousTherapistText = lastTherapistText;
      pending = { client: talk.code, next: [] };
      responses.push(pending);
      return;
    }
    const utterances = codeTherapistTurn(turn.text, {
      clientText,
      previousTherapistText,
      client: readClientContext(clientText),
    });
    coded.push({ index, role: 'therapist', utterances });
    for (const utterance of utterances) therapistCodes.push(utterance.code);
    if (pending) (pending.next as TherapistCode[]).push(...utterances.map((utterance) => utterance.code));
    pending = undefined;
    lastTherapistText = turn.text;
  });
  const summary = summarizeMiti(therapistCodes, clientCodes);
  return { turns: coded, summary, globals: estimateGlobals(summary, responses) };
}
