/**
 * A reminder the person already has is no ask for one. The request model learned "reminder", "alarm",
 * "texts me" and a time word as a nudge, so "i've got a reminder on my phone that i swipe away every
 * morning at 6" became a nudge at 18:00 and the coach promised one. A reminder they own or that went off,
 * or something that happens every morning, told in the habitual present or the past, is a description;
 * without an ask form beside it the model's nudge is dropped. The rule readers are unaffected: they read
 * only ask forms ("remind me at 6") in the first place.
 */

// how people ask, whatever the words for the reminder: a question, "can you", please, "i'd like",
// or an imperative at the start of a clause ("ping me", "check back in 10", "set a reminder for 7")
const ASK_FORM = new RegExp(
  [
    String.raw`\?`,
    String.raw`\b(?:can|could|would|will|cud|wud|cn)\s+(?:you|u|ya|yo)\b`,
    String.raw`\b(?:please|pls|plz|plse|pl[sz]e?)\b|🙏`,
    String.raw`\b(?:i'd|id|i\s+would)\s+(?:like|love|appreciate)\b|\b(?:want|need)\s+(?:you|u)\b`,
    String.raw`\bwould\s+be\s+(?:welcome|great|good|nice|helpful|ideal)\b|\bwould\s+help\b`,
    // wanting one is asking for one: "i need a reminder every morning", "could do with a nudge at 6"
    String.raw`\b(?:need|needs|want|wanna|could\s+use|could\s+do\s+with)\s+(?:(?:a|an|some|another)\s+(?:\w+\s+)?)?(?:reminders?|nudges?|pings?|alarms?|kick|push|prod)\b`,
    String.raw`\b(?:let\s+me|lemme)\s+know\b`,
    // the verb starts its clause ("so ping me", "then check on me", "yo remind me"), not "my mum texts me"
    String.raw`(?:^|[,.;:!]\s*|\b(?:and|then|so|just|yo|ok|okay|right|pls|you|u|lol)\s+)(?:remind|remember|rmd|nudge|ping|poke|prod|buzz|nag|hassle|chase|bug|check|message|msg|text|txt|dm|write|send|tell|call|wake|shout|yell|kick|drag|ask|set|make|give|follow)\b`,
  ].join('|'),
);

// the person's own reminder or alarm, or one that went off: described, not asked for
const OWN_REMINDER =
  /\b(?:my|i(?:'ve|ve|\s+have|\s+had)?\s+(?:got|set|put|use|keep|have|had|snooze|swipe|ignore|dismiss|turn\s+off|switch\s+off)\b(?:\s+\w+){0,3}?|there(?:'s|s|\s+is|\s+was)(?:\s+\w+){0,2}?)\s+(?:a\s+|an\s+|the\s+|some\s+|\d+\s+)?(?:\w+\s+)?(?:reminders?|alarms?|notifications?|timers?|alerts?)\b|\b(?:reminders?|alarms?|notifications?|timers?|alerts?)\s+(?:on\s+my\s+\w+\s+)?(?:goes|went|go|going|keeps\s+going)\s+off\b|\b(?:goes|went|go(?:es)?)\s+off\b/;
// a routine: what happens every morning or usually is told, not asked for
const ROUTINE =
  /\b(?:every|each)\s+(?:single\s+)?(?:morning|day|night|evening|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:usually|normally|always)\b/;

/** True when the turn describes a reminder or routine the person has, and asks for nothing. */
export function describesReminderWithoutAsk(folded: string): boolean {
  if (!OWN_REMINDER.test(folded) && !ROUTINE.test(folded)) return false;
  return !ASK_FORM.test(folded);
}
