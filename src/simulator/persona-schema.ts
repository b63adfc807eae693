import { z } from 'zod';
import { BODY_PARTS, RISK_TYPES, TASK_DOMAINS } from '../spec/observation.ts';
import { share, voiceSchema } from './persona-voice-schema.ts';

/** Patient-Ψ's six conversational styles (field notes). */
export const CONVERSATION_STYLES = ['plain', 'upset', 'verbose', 'reserved', 'tangent', 'pleasing'] as const;

/** PatientAct's resistance kinds, plus none. */
export const RESISTANCE_KINDS = [
  'none',
  'minimal-talk',
  'irrelevant-talk',
  'superficial',
  'intellectualising',
  'hostility',
  'defensiveness',
  'compliance-without-engagement',
] as const;

const level = z.number().min(0).max(10).describe('0–10');
const propensity = z.number().min(0).max(1).describe('probability 0–1 per turn');
const phrase = z.string().trim().min(1);

const bodyEntrySchema = z
  .object({
    part: z.enum(BODY_PARTS),
    qualities: z.array(phrase).min(1).describe('how it feels: tight, heavy, shaky, foggy…'),
  })
  .strict();

const taskSchema = z
  .object({
    domain: z.enum(TASK_DOMAINS),
    object: phrase.describe('what the task is about, as the client says it: "the grant report"'),
  })
  .strict();

const eventSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('risk-disclosure'),
      turn: z.number().int().min(1),
      riskType: z.enum(RISK_TYPES),
      text: phrase.optional().describe('what the client says; a default by risk type otherwise'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('leave-early'),
      turn: z.number().int().min(1),
      text: phrase.optional(),
    })
    .strict(),
]);

const disclosureSchema = z
  .object({
    text: phrase.describe('what they finally say, in their words'),
    depth: z.number().int().min(1).max(3).describe('1 a detail, 2 personal, 3 the real worry'),
    trust: level.default(5).describe('trust (0–10) needed before they say it'),
    trigger: z
      .enum(['any', 'reflection', 'open-question', 'asked-twice'])
      .default('any')
      .describe(
        'what makes them say it: any turn once trusted, an accurate reflection, an open question, being asked twice',
      ),
    notBefore: z.number().int().min(1).default(2).describe('not before this client turn'),
    hint: phrase.optional().describe('what they say first instead (before being asked twice)'),
    risk: z.enum(RISK_TYPES).optional().describe('this disclosure is a risk disclosure of this type'),
  })
  .strict();

/** What in the therapist's turn a beat answers: a question about what happened, about feelings, about what would help; or advice they did not ask for. */
export const BEAT_CUES = ['happened', 'feel', 'help', 'advice'] as const;

const beatSchema = z
  .object({
    say: phrase.describe(
      'one thing they would say next, in their own words: a fact, a small scene, a feeling about someone',
    ),
    about: z
      .array(z.string().min(2))
      .default([])
      .describe(
        'word beginnings in the therapist\'s turn this beat follows on from: "meeting", "girlfriend"',
      ),
    answers: z
      .array(z.enum(BEAT_CUES))
      .default([])
      .describe('the kind of therapist turn it answers; "advice" beats are said only after unasked advice'),
  })
  .strict();

