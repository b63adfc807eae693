import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TinystepError } from '../../spec/errors.ts';
import { CLIENT_CODES, type ClientCode, THERAPIST_CODES, type TherapistCode } from './miti-vocabulary.ts';

const ClientTurn = z.object({
  speaker: z.literal('client'),
  text: z.string(),
  code: z.enum(CLIENT_CODES).optional(),
});
const TherapistTurn = z.object({
  speaker: z.literal('therapist'),
  utterances: z.array(z.object({ text: z.string(), code: z.enum(THERAPIST_CODES).optional() })),
});
export const CodedExchange = z.object({
  id: z.string(),
  topic: z.string().optional(),
  skill: z.string().optional(),
  turns: z.array(z.discriminatedUnion('speaker', [ClientTurn, TherapistTurn])),
});
export type CodedExchange = z.infer<typeof CodedExchange>;

/** One coder's codes for a set, keyed `id#turn#utterance` (therapist) and `id#turn` (client). */
export type Coding = { therapist: Map<string, TherapistCode>; client: Map<string, ClientCode> };

export const utteranceKey = (id: string, turn: number, utterance: number) => `${id}#${turn}#${utterance}`;
export const clientKey = (id: string, turn: number) => `${id}#${turn}`;

/** Reads a coded set: one exchange per line (`{"id","turns":[…]}`), each line checked. */
export function readCodedSet(path: string): CodedExchange[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new TinystepError('not-found', `${path}: no such coded set`, {
      hint: 'give the path of an exchanges.jsonl file',
    });
  }
  const exchanges: CodedExchange[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new TinystepError('invalid-input', `${path}:${index + 1}: invalid JSON`, {
        hint: 'one exchange object per line',
      });
    }
    const parsed = CodedExchange.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TinystepError(
        'invalid-input',
        `${path}:${index + 1}: ${issue.path.join('.')}: ${issue.message}`,
        {
          hint: 'each exchange needs "id" and "turns" with client codes and therapist utterance codes',
        },
      );
    }
    exchanges.push(parsed.data);
  });
  return exchanges;
}

/** The codes written in the set itself (its own coder's). */
export function codingOf(exchanges: readonly CodedExchange[]): Coding {
  const coding: Coding = { therapist: new Map(), client: new Map() };
  for (const exchange of exchanges) {
    exchange.turns.forEach((turn, turnIndex) => {
      if (turn.speaker === 'client') {
        if (turn.code) coding.client.set(clientKey(exchange.id, turnIndex), turn.code);
        return;
      }
      turn.utterances.forEach((utterance, utteranceIndex) => {
        if (utterance.code)
          coding.therapist.set(utteranceKey(exchange.id, turnIndex, utteranceIndex), utterance.code);
      });
    });
  }
  return coding;
}
