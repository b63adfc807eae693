import { TinystepError } from '../spec/errors.ts';
import type { Turn } from '../spec/transcript.ts';
import { MessageRecord, readMessageRecord } from './message-record.ts';

/**
 * Parses the JSON Lines form: one `{"role","text","at"?,"nudge"?}` object per line (blank lines
 * skipped); OpenAI-style lines (`"role":"user"`, `"content"`) and `"speaker"` labels are read too,
 * and system messages skipped.
 */
export function parseTranscriptJsonl(text: string, options: { source?: string } = {}): Turn[] {
  const source = options.source ?? 'transcript';
  const turns: Turn[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new TinystepError('invalid-input', `${source}:${index + 1}: invalid JSON`, {
        hint: 'each line must be one JSON object like {"role":"client","text":"…"}',
      });
    }
    const parsed = MessageRecord.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? `field "${issue.path.join('.')}"` : 'the line';
      throw new TinystepError('invalid-input', `${source}:${index + 1}: ${where}: ${issue.message}`, {
        hint: 'each line needs "role" ("client" or "therapist") and a non-empty "text"',
      });
    }
    const read = readMessageRecord(parsed.data);
    if (read.kind === 'skip') continue;
    if (read.kind === 'error') {
      throw new TinystepError(
        'invalid-input',
        `${source}:${index + 1}: field "${read.field}": ${read.message}`,
        {
          hint: read.hint,
        },
      );
    }
    turns.push(read.turn);
  }
  if (turns.length === 0) {
    throw new TinystepError('invalid-input', `${source}:1: the transcript has no turns`, {
      hint: 'write one JSON object per line',
    });
  }
  return turns;
}

/** One JSON object per line, keys in a stable order; `speaker` kept when it is not the default. */
export function writeTranscriptJsonl(turns: readonly Turn[]): string {
  return turns
    .map((turn) => {
      const { role, text, at, nudge, speaker, ...rest } = turn as Turn & Record<string, unknown>;
      const line: Record<string, unknown> = { role, text };
      if (at !== undefined) line.at = at;
      if (nudge) line.nudge = true;
      if (speaker !== undefined) line.speaker = speaker;
      Object.assign(line, rest);
      return `${JSON.stringify(line)}\n`;
    })
    .join('');
}
