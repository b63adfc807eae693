import type { SessionEvent } from '../session/events.ts';
/** The person's last two turns, oldest first: a part of the day said there carries ("tmrw morning… like 7"
 * then "message me at 7" is 07:00). Two, because a time said further back is no longer what they mean. */
export function earlierClientTurns(events: readonly SessionEvent[]): string[] {
  const earlier: string[] = [];
  for (let index = events.length - 1; index >= 0 && earlier.length < 2; index -= 1) {
    const event = events[index];
    if (event?.type === 'client-said') earlier.unshift(event.text);
  }
  return earlier;
}
