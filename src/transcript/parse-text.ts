import { TinystepError } from '../spec/errors.ts';
import type { Turn } from '../spec/transcript.ts';
import { KNOWN_SPEAKERS, roleOfSpeaker } from './speakers.ts';
import { parseTimePrefix } from './time-prefix.ts';

// "[01:30] Therapist (nudge): text" — time and nudge marker optional
const TURN_HEAD = /^(\[[^\]\n]*\]\s+)?([A-Za-z][A-Za-z ]{0,30}?)(\s*\(nudge\))?:(?:[ \t]|$)/;

function fail(source: string, line: number, what: string, hint: string): never {
  throw new TinystepError('invalid-input', `${source}:${line}: ${what}`, { hint });
}

/**
 * Parses the seed's text format: `Speaker: text` turns separated by blank lines, with optional
 * `[mm:ss]` time prefixes and `Therapist (nudge):` turns. Lines inside a turn are kept as written.
 */
export function parseTranscriptText(text: string, options: { source?: string } = {}): Turn[] {
  const source = options.source ?? 'transcript';
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const turns: Turn[] = [];
  let current: { turn: Turn; lines: string[]; startLine: number } | undefined;

  const finish = () => {
    if (!current) return;
    const body = current.lines.join('\n');
    if (!body.trim())
      fail(source, current.startLine, 'a turn has no text', 'write the words after "Speaker: "');
    current.turn.text = body;
    turns.push(current.turn);
    current = undefined;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const lineNumber = index + 1;
    if (line.trim() === '') {
      finish();
      continue;
    }
    if (current) {
      current.lines.push(line);
      continue;
    }
    const head = TURN_HEAD.exec(line);
    if (!head) {
      fail(
        source,
        lineNumber,
        `expected "Speaker: text" but found "${line.slice(0, 40)}${line.length > 40 ? '…' : ''}"`,
        `start each turn with one of ${KNOWN_SPEAKERS.join(', ')} and a colon; separate turns with a blank line`,
      );
    }
    const speaker = head[2].trim();
    const role = roleOfSpeaker(speaker);
    if (!role) {
      fail(source, lineNumber, `unknown speaker "${speaker}"`, `use one of ${KNOWN_SPEAKERS.join(', ')}`);
    }
    const turn: Turn = { role, text: '', speaker };
    if (head[1]) {
      const at = parseTimePrefix(head[1].trim());
      if (at === undefined)
        fail(source, lineNumber, `bad time prefix "${head[1].trim()}"`, 'write times as [mm:ss]');
      turn.at = at;
    }
    if (head[3]) {
      if (role !== 'therapist') fail(source, lineNumber, 'only the therapist can nudge', 'remove "(nudge)"');
      turn.nudge = true;
    }
    current = { turn, lines: [line.slice(head[0].length)], startLine: lineNumber };
  }
  finish();
  if (turns.length === 0) {
    fail(source, 1, 'the transcript has no turns', 'write turns as "Client: text" separated by blank lines');
  }
  return turns;
}
