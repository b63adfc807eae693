import { z } from 'zod';

/** A card's line of its own: trimmed and not empty (as in persona-schema.ts). */
const phrase = z.string().trim().min(1);

export const share = z.number().min(0).max(1).describe('share 0–1');

/** How this person types: what a chat help-seeker's side of a chat looks like, per card. */
export const voiceSchema = z
  .object({
    words: z
      .object({
        median: z.number().min(1).max(80).describe('median words per turn'),
        p90: z.number().min(1).max(150).describe('90% of turns are shorter than this'),
      })
      .strict()
      .refine((words) => words.p90 >= words.median, { message: 'p90 must be at least the median' })
      .prefault({ median: 11, p90: 28 })
      .describe('turn length: a log-normal through the median and the 90th percentile'),
    literacy: share.default(0.8).describe('1 = careful writer; low = short plain words, run-ons, more slips'),
    typoRate: share.default(0.015).describe('chance per word of a slip ("becuase", "teh")'),
    lowercase: share.default(0.5).describe('share of turns typed all in lower case'),
    endPunctuation: share.default(0.5).describe('share of turns that end with . ! or ?'),
    dropApostrophes: share.default(0.3).describe('share of turns written "dont", "im"'),
    emoji: share.default(0.03).describe('chance per turn of an emoji or emoticon'),
    questions: share.default(0.08).describe('chance per turn of asking the therapist something'),
    requests: share
      .default(0.01)
      .describe('chance per turn of an explicit request ("tell me exactly…", "remind me…")'),
    oneWord: share
      .default(0.12)
      .describe('chance per turn of a one-word or two-word answer, on a neutral day'),
    topicDrift: share.default(0.05).describe('chance per turn of drifting to another topic'),
    nonNative: z
      .boolean()
      .default(false)
      .describe('English is not their first language: dropped articles, plain tense'),
    fillers: z.array(phrase).default([]).describe('their own chat words: "tbh", "like", "honestly"'),
    shortForms: z
      .number()
      .int()
      .min(0)
      .max(6)
      .optional()
      .describe(
        'how many chat short forms ("u", "cos", "bout") they use; drawn from case and literacy when absent',
      ),
    spellings: z
      .record(z.string().min(1), phrase)
      .default({})
      .describe('words they always spell their own way: { "because": "cos" }'),
    own: z
      .object({
        minimal: z.array(phrase).default([]).describe('how they say next to nothing: "dunno really"'),
        agree: z.array(phrase).default([]).describe('how they say "yes, that"'),
        pushback: z.array(phrase).default([]).describe('how they turn down advice they did not ask for'),
        leaving: z.array(phrase).default([]).describe('how they say goodbye'),
        greeting: z.array(phrase).default([]).describe('how they say hello'),
        // (their own, naming their own task: "did it" shared by every card read as a stock line)
        done: z
          .array(phrase)
          .default([])
          .describe('how they report a tiny step done, in words about their own task: "ok opened the CV"'),
        partial: z.array(phrase).default([]).describe('how they report a step half done'),
        notDone: z.array(phrase).default([]).describe('how they say the step did not happen'),
      })
      .strict()
      .prefault({})
      .describe('their own words for the reactions everyone has; drawn from the shared ones otherwise'),
  })
  .strict()
  .prefault({});
