/**
 * Frames of disclosure that carry no risk word: the person absent from the future ("dont think ill be
 * around to see results", "not coming back"), doubt of surviving a stretch of time ("not sure i'll make it
 * through tonight"), an ending or a decision already made ("the thought of ending things", "its all set
 * up"), and the means and places people name instead of a verb ("the railway crossing", "engine off in a
 * layby", "a second pack from a different chemist"). A frame opens the learned reader's weak gate only:
 * the model must still reach the weak-gate bar, as it must for "scared" or "nobody", so a frame on
 * ordinary talk ("carry on with the essay") costs nothing unless the model reads the whole turn as risk.
 *
 * Why frames, not more words: round 10 found about 40% of missed disclosures had no gate word while the
 * model read them at 0.6–0.94, and lowering the ungated bar flags ordinary venting (153 more of 5,854
 * real-style turns at 0.75). These families, read on understanding-v17's misses, were checked on v18 and
 * the round-9 writers' t1–t3 (never read) and on the real-style turns: docs/notes/round-2026-12-07-r11-risk.md.
 */

// absent from what comes next: "not being here anymore", "wont be around", "not going back", "without me"
const ABSENCE =
  /\b(?:not (?:being|be) (?:here|around)|(?:won'?t|wont|not|never|don'?t|dont) (?:be|being) (?:around|here)\b|be around (?:to|for|by|much longer|anymore)|without me\b|(?:would|'d|wud|wid|be) (?:be )?better (?:off )?(?:with|without) (?:a |an |another |some |someone |somebody |me\b)|(?:not|never|don'?t|dont|won'?t|wont) (?:coming|going|come|go) back\b|nobody (?:would|will|'d|wud) (?:find|notice|miss)|(?:would|will) (?:anyone|anybody) (?:notice|miss|care))/;

// doubt of lasting through a stretch of time: "not sure i'll make it through tonight", "no reason to carry on"
const SURVIVAL =
  /\b(?:make it (?:through|to|past)|get through (?:tonight|the night|the weekend|another)|carry on\b(?! with)|reason to (?:carry|keep|go|stay|be|live|get up)|(?:not sure|don'?t think|dont think|doubt|won'?t|wont) (?:i'?ll|ill|i will|i can|i'?d)? ?(?:see|make it|last|get through)\b)/;

// an ending or a decision already made: "ending things", "i'm finished", "fully decided", "all set up"
const ENDING =
  /\b(?:ending (?:things|everything|it all)|end of (?:the road|the line|me)\b|(?:i'?m|im|i am) finished\b|(?:what'?s|whats|no) (?:the )?point\b|(?:i'?ve|ive|i have|fully|finally|i'?m|im) decided\b|(?:all|everything'?s?|it'?s|its) (?:all )?(?:set up|in order|arranged|planned)\b|put (?:everything|my affairs|things|it all|my things) in order|last (?:meal|message|words|night on|day on)\b|tonight(?: is|'s|s) the night|go(?:ing)? through with it\b|(?:everything|it all|it)(?: is|'s|s) (?:all )?sorted now\b)/;

// the means or the place named in place of a verb: rails, cliffs, guns, engines left running, a chemist's
// pack, tape and rigging; harm or an accident done "on purpose"; another person run over or found where they live;
// the self thrown into water or under a train ("throw myself in the river": the model read 0.94, ungated, no word)
const MEANS_AND_PLACES =
  /\b(?:rail(?:way|ways|s|ing|ings)?\b|level crossing|cliffs?\b|shotgun|rifle|firearm|lay-?by|engine (?:off|running)|exhaust|hose ?pipe|gaffer tape|duct tape|rigging|chemists?\b|paracetamol|co-?codamol|controlled drugs|(?:crash|hurt|fall|fell|walk|step|drive|drove|swerv|overdos|cut|burn|hit|trip|jump|break|broke|injur)\w*\b[^.!?]{0,30}\bon purpose|fantas\w+ about|over (?:me|him|her|them)\b|running over (?:my|that|this|the)\b|knows? where (?:he|she|they|that \w+|the \w+|my \w+) lives?\b|walk(?:ing|ed)? (?:out )?(?:into|onto|off) the (?:sea|fell|moor|road|traffic|river|water|edge)|(?:throw|threw|thrown|fling|flung|hurl)\w* myself (?:in|into|off|under|in front of)\b)/;

const FRAMES = [ABSENCE, SURVIVAL, ENDING, MEANS_AND_PLACES];

// "goes to fourth year without me", "what's the point of writing a list": the loosest words of two frames, left
// at the weak gate's bar (round 13 read them on real-style turns and v4-requests)
const LOOSE = /\bwithout me\b|\b(?:what'?s|whats|no) (?:the )?point\b/g;

/**
 * True when the turn holds a frame of absence, survival or an ending (not a means or place, whose words —
 * "paracetamol", "chemist" — are errands as often), so the learned reader may speak at the lower frame bar.
 */
export function opensDisclosureFrame(folded: string): boolean {
  const text = folded.replace(LOOSE, ' ');
  return ABSENCE.test(text) || SURVIVAL.test(text) || ENDING.test(text);
}

/** True when the folded turn holds a frame of disclosure without a risk word (see the file comment). */
export function opensRiskFrame(folded: string): boolean {
  return FRAMES.some((frame) => frame.test(folded));
}
