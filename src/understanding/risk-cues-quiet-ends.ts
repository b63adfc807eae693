/**
 * Round 16, by class (read on the seen understanding-v12–v27 misses; the lead's fresh-set classes agree): an
 * ending said without a method or a risk word. All 'possible': the direct question is cheap, and the answer
 * settles it; risk-intent-now.ts raises one said with a plan.
 * - the person pictured in the ending: "thinking about the river", "the sea is the answer", "drive the bus into
 *   the canal with me in it", "ride it down and not come up", "the only peace i picture is a bullet";
 * - quitting life said as a euphemism: "ill just check out", "why bother with tomorrow", "for what i live", "no
 *   reason to keep breathing", "im done. for good", "i see only one solution", "i should go the same way";
 * - a quiet preparation: "sorted out who gets the dog", "made my arrangements", "said bye like it was the last
 *   time, bc it is", "made a plan. not saying what", "typed out a note, its in drafts".
 */
import type { RiskCue } from './risk-cues.ts';

const WATER_OR_HEIGHT = `(?:river|sea|ocean|canal|lake|loch|water|tide|bridge|cliffs?|edge|ledge|tracks|train line|railway|rails|motorway|quarry|gully|drop|shaft|roof)`;

export const RISK_CUES_QUIET_ENDS: readonly RiskCue[] = [
  {
    // "been drinking since lunch and thinking about the river", "sometimes i think the river is the answer",
    // "the sea looks so calm. easier than all this"
    id: 'ending-pictured-at-a-place',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:(?:thinking|thinkin|think|thought|dreaming) (?:about|of|bout|abt) (?:the|that) ${WATER_OR_HEIGHT}\b(?! (?:trip|walk|view|house|cottage|cruise|swim|festival|party|path))|(?:the|that) ${WATER_OR_HEIGHT} (?:is|would be|looks like) (?:the|my) (?:answer|way out|only way)|(?:looks?|seems?|would be) (?:so )?(?:calm|easy|easier|peaceful|inviting)\W+(?:easier|better) than (?:all )?(?:this|everything|living|going on))`,
    ),
  },
  {
    // "drive the school bus into the canal, with me in it", "the house with me in it", "ride it down and not come up"
    id: 'self-in-the-ending',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:with me (?:still )?in it|and not (?:come|coming) (?:up|back|out|home)|(?:only|last) peace i (?:picture|see|imagine)|if i(?:'?d)? (?:just )?(?:stepped|jumped|fell|let go|walked) (?:off|over|out|into|in front))\b/,
  },
  {
    // "ill just check out" (not "check out this video"), "why bother with tomorrow", "for what i live",
    // "no reason to keep breathing", "im done. for good.", "only one solution, you know which"
    id: 'quitting-life-euphemism',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:(?:i'?ll|ill|i should|i could|i might|i'?d|id|i want to|i wanna) (?:just )?check out\b(?! (?:the|this|that|these|those|my|a|an|some|your|his|her|our|their|it|what|how|at|of|from|early|late|time|now|tomorrow|today)\b)|why bother (?:with tomorrow|waking up|living|going on|with (?:life|anything|any of it))|for what (?:do )?i (?:live|am living|still live)|what (?:am i|do i) (?:living|live) for|no reason to (?:keep breathing|keep living|live|go on|wake up|be alive|stay)|(?:i'?m|im|i am) done\W{1,4}(?:for good|forever|with (?:life|living|it all))\b|(?:see|there'?s|there is|have) (?:only|just) one (?:solution|way out|answer) (?:left|now|for me|you know)|(?:i should|i could|i might|i want to|i wanna|maybe i should) (?:just )?go the same way|(?:don'?t|dont|do not) want (?:to )?(?:continue|carry on) (?:living|my life|to live|life|like this anymore))/,
  },
  {
    // "sorted out who gets the dog", "ive made my arrangements", "said bye like it was the last time, bc it is",
    // "made a plan. not saying what", "typed out a note on my phone. its in drafts"
    id: 'quiet-preparation',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:sorted (?:out )?who (?:gets|takes|will (?:get|have|take)|is having) (?:the|my) (?:dog|dogs|cat|cats|kids|pets?|animals|horse|birds)|(?:i'?ve|ive|i have) made (?:my|all my|the) (?:final )?arrangements|last time,? (?:bc|because|cause|cos|coz) it (?:is|will be)|made a plan\W+(?:not saying|won'?t say|wont say|can'?t say|cant say)|(?:typed|wrote|written) (?:out )?a note\b[^.!?]{0,40}\b(?:in (?:my )?drafts|on my phone)|(?:typed|wrote|written) (?:out )?a note\W+(?:it'?s|its) in (?:my )?drafts|that was the last thing (?:to do|on my list|i needed)?\W*$)/,
  },
  {
    // "keep eyeing the stanley knife at work, havent done anything yet": a tool for cutting watched, not for work
    id: 'blade-watched',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /\b(?:keep|kept|keeps|been|cant stop|can'?t stop) (?:eyeing|eying|looking at|staring at|glancing at) (?:the|my|that|a) (?:\w+ )?(?:blades?|razors?|knife|knives|stanley|box ?cutter|cutter|scalpel)\b(?! (?:for (?:the|a|my) (?:stall|shop|kitchen|job)|in the (?:shop|window|catalogue)|on (?:sale|offer)))/,
  },
  {
    // "i keep imagining driving the van into the queue": a picture of harming people that keeps coming
    id: 'harm-pictured',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      /\b(?:keep|kept|cant stop|can'?t stop|been) (?:imagining|picturing|fantasi[sz]ing about|thinking (?:about|of)) (?:driving|crashing|ramming|ploughing|plowing|steering) (?:the|my|a|this) \w+ (?:in)?to (?:the |a |all (?:the |those )?)?(?:crowd|people|queue|kids|children|school|playground|market|pavement|bus stop)\b/,
  },
  {
    // "i keep imagining crashing the van into the wall", "fantasising about swerving into the lorry": oneself
    id: 'crash-pictured',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:keep|kept|cant stop|can'?t stop|been|sometimes i|i) (?:imagining|picturing|fantasi[sz]ing about|think(?:ing)? (?:about|of)) (?:driving|crashing|ramming|swerving|steering) (?:the|my|a|this|off) ?\w* (?:in)?to (?:the |a )?(?:wall|tree|lorry|truck|barrier|central reservation|oncoming|river|canal|sea|bridge|reservoir)\b/,
  },
];
