/** A fired nudge (the turn the scheduler's message becomes): a late note, the cue, one tiny next instruction. */
import type { Unit } from './chooser.ts';
import { formatDuration } from './durations.ts';
import { type CueKind, cueKind, ENDINGS_BY_KIND, REMINDER_FRAMES } from './fired-nudge-endings.ts';
import { nudgePurpose } from './nudge-purpose.ts';
import { COMMON_OPENERS, type PhraseContext } from './phrase-context.ts';
import { AFTER_OR_BEFORE, CUE_FRAMES, CUE_OPENERS, CUE_TAILS } from './phrases-time.ts';
import { bare, innerSentences, quote, sharesWordRun, toSecondPerson } from './text-tools.ts';
import type { FiredNudge } from './types.ts';

const QUOTED = /^["'\u201C\u2018«].*["'\u201D\u2019»]$/su;

/** A fired nudge: a short note if it is late, the cue, one tiny next instruction. */
export function nudgeUnits(nudge: FiredNudge, context: PhraseContext): Unit[] {
  const units: Unit[] = [];
  if ((nudge.lateMs ?? 0) > 60_000) {
    const late = formatDuration(nudge.lateMs ?? 0);
    units.push({
      key: 'nudge:late',
      candidates: [
        `Sorry, this nudge is ${late} late.`,
        `This comes ${late} later than planned, sorry.`,
        `I'm ${late} late with this nudge.`,
        `Sorry for the delay of ${late}.`,
        `This nudge is late by ${late}.`,
      ],
      openers: ['Oops,', 'Okay,', 'First,'],
      tails: [', my fault', ', sorry again'],
    });
  }
  const trimmed = nudge.cue.trim();
  const cue = QUOTED.test(trimmed) ? trimmed : trimmed ? quote(trimmed) : undefined;
  const condition = nudge.condition ? toSecondPerson(nudge.condition) : undefined;
  // a cue that already names the condition ("If you have started to …") is framed without it
  const conditionInCue = condition !== undefined && sharesWordRun(cue ?? '', condition, 4);
  // a check asked for ("to make sure i did it") comes as the check, not as words to repeat
  const purpose = cue && !QUOTED.test(trimmed) ? nudgePurpose(trimmed) : undefined;
  // their own words unquoted: a thing to do, a kind word, or a fact; the frame and the ending follow it
  const kind: CueKind | undefined = cue && !purpose && !QUOTED.test(trimmed) ? cueKind(trimmed) : undefined;
  const statement = kind !== undefined && kind !== 'action';
  if (purpose) {
    units.push({
      key: 'nudge:cue',
      candidates: [
        `Checking in, as you asked, to ${purpose}{~}.`,
        `Here I am, checking in to ${purpose}{~}.`,
        `This is the check-in you asked for, to ${purpose}{~}.`,
        `Checking in now to ${purpose}{~}.`,
        `A quick check-in, as promised, to ${purpose}{~}.`,
      ],
      openers: COMMON_OPENERS,
      tails: [],
    });
  } else if (cue) {
    // a nudge tied to a condition says which one, in the client's own words; "after lunch" is a time, not a case
    const frames =
      condition && AFTER_OR_BEFORE.test(condition)
        ? [`${capitalized(condition)}, as you asked{~}: ${cue}`, `It's ${condition} now{~}: ${cue}`]
        : condition && !conditionInCue
          ? [
              `In case ${condition}{~}: ${cue}`,
              `Just in case ${condition}{~}: ${cue}`,
              `If ${condition}, here's your cue{~}: ${cue}`,
              `For when ${condition}{~}: ${cue}`,
              `You asked for this in case ${condition}{~}: ${cue}`,
            ]
          : (statement ? REMINDER_FRAMES : CUE_FRAMES).map((frame) => frame.replace('{cue}', cue));
    units.push({
      key: 'nudge:cue',
      candidates: frames,
      mayRepeat: innerSentences(cue),
      openers: statement ? CUE_OPENERS.slice(0, 3) : ['Nudge:', ...CUE_OPENERS],
      tails: statement ? [] : CUE_TAILS,
    });
  } else if (condition && AFTER_OR_BEFORE.test(condition)) {
    units.push({
      key: 'nudge:cue',
      candidates: [
        `${capitalized(condition)}, as you asked: here's your nudge.`,
        `It's ${condition} now, so here's the nudge you asked for.`,
      ],
      openers: COMMON_OPENERS,
      tails: [],
    });
  } else if (condition) {
    // no words of its own: the condition it was asked for is what it names
    units.push({
      key: 'nudge:cue',
      candidates: [
        `Here's your nudge, in case ${condition}.`,
        `Checking in, in case ${condition}.`,
        `You asked for this in case ${condition}.`,
        `A nudge, just in case ${condition}.`,
      ],
      openers: COMMON_OPENERS,
      tails: [],
    });
  } else {
    units.push({
      key: 'nudge:cue',
      candidates: [
        `Time's up.`,
        `Here's your nudge.`,
        `Nudge time.`,
        `This is your nudge.`,
        `Checking in, as planned.`,
      ],
      openers: COMMON_OPENERS,
      tails: [' now', ', right on time', ' again'],
    });
  }
  const task = context.slots.task?.trim();
  const part =
    context.slots.bodyPart && context.slots.bodyPart !== 'whole-body'
      ? bare(context.slots.bodyPart)
      : undefined;
  // a nudge that brings their own words needs no "look at {task}" beside them ("Find the number for
  // the dentist." then "look at the dentist" read as garble): a breath is enough
  const instructions =
    !task || cue
      ? []
      : [
          `Take one slow breath, then look at ${task}.`,
          `Put your eyes on ${task} for one second.`,
          `Just look at ${task} once, nothing more.`,
          `Let your hands rest, then look at ${task}.`,
          `Let your shoulders drop, then look back at ${task}.`,
          `If you stopped, that's fine; just look at ${task} once.`,
          `Notice where you are, then take one look at ${task}.`,
        ];
  if (part && task && !cue) instructions.push(`Notice your ${part} for a moment, then look at ${task}.`);
  // the instruction must not say the cue again in other words
  const fresh = instructions.filter((instruction) => !cue || !sharesWordRun(instruction, cue, 4));
  // a fact or a kind word ends as one ("That's the whole reminder."), a thing to do ends with a start
  if (kind) {
    units.push({ key: 'nudge:next', ...ENDINGS_BY_KIND[kind], openers: COMMON_OPENERS });
    return units;
  }
  units.push({
    key: 'nudge:next',
    candidates: fresh.length > 0 ? fresh : NO_TASK_INSTRUCTIONS,
    openers: COMMON_OPENERS,
    tails: [' again', ', gently', ', slowly'],
  });
  return units;
}

const NO_TASK_INSTRUCTIONS = [
  'Take one slow breath first.',
  'Let your shoulders drop for a moment.',
  'Let your hands rest for a moment.',
  'Notice where you are, then begin.',
  'One breath, then go.',
];

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
