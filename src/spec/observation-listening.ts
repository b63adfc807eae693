/**
 * The listening readers' observations of what a turn carries and what it turns on (issue 17): the concern
 * under it (understanding/concern.ts) and its hinge (understanding/turn-hinge.ts). Kept apart from
 * observation.ts, which re-exports them, so that file stays one screen of the contracts.
 */
import type { Span } from './observation.ts';

/** The concern a turn carries (understanding/concern.ts); the realizer names it in its own words. */
export type ConcernKind =
  | 'fear'
  | 'shame'
  | 'loss'
  | 'alone'
  | 'left-out'
  | 'burden'
  | 'done-to'
  | 'pressure'
  | 'compared'
  | 'guilt'
  | 'too-much'
  | 'worn-out'
  | 'unfair'
  | 'stuck'
  /** not letting themselves find it hard: "i should just be grateful", "loads of people have it worse" */
  | 'not-allowed'
  /** what they do every day made small: "i just do mums meds and the shopping", "its only a little job" */
  | 'made-small';
/**
 * Extension (issue 17, round 12): the one concern that carries the turn's feeling — a fear, a shame,
 * a loss, being alone with it, what someone did to them, a wall in front of a task. `span`: the words
 * it was read from (never said back: a learner's grammar echoed read as mimicry).
 */
export type ConcernObservation = { kind: 'concern'; concern: ConcernKind; span: Span };

/** What a turn turns on (understanding/turn-hinge.ts). */
export type HingeKind =
  | 'contrast-side' // the "but" side of a contrast: "i want to call her but she'll think im needy"
  | 'feared-outcome' // what they fear will happen: "what if they laugh", "she'll think im having a laugh"
  | 'other-person' // someone in it with them, by role: "my mum", "my boss"
  | 'other-voice' // someone whose words weigh in it: "my sister says i should cry over him"
  | 'resigned' // giving up on it in a few words: "better i dont write", "like whatever i guess"
  | 'tried-already' // what they already tried: "i've asked twice"
  | 'stakes' // what rides on it: "if i fail it im off the crane"
  | 'feeling' // a feeling pictured: "it feels like im signing him away"
  | 'meaning' // what it means to them: "it means maybe i am really not good anymore"
  | 'wall' // even the smallest part out of reach: "i cant even open the doc"
  | 'crux' // what they say the point is: "the thing is …", "its the other people watching me"
  | 'hidden-question'; // a question said as a statement: "no idea if its even worth it"

/**
 * Extension (issue 17, round 14): one thing the turn turns on. `words`: the hinge as written, first
 * person (the realizer changes person and agreement); `who`: the person, as they named them ('other-person').
 */
export type HingeObservation = { kind: 'hinge'; hinge: HingeKind; words: string; who?: string; span: Span };

/**
 * The exact thing a turn gives to ask about (understanding/content-anchor.ts), its words already in
 * the second person: an action held off ("telling your wife"), a message ("the email"), someone gone
 * quiet ("him"), a day ahead ("tomorrow"), how long it has gone on ("17 years"), an hour of the night ("2am"),
 * someone whose words the turn reports ("my ma"). A held-off action is `reasoned` when the turn already
 * says what stops them, so it is not asked again (round 19).
 */
export type ContentAnchor = (
  | { anchor: 'holding-off'; words: string; cannot?: boolean; reasoned?: true }
  | { anchor: 'message'; words: string }
  | { anchor: 'gone-quiet'; words: string; who: string }
  | { anchor: 'day-ahead'; words: string }
  // (round 19: a span of time it has gone on, plural, "17 years"; an hour of the night, "2am"; someone
  // whose words the turn reports, as heard from, "my ma", "him")
  | { anchor: 'length-of-time'; words: string }
  | { anchor: 'hour'; words: string }
  | { anchor: 'voice'; words: string }
  // (and the last noun phrase of a short turn, "his cousin", "yard address")
  | { anchor: 'phrase'; words: string }
) & {
  /** A say-back of the same words comes just before: the question leans on it, not naming them twice. */
  echoed?: true;
};

/** Extension (issue 17, round 18): the exact thing the turn gave to ask about, and where it says it. */
export type ContentAnchorObservation = { kind: 'content-anchor'; anchor: ContentAnchor; span: Span };
