import type { Turn } from '../spec/transcript.ts';
import { parseTranscriptJsonl } from './jsonl.ts';
import { parseTranscriptText } from './parse-text.ts';

export type TranscriptFormat = 'text' | 'jsonl';

/** JSON Lines when the first non-blank character opens an object; the text format otherwise. */
export function detectFormat(text: string): TranscriptFormat {
  return /^\s*\{/.test(text.replace(/^\uFEFF/, '')) ? 'jsonl' : 'text';
}

export function parseTranscript(
  text: string,
  options: { source?: string; format?: TranscriptFormat } = {},
): Turn[] {
  const format = options.format ?? detectFormat(text);
  return format === 'jsonl' ? parseTranscriptJsonl(text, options) : parseTranscriptText(text, options);
}
