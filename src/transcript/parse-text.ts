import { TinystepError } from '../spec/errors.ts';
import type { Turn } from '../spec/transcript.ts';
import { assignNumberedSpeakers } from './numbered-speakers.ts';
import { isNumberedSpeaker, KNOWN_SPEAKERS, roleOfSpeaker } from './speakers.ts';
import { parseTimePrefix } from './time-prefix.ts';

const TIME = String.raw`\[[^\]\n]{0,24}\]|\(\s*\d[\d:.,]{2,14}\s*\)|\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
// "[01:30] Therapist (nudge): text", "(00:01:02) T: text", "Speaker 1 [0:05]: text" — time and nudge optional
const TURN_HEAD = new RegExp(
  String.raw`^(?:(${TIME})\s*[-–—]?\s*)?([A-Za-z][A-Za-z0-9 ]{0,30}?)(?:\s*(${TIME}))?(\s*\(nudge\))?\s*:(?:[ \t]|$)`,
);
// chat exports bold the speaker: "**Therapist:** text" or "**Therapist**: text"
const BOLD_SPEAKER = /^\*\*([^*\n]{1,40}?)(:?)\*\*(:?)/;

function fail(source: string, line: number, what: string, hint: string): never {
  throw new TinystepError('invalid-input', `${source}:${line}: ${what}`, { hint });
}

type Head = { length: number; speaker: string; time?: string; nudge: boolean };

function readHead(line: string): Head | undefined {
  const unbolded = line.replace(BOLD_SPEAKER, (_whole, name: string, inner: string, outer: string) =>
    inner || outer ? `${name}:` : _whole,
  );
  const head = TURN_HEAD.exec(unbolded);
  if (!head) return undefined;
  return {
    length: head[0].length + (line.length - unbolded.length),
    speaker: head[2].trim(),
    time: head[1] ?? head[3],
    nudge: head[4] !== undefined,
  };
}

const startsTurn = (head: Head | undefined): head is Head =>
  head !== undefined && (roleOfSpeaker(head.speaker) !== undefined || isNumberedSpeaker(head.speaker));

/**
 * Parses `Speaker: text` transcripts: the seed's format (turns separated by blank lines, optional
 * `[mm:ss]` times, `Therapist (nudge):`) and the common variants — one turn per line, `T:`/`C:`,
 * `Interviewer:`, `Speaker 1:`, `[h:mm:ss]` or `(00:01:02)` times, bold speaker names. A line that
 * starts with a known speaker starts a new turn; any other line continues the turn before it.
 */
export function parseTranscriptText(text: string, options: { source?: string } = {}): Turn[] {
  const source = options.source ?? 'transcript';
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
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
    const head = readHead(line);
    if (current && !startsTurn(head)) {
      current.lines.push(line);
      continue;
    }
    finish();
    if (!head) {
      fail(
        source,
        lineNumber,
        `expected "Speaker: text" but found "${line.slice(0, 40)}${line.length > 40 ? '…' : ''}"`,
        `start each turn with a speaker such as Client, Therapist, T, C or Speaker 1 and a colon`,
      );
    }
    const role = roleOfSpeaker(head.speaker);
    if (!role && !isNumberedSpeaker(head.speaker)) {
      fail(
        source,
        lineNumber,
        `unknown speaker "${head.speaker}"`,
        `use one of ${KNOWN_SPEAKERS.slice(0, 12).join(', ')} (or Speaker 1 / Speaker 2)`,
      );
    }
    // a numbered speaker's role is settled once the whole transcript is read
    const turn: Turn = { role: role ?? 'client', text: '', speaker: head.speaker };
    if (head.time) {
      const at = parseTimePrefix(head.time);
      if (at === undefined)
        fail(source, lineNumber, `bad time prefix "${head.time}"`, 'write times as [mm:ss] or [h:mm:ss]');
      turn.at = at;
    }
    if (head.nudge) {
      if (role !== 'therapist') fail(source, lineNumber, 'only the therapist can nudge', 'remove "(nudge)"');
      turn.nudge = true;
    }
    current = { turn, lines: [line.slice(head.length)], startLine: lineNumber };
  }
  finish();
  if (turns.length === 0) {
    fail(source, 1, 'the transcript has no turns', 'write turns as "Client: text" separated by blank lines');
  }
  return assignNumberedSpeakers(turns);
}
