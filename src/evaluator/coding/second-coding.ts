import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TinystepError } from '../../spec/errors.ts';
import {
  type CodedExchange,
  CodedExchange as CodedExchangeSchema,
  type Coding,
  clientKey,
  codingOf,
  utteranceKey,
} from './coded-set.ts';
import { CLIENT_CODES, THERAPIST_CODES } from './miti-vocabulary.ts';

// one code per line: {"id","turn","utterance"?,"code"} (turn and utterance 0-based, as in the set)
const CodeLine = z.object({
  id: z.string(),
  turn: z.number().int().nonnegative(),
  utterance: z.number().int().nonnegative().optional(),
  code: z.union([z.enum(THERAPIST_CODES), z.enum(CLIENT_CODES)]),
});

/**
 * A second coder's codes for the same set: either the set's own shape (the exchanges with that
 * coder's codes) or one code per line. Items the second coder did not code are left out, so the
 * agreement is over the items both coded.
 */
export function readSecondCoding(path: string, exchanges: readonly CodedExchange[]): Coding {
  const text = readFileSync(path, 'utf8');
  const coding: Coding = { therapist: new Map(), client: new Map() };
  const speakers = new Map(
    exchanges.map((exchange) => [exchange.id, exchange.turns.map((turn) => turn.speaker)]),
  );
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const value: unknown = JSON.parse(line);
    const asExchange = CodedExchangeSchema.safeParse(value);
    if (asExchange.success) {
      const own = codingOf([asExchange.data]);
      for (const [key, code] of own.therapist) coding.therapist.set(key, code);
      for (const [key, code] of own.client) coding.client.set(key, code);
      return;
    }
    const parsed = CodeLine.safeParse(value);
    if (!parsed.success) {
      throw new TinystepError('invalid-input', `${path}:${index + 1}: neither an exchange nor a code line`, {
        hint: 'write {"id","turn","utterance","code"} per line, or the exchanges with codes',
      });
    }
    const { id, turn, utterance, code } = parsed.data;
    const speaker = speakers.get(id)?.[turn];
    if (speaker === 'client' && (CLIENT_CODES as readonly string[]).includes(code))
      coding.client.set(clientKey(id, turn), code as (typeof CLIENT_CODES)[number]);
    else if (speaker === 'therapist' && (THERAPIST_CODES as readonly string[]).includes(code))
      coding.therapist.set(utteranceKey(id, turn, utterance ?? 0), code as (typeof THERAPIST_CODES)[number]);
  });
  return coding;
}
