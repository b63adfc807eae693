import type { Turn } from '../spec/transcript.ts';
import { defaultSpeaker } from './speakers.ts';
import { formatTimePrefix } from './time-prefix.ts';

/** Writes turns in the seed's text format; the inverse of parseTranscriptText. */
export function writeTranscriptText(turns: readonly Turn[]): string {
  const blocks = turns.map((turn) => {
    const time = turn.at === undefined ? '' : `${formatTimePrefix(turn.at)} `;
    const speaker = turn.speaker ?? defaultSpeaker(turn.role);
    const marker = turn.nudge ? ' (nudge)' : '';
    // a blank line would end the turn early, so paragraphs inside one turn are joined by single newlines
    const text = turn.text.replace(/\n[ \t]*(?:\r?\n[ \t]*)+/g, '\n');
    return `${time}${speaker}${marker}: ${text}`;
  });
  return `${blocks.join('\n\n')}\n`;
}
