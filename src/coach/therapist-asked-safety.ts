/**
 * Whether another supporter's turn in a replayed transcript asked the safety check-in ("When you say you do not wish
 * to be a burden on him, are you having thoughts of ending your life?"). Such a turn did not pass the worry over as
 * ordinary talk: it asked, as we would, so an ordinary next turn is the person moving on from a question about
 * safety, and the line is left open beside the reply (src/session/safety-step-back.ts). The coach's own check-ins
 * are crisis moves and need no reading; this reads only external text. Kept here, not shared with the evaluator,
 * which has its own lexicon so that it stays independent of the coach.
 */
const CHECK_IN_ASKED =
  /\b(?:are|were) you (?:having |having any |getting )?(?:thoughts|thinking) (?:of|about) (?:ending (?:your|it)|killing yourself|suicide|taking your (?:own )?life|hurting (?:yourself|someone|anyone)|harming yourself|not being here|dying)|\bare you (?:feeling )?(?:suicidal|safe (?:right now|at the moment|tonight)?\s*\?)|\bdo you (?:feel|think) (?:like )?you (?:might|could|would) (?:act on|hurt yourself)|\bare you (?:planning|thinking of) (?:to )?(?:hurt|harm|kill)\b|\bis (?:that|this) (?:a )?(?:thought|wish) (?:of|about) (?:dying|ending your life|not being (?:here|alive))/i;

/** True when the turn asks the person whether they are thinking of ending their life, hurting themselves or are safe. */
export function therapistAskedSafety(text: string): boolean {
  return CHECK_IN_ASKED.test(text);
}
