import { z } from 'zod';
import { BODY_PARTS, RISK_TYPES, TASK_DOMAINS } from '../spec/observation.ts';

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
      .object({ distress: level, fatigue: level, trust: level, willingness: level })
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
export type ResistanceKind = (typeof RESISTANCE_KINDS)[number];

/** The JSON Schema written to schemas/persona.schema.json (editors validate persona files with it). */
export function personaJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://tinystep.dev/schemas/persona.schema.json',
    title: 'tinystep persona card',
    ...z.toJSONSchema(personaSchema, { io: 'input' }),
  };
}
