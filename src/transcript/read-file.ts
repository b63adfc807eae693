import { readFileSync, statSync } from 'node:fs';
import { TinystepError } from '../spec/errors.ts';
import type { Turn } from '../spec/transcript.ts';
import { parseTranscript, type TranscriptFormat } from './parse.ts';

export const MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024;

/** Reads a transcript file with the checks a user needs: exists, not too big, text, UTF-8. */
export function readTextFile(path: string, what = 'file'): string {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      throw new TinystepError('invalid-input', `${path}: is a directory, not a ${what}`, {
        hint: `give the path of a ${what}`,
      });
    }
    size = stats.size;
  } catch (error) {
    if (error instanceof TinystepError) throw error;
    throw new TinystepError('not-found', `${path}: no such ${what}`, { hint: 'check the path' });
  }
  if (size > MAX_TRANSCRIPT_BYTES) {
    throw new TinystepError(
      'too-large',
      `${path}: ${(size / 1024 / 1024).toFixed(1)} MB is over the 5 MB limit`,
      {
        hint: 'split the transcript into smaller files',
      },
    );
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) {
    throw new TinystepError('invalid-input', `${path}:1: looks like a binary file, not text`, {
      hint: `give a UTF-8 text ${what}`,
    });
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') {
    throw new TinystepError('invalid-input', `${path}:1: the file is empty`, {
      hint: `write the ${what} first`,
    });
  }
  return text;
}

export function readTranscriptFile(path: string, options: { format?: TranscriptFormat } = {}): Turn[] {
  return parseTranscript(readTextFile(path, 'transcript'), { source: path, format: options.format });
}
