import type { SessionEvent } from '../session/events.ts';
import type { Turn } from '../spec/transcript.ts';

/** The conversation as transcript turns (times from the session start), for saving and reading back. */
export function turnsFromEvents(events: readonly SessionEvent[]): Turn[] {
  const opened = events.find((event) => event.type === 'session-opened');
  const start = opened?.at ?? events[0]?.at ?? 0;
  const turns: Turn[] = [];
  for (const event of events) {
    if (event.type === 'client-said')
      turns.push({ role: 'client', speaker: 'Client', text: event.text, at: event.at - start });
    if (event.type === 'therapist-said')
      turns.push({
        role: 'therapist',
        speaker: event.source === 'coach' ? 'Coach' : 'Therapist',
        text: event.text,
        at: event.at - start,
        ...(event.nudge ? { nudge: true } : {}),
      });
  }
  return turns;
}
