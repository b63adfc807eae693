import type { RationaleTopic } from './move.ts';
import type { DayPart, RequestType, Span, Weekday } from './observation.ts';

/**
 * A request observation: what the person asks of the coach, with the time they said. Its own file so
 * observation.ts stays one screenful of kinds; observation.ts re-exports it.
 */
export type RequestObservation = {
  kind: 'request';
  type: RequestType;
  when?: 'now' | 'later';
  afterMs?: number;
  /**
   * Extension (optional): a wall-clock time 'HH:MM' (24-hour) in the person's own time zone —
   * "at 3pm" → '15:00'. The session resolves it to an instant through the Clock and the
   * person's zone (understanding/clock-times.ts resolveAtClock).
   */
  atClock?: string;
  /**
   * Extension (optional): beside `atClock`, the clock time is on the next day ("tomorrow at 9"),
   * not the next time the clock shows it, which said at 8am would be today. Alone on a nudge ("remind
   * me tomorrow"), the day was said without a time: the policy may ask for one or pick one.
   */
  day?: 'tomorrow';
  /**
   * Extension (optional): beside `atClock`, no word said which half of the day ("at 11", "ring me at 7"):
   * `atClock` is the usual half, and the policy may keep the other when that one comes sooner after the
   * turn ("at 11" said at 10pm is 11pm, not 11am tomorrow; policy/said-hour-half.ts).
   */
  clockHalfGuessed?: true;
  /**
   * Extension (optional): the words just after the ask say "tomorrow" ("remind me tmrw evening"), and
   * which part of that day, 'unsaid' when none: a nudge with no time can be kept at a time in it.
   */
  tomorrowPart?: DayPart | 'unsaid';
  /**
   * Extension (optional): a day of the week said just after the ask ("remind me on monday", "by friday",
   * "next week" is a Monday, "at the weekend" a Saturday): the nudge is kept on that day, at `atClock`
   * when said, else at a time in `dayPart` (understanding/request-day.ts).
   */
  weekday?: Weekday;
  /**
   * Extension (optional): the part of the day said just after the ask, of `weekday` when one is said,
   * else of today ("remind me tonight", "after work", "this afternoon"); never beside a clock time.
   */
  dayPart?: DayPart;
  /**
   * Extension (optional): a time said with a nudge ask that cannot be kept as said, in the person's words
   * ("next month", "at some point", "in a few days"): the reply says so and asks for a day and a time.
   */
  timeUnkept?: string;
  /**
   * Extension (optional), on a stop: what is asked to stop is the way we talk ("stop with the
   * questions", "stop asking me things"), not the session.
   */
  manner?: true;
  /**
   * Extension (optional), on a nudge or cue asked to come again and again ("remind me every 15 mins"):
   * one nudge is kept, and the reply says so plainly (no repeating nudge exists yet).
   */
  repeat?: true;
  /** Extension (optional), on a concrete or explain ask: what it is about, read on the ask's own words. */
  about?: RationaleTopic;
  /**
   * Extension (optional), on a concrete ask for the words themselves ("what do i say"): to say or to write;
   * `theirs`: their own words back, kept, quoted or summed up ("type out what i said, word for word").
   */
  wordsWanted?: 'said' | 'written' | 'theirs';
  condition?: string;
  phrase?: string;
  span: Span;
};
