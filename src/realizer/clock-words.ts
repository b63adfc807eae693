/** A clock time said as people say it, with its day when that is not today. */
const DAY_MINUTES = 24 * 60;

/**
 * "16:00", due in 15 hours → "4pm tomorrow"; "09:30", due in 2 hours → "9:30am". The day is worked
 * out from the time asked and the wait: the moment of asking is the time less the wait.
 */
export function clockWords(atClock: string, afterMs: number, weekday?: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(atClock);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  const due = hours * 60 + minutes;
  const wait = Math.round(afterMs / 60_000);
  const askedAt = (((due - wait) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const tomorrow = askedAt + wait >= DAY_MINUTES;
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const words =
    hours === 12 && minutes === 0
      ? 'midday'
      : hours === 0 && minutes === 0
        ? 'midnight'
        : `${hour12}${minutes ? `:${match[2]}` : ''}${hours < 12 ? 'am' : 'pm'}`;
  // the midnight ahead, asked for in the evening, is "midnight tonight" to anyone who says it
  if (words === 'midnight' && tomorrow && wait <= 18 * 60) return 'midnight tonight';
  // a day they named is said by its weekday ("9am on Monday"), even when it is tomorrow
  if (weekday) return `${words} on ${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}`;
  return tomorrow ? `${words} tomorrow` : words;
}
