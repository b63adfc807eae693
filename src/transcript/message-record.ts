import type { z } from 'zod';
import { zod } from '../spec/lazy-zod.ts';
import type { Role, Turn } from '../spec/transcript.ts';
import { roleOfSpeaker } from './speakers.ts';

/** Roles in chat exports that are no one's turn: instructions to a model, tool output. */
const SKIPPED_ROLES = new Set(['system', 'developer', 'tool', 'function']);

function messageRecordSchema() {
  const { z } = zod();
  // OpenAI's content may be a list of parts; only the text parts are words someone said
  const ContentPart = z.object({ type: z.string().optional(), text: z.string().optional() }).loose();
  const Content = z.union([z.string(), z.array(z.union([z.string(), ContentPart]))]);
  return z
    .object({
      role: z.string().optional(),
      speaker: z.string().optional(),
      text: Content.optional(),
      content: Content.optional(),
      utterance: z.string().optional(),
      message: z.string().optional(),
      at: z.number().finite().nonnegative().optional(),
      nudge: z.boolean().optional(),
    })
    .loose();
}

// built on the first JSON record: a plain-text transcript never loads zod
let schema: ReturnType<typeof messageRecordSchema> | undefined;

export const MessageRecord = {
  safeParse: (value: unknown) => {
    schema ??= messageRecordSchema();
    return schema.safeParse(value);
  },
};
export type MessageRecord = z.infer<ReturnType<typeof messageRecordSchema>>;

export type ReadRecord =
  | { kind: 'turn'; turn: Turn }
  | { kind: 'skip' }
  | { kind: 'error'; field: string; message: string; hint: string };

function textOf(content: MessageRecord['content']): string | undefined {
  if (content === undefined) return undefined;
  if (typeof content === 'string') return content;
  return content
    .map((part) => (typeof part === 'string' ? part : (part.text ?? '')))
    .filter(Boolean)
    .join('\n');
}

/**
 * One turn from one record of any common shape: tinystep's `{"role","text"}`, OpenAI's
 * `{"role":"user","content":…}`, `{"speaker":"counsellor","text":…}`. Keeps the record's other
 * fields (the simulator's `state`) so the evaluator can read them.
 */
export function readMessageRecord(record: MessageRecord): ReadRecord {
  const label = record.role ?? record.speaker;
  if (label === undefined)
    return { kind: 'error', field: 'role', message: 'missing', hint: 'give each turn a "role"' };
  if (SKIPPED_ROLES.has(label.trim().toLowerCase())) return { kind: 'skip' };
  const role: Role | undefined = roleOfSpeaker(label);
  if (!role) {
    return {
      kind: 'error',
      field: record.role !== undefined ? 'role' : 'speaker',
      message: `unknown role "${label.slice(0, 30)}"`,
      hint: 'use "client" or "therapist" (or "user" / "assistant")',
    };
  }
  const text = textOf(record.text) ?? textOf(record.content) ?? record.utterance ?? record.message;
  if (text === undefined || text.trim() === '') {
    return {
      kind: 'error',
      field: 'text',
      message: 'text is empty',
      hint: 'give each turn a non-empty "text"',
    };
  }
  if (record.nudge && role !== 'therapist') {
    return {
      kind: 'error',
      field: 'nudge',
      message: 'only the therapist can nudge',
      hint: 'set "nudge" only on therapist turns',
    };
  }
  const { role: _role, speaker, text: _text, content: _content, utterance, message, ...rest } = record;
  const turn = { ...rest, role, text } as Turn & Record<string, unknown>;
  // a speaker label that is the role's own name adds nothing; anything else is kept for the round trip
  if (speaker !== undefined && record.role !== undefined) turn.speaker = speaker;
  if (turn.nudge === false) delete turn.nudge;
  void utterance;
  void message;
  return { kind: 'turn', turn };
}
