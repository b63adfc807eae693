import { TinystepError } from '../spec/errors.ts';
import type { Turn } from '../spec/transcript.ts';
import { MessageRecord, readMessageRecord } from './message-record.ts';

/** The keys under which chat exports keep their list of messages. */
const LIST_KEYS = ['messages', 'turns', 'utterances', 'conversation', 'dialog', 'dialogue', 'transcript'];

/** The list of messages in a JSON document, or undefined when it holds no conversation. */
export function conversationList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of LIST_KEYS) {
    const list = (value as Record<string, unknown>)[key];
    if (Array.isArray(list)) return list;
  }
  return undefined;
}

/**
 * Parses one JSON document holding a conversation: an OpenAI `messages` array
 * (`[{"role":"user","content":…}]`), an object with `messages`, `turns` or `utterances`, or a
 * list of tinystep turns. System and tool messages are skipped.
 */
export function parseTranscriptJson(text: string, options: { source?: string } = {}): Turn[] {
  const source = options.source ?? 'transcript';
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
    throw new TinystepError('invalid-input', `${source}:${line}: invalid JSON`, {
      hint: 'give a JSON array of {"role","content"} messages, or one object per line (JSON Lines)',
    });
  }
  const list = conversationList(value);
  if (!list) {
    throw new TinystepError('invalid-input', `${source}:1: no conversation in this JSON`, {
      hint: 'give an array of messages or an object with a "messages" array',
    });
  }
  const turns: Turn[] = [];
  list.forEach((item, index) => {
    const parsed = MessageRecord.safeParse(item);
    const where = `${source}:1: message ${index + 1}`;
    if (!parsed.success) {
      throw new TinystepError('invalid-input', `${where}: not a {"role","content"} object`, {
        hint: 'each message needs a "role" and a "content" (or "text")',
      });
    }
    const read = readMessageRecord(parsed.data);
    if (read.kind === 'error')
      throw new TinystepError('invalid-input', `${where}: field "${read.field}": ${read.message}`, {
        hint: read.hint,
      });
    if (read.kind === 'turn') turns.push(read.turn);
  });
  if (turns.length === 0) {
    throw new TinystepError(
      'invalid-input',
      `${source}:1: the conversation has no client or therapist turns`,
      {
        hint: 'give at least one "user" or "assistant" message',
      },
    );
  }
  return turns;
}
