import { TinystepError } from '../spec/errors.ts';
import type { Turn } from '../spec/transcript.ts';
import { assignNumberedSpeakers } from './numbered-speakers.ts';
import { isNumberedSpeaker, roleOfSpeaker } from './speakers.ts';
import { parseTimePrefix } from './time-prefix.ts';

const SPEAKER_COLUMNS = ['speaker', 'role', 'interlocutor', 'author', 'who', 'party', 'sender', 'from'];
const TEXT_COLUMNS = ['text', 'utterance', 'utterance_text', 'content', 'message', 'line', 'transcript'];
const TIME_COLUMNS = ['time', 'timestamp', 'at', 'start', 'start_time'];

type Row = { cells: string[]; line: number };

/** RFC 4180 rows: quoted cells may hold the delimiter, doubled quotes and line breaks. */
export function readDelimitedRows(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index++;
        } else quoted = false;
      } else {
        if (character === '\n') line++;
        cell += character;
      }
      continue;
    }
    if (character === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (character === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      cells.push(cell);
      if (cells.some((value) => value.trim() !== '')) rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += character;
  }
  cells.push(cell);
  if (cells.some((value) => value.trim() !== '')) rows.push({ cells, line: rowLine });
  return rows;
}

function column(header: string[], names: readonly string[]): number {
  const normalized = header.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  for (const name of names) {
    const found = normalized.indexOf(name);
    if (found >= 0) return found;
  }
  return -1;
}

/**
 * Parses a CSV (or TSV, or semicolon-separated) transcript with a header row naming a speaker
 * column (speaker, role, interlocutor…) and a text column (text, utterance, content…); a time
 * column is read when present. Errors name the row's line in the file.
 */
export function parseTranscriptCsv(
  text: string,
  options: { source?: string; delimiter?: string } = {},
): Turn[] {
  const source = options.source ?? 'transcript';
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0];
  const delimiter =
    options.delimiter ??
    ([',', '\t', ';'] as const).reduce((best, candidate) =>
      firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
    );
  const rows = readDelimitedRows(clean, delimiter);
  if (rows.length === 0) {
    throw new TinystepError('invalid-input', `${source}:1: the file has no rows`, {
      hint: 'write a header row first',
    });
  }
  const header = rows[0].cells;
  const speakerColumn = column(header, SPEAKER_COLUMNS);
  const textColumn = column(header, TEXT_COLUMNS);
  if (speakerColumn < 0 || textColumn < 0) {
    throw new TinystepError(
      'invalid-input',
      `${source}:1: no ${speakerColumn < 0 ? 'speaker' : 'text'} column in the header`,
      {
        hint: 'name the columns in the first row, e.g. "speaker,text"',
      },
    );
  }
  const timeColumn = column(header, TIME_COLUMNS);
  const turns: Turn[] = [];
  for (const row of rows.slice(1)) {
    const speaker = (row.cells[speakerColumn] ?? '').trim();
    const body = (row.cells[textColumn] ?? '').trim();
    if (!body) continue;
    const role = roleOfSpeaker(speaker);
    if (!role && !isNumberedSpeaker(speaker)) {
      throw new TinystepError(
        'invalid-input',
        `${source}:${row.line}: unknown speaker "${speaker.slice(0, 30)}"`,
        {
          hint: 'use client / therapist (or user / assistant, T / C, Speaker 1 / Speaker 2)',
        },
      );
    }
    const turn: Turn = { role: role ?? 'client', text: body, speaker };
    const time = timeColumn >= 0 ? (row.cells[timeColumn] ?? '').trim() : '';
    if (time) {
      const seconds = /^\d+(?:\.\d+)?$/.test(time) ? Number(time) * 1000 : parseTimePrefix(time);
      if (seconds !== undefined) turn.at = Math.round(seconds);
    }
    turns.push(turn);
  }
  if (turns.length === 0) {
    throw new TinystepError('invalid-input', `${source}:2: the file has no turns`, {
      hint: 'write one row per turn under the header',
    });
  }
  return assignNumberedSpeakers(turns);
}
