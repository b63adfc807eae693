import type { Turn } from '../spec/transcript.ts';
import { parseTranscriptJsonl } from './jsonl.ts';
import { parseTranscriptCsv } from './parse-csv.ts';
import { conversationList, parseTranscriptJson } from './parse-json.ts';
import { parseTranscriptText } from './parse-text.ts';

export type TranscriptFormat = 'text' | 'jsonl' | 'json' | 'csv';

const CSV_HEADER =
  /^[^\n]*\b(speaker|role|interlocutor|author)\b[^\n]*[,;\t][^\n]*$|^[^\n]*[,;\t][^\n]*\b(speaker|role|interlocutor|author)\b/i;

/**
 * From the content (the file name's extension settles ties): a JSON array or a single object
 * spanning the file is JSON, an object per line JSON Lines, a header row naming a speaker column
 * CSV, anything else the text format.
 */
export function detectFormat(text: string, fileName?: string): TranscriptFormat {
  const clean = text.replace(/^\uFEFF/, '').trimStart();
  const extension = fileName ? /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() : undefined;
  // "[00:12] Client: …" opens with a bracket too; a JSON array opens with an object, a string or nothing
  if (/^\[\s*[{"\]]/.test(clean)) return 'json';
  if (clean.startsWith('{')) {
    if (extension === 'json') return 'json';
    if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
    // JSON Lines when the first line is a whole object on its own
    const firstLine = clean.split(/\r?\n/, 1)[0];
    try {
      // a one-line {"messages":[…]} document is JSON; a turn per line is JSON Lines
      return conversationList(JSON.parse(firstLine)) ? 'json' : 'jsonl';
    } catch {
      return 'json';
    }
  }
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  const firstLine = clean.split(/\r?\n/, 1)[0];
  if (CSV_HEADER.test(firstLine) && !/^\S[^:]{0,30}:\s/.test(firstLine)) return 'csv';
  return 'text';
}

export function parseTranscript(
  text: string,
  options: { source?: string; format?: TranscriptFormat } = {},
): Turn[] {
  const format = options.format ?? detectFormat(text, options.source);
  switch (format) {
    case 'jsonl':
      return parseTranscriptJsonl(text, options);
    case 'json':
      return parseTranscriptJson(text, options);
    case 'csv':
      return parseTranscriptCsv(text, options);
    default:
      return parseTranscriptText(text, options);
  }
}
