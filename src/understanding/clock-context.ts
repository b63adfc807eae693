/**
 * The part of the day and the day the person gave in their last turn, for a bare hour asked in this one:
 * "I might try that tomorrow morning" then "can u remind me at 9?" is 9am tomorrow, not 9pm tonight (the
 * lead's fresh r19 class). Only the turn just before counts, and only a part of the day said outright.
 */

const TOMORROW = '(?:tomorrow|tmrw|tmr|tmrrw|tomoz|tomorow|2moro)';
const MORNING_PART = new RegExp(
  `\\b(?:${TOMORROW}\\s+morning|(?:in\\s+the|this|first\\s+thing\\s+in\\s+the)\\s+morning|first\\s+thing|before\\s+work)\\b`,
);
const EVENING_PART = new RegExp(
  `\\b(?:tonight|tonite|this\\s+evening|${TOMORROW}\\s+(?:evening|night)|after\\s+(?:work|dinner|tea|my\\s+shift)|in\\s+the\\s+evening)\\b`,
);
const TOMORROW_PART = new RegExp(
  `\\b${TOMORROW}\\s+(?:morning|afternoon|evening|night)\\b|\\b(?:morning|afternoon|evening|night)\\s+${TOMORROW}\\b`,
);

// the earlier turns come folded into one line, so "just before" is their last stretch of words
const JUST_BEFORE_CHARS = 120;
// any word of the other half anywhere in the earlier turns makes the part unsure
const ANY_EVENING = /\b(?:tonight|tonite|evening|night|dinner|tea\s*time|bed|pm)\b/;
const ANY_MORNING = /\b(?:morning|breakfast|am)\b/;

/** 'morning' or 'evening' when the turns just before said that part of the day outright, and never the other. */
export function partSaidJustBefore(earlier: string): 'morning' | 'evening' | undefined {
  const last = earlier.slice(-JUST_BEFORE_CHARS);
  if (last === '') return undefined;
  if (MORNING_PART.test(last) && !ANY_EVENING.test(earlier)) return 'morning';
  if (EVENING_PART.test(last) && !ANY_MORNING.test(earlier)) return 'evening';
  return undefined;
}

/** The turns just before named tomorrow with a part of it ("tomorrow morning", "tmrw evening"). */
export function tomorrowSaidJustBefore(earlier: string): boolean {
  return TOMORROW_PART.test(earlier.slice(-JUST_BEFORE_CHARS));
}