export const personaSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes')
      .describe('stable id used by --persona'),
    name: phrase,
    problem: z
      .object({
        summary: phrase.describe(
          'the presenting problem as a first-person clause: "my exams are in three weeks…"',
        ),
        context: phrase.describe('life context in the first person: "I work shifts and live alone"'),
      })
      .strict(),
    tasks: z.array(taskSchema).min(1),
    fears: z.array(phrase).min(1).describe('what they fear will happen: "it won’t be good enough"'),
    selfTalk: z.array(phrase).min(1).describe('harsh self-talk: "I’m useless"'),
    body: z.array(bodyEntrySchema).min(1),
    urges: z
      .array(phrase)
      .min(1)
      .describe('verb phrases for what they feel pulled to do instead: "check my phone", "edit everything"'),
    values: z.array(phrase).default([]).describe('what matters to them, for values talk'),
    tangents: z.array(phrase).default([]).describe('topics they drift to (tangent style)'),
    hedges: z.array(phrase).default([]).describe('verbal tics: "I don’t know…", "I guess"'),
    style: z.enum(CONVERSATION_STYLES),
    voice: voiceSchema,
    topic: z
      .enum(['task', 'job-loss', 'exams', 'breakup', 'money', 'family', 'loneliness', 'grief', 'other'])
      .default('task')
      .describe('what they came to talk about'),
    goal: z
      .enum(['step', 'talk', 'vent'])
      .default('step')
      .describe('what they want: a step to take, to talk it through, or only to be heard'),
    opening: z
      .array(phrase)
      .default([])
      .describe(
        'first messages they might send, standing alone (one is chosen per session); the story starts otherwise',
      ),
    story: z
      .array(phrase)
      .default([])
      .describe('what they say about their situation, in their own words, in the order they would say it'),
    beats: z
      .array(beatSchema)
      .default([])
      .describe(
        'the story beat by beat, each said at most once a session, chosen by what the therapist just did',
      ),
    changeTalk: z.array(phrase).default([]).describe('their own change talk: "i do want to sort it out"'),
    sustainTalk: z
      .array(phrase)
      .default([])
      .describe('their own sustain talk: "theres no point applying anyway"'),
    asks: z.array(phrase).default([]).describe('questions they put to the therapist: "is that normal?"'),
    disclosures: z
      .array(disclosureSchema)
      .default([])
      .describe('what they hold back and what makes them say it'),
    reactance: share
      .default(0.5)
      .describe('how badly unasked advice lands: 0 takes it, 1 pushes back every time'),
    mood: z
      .object({
        drift: z.number().min(-1).max(1).default(0).describe('distress change per turn when nothing helps'),
      })
      .strict()
      .prefault({})
      .describe('mood over the session'),
    fatiguePerTurn: z.number().min(0).max(2).default(0.3).describe('fatigue (0–10) added each turn'),
    leaving: z
      .object({
        patience: z
          .number()
          .int()
          .min(1)
          .max(20)
          .default(5)
          .describe('turns in a row of not feeling heard before they leave'),
        maxTurns: z
          .number()
          .int()
          .min(1)
          .max(100)
          .optional()
          .describe('they leave after this many turns whatever happens'),
      })
      .strict()
      .prefault({})
      .describe('when they leave'),
    resistance: z.enum(RESISTANCE_KINDS).default('none'),
    propensities: z
      .object({
        concrete: propensity.default(0.3),
        smaller: propensity.default(0.2),
        nudge: propensity.default(0.2),
        cue: propensity.default(0.05),
        explain: propensity.default(0.1),
        discountWins: propensity.default(0.2),
      })
      .strict()
      .prefault({}),
    /** Biggest step (seconds of effort) this person would try on a calm day. */
    maxStepSeconds: z.number().int().min(5).max(3600).default(120),
    start: z
      .object({
        distress: level,
        fatigue: level,
        trust: level,
        willingness: level,
        readiness: level
          .optional()
          .describe(
            'readiness to change, 0–10 (sustain talk below 5, change talk above); willingness by default',
          ),
        heard: level.default(3).describe('how heard they feel at the start'),
      })
      .strict()
      .describe('starting state, each 0–10'),
    /** Frustration (0–10) past which the client leaves the session. */
    dropoutFrustration: level.default(8),
    events: z.array(eventSchema).default([]),
  })
  .strict();

export type Persona = z.infer<typeof personaSchema>;
export type PersonaInput = z.input<typeof personaSchema>;
export type PersonaEvent = Persona['events'][number];
export type ConversationStyle = (typeof CONVERSATION_STYLES)[number];
export type PersonaVoice = Persona['voice'];
export type Disclosure = Persona['disclosures'][number];
export type StoryBeat = Persona['beats'][number];
export type ResistanceKind = (typeof RESISTANCE_KINDS)[number];

/** The JSON Schema written to schemas/persona.schema.json (editors validate persona files with it). */
export function personaJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://tinystep.dev/schemas/persona.schema.json',
    title: 'tinystep persona card',
    ...z.toJSONSchema(personaSchema, { io: 'input' }),
  };
}
