import { TinystepError } from '../spec/errors.ts';
import { chatTherapist } from './chat-therapist.ts';
import { elizaTherapist } from './eliza-therapist.ts';
import { genericAdviceTherapist, reflectiveTherapist } from './testing/fixture-therapists.ts';
import { miCounsellorTherapist } from './testing/mi-counsellor.ts';
import type { TherapistFactory } from './therapist.ts';

/** A therapist as named on the command line; serialisable so worker threads can rebuild it. */
export type TherapistSpec =
  | { kind: 'coach' }
  | { kind: 'eliza' }
  /** Bench fixtures: generic advice every turn (the bad therapist), and one that only reflects. */
  | { kind: 'generic-advice' }
  | { kind: 'reflective' }
  /** Realism-check fixture: MI questions about smoking, the way MIBot's counsellor asks (testing/mi-counsellor.ts). */
  | { kind: 'mi-counsellor' }
  | { kind: 'chat'; baseUrl: string; model: string };

/** `coach`, `eliza`, or an OpenAI-compatible base URL (needs a model name). */
export function parseTherapistSpec(name: string, model?: string): TherapistSpec {
  const trimmed = name.trim();
  if (
    trimmed === 'coach' ||
    trimmed === 'eliza' ||
    trimmed === 'generic-advice' ||
    trimmed === 'reflective' ||
    trimmed === 'mi-counsellor'
  )
    return { kind: trimmed };
  if (/^https?:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new TinystepError('usage', `--therapist: '${trimmed}' is not a valid URL`, {
        hint: 'use an OpenAI-compatible base URL such as http://127.0.0.1:11434/v1',
      });
    }
    if (!model) {
      throw new TinystepError('usage', `--therapist ${trimmed} needs a model name`, {
        hint: 'add --model, e.g. --model llama3',
      });
    }
    return { kind: 'chat', baseUrl: url.toString().replace(/\/+$/, ''), model };
  }
  throw new TinystepError('usage', `--therapist: unknown therapist '${trimmed}'`, {
    hint: 'use coach, eliza, generic-advice, reflective, mi-counsellor, or an OpenAI-compatible URL such as http://127.0.0.1:11434/v1 with --model',
  });
}

// every import() goes through the loader hooks (a round trip to tsx's thread) even when the
// module is loaded already, so the coach's module is asked for once per thread
let coachModule: Promise<typeof import('./coach-therapist.ts')> | undefined;

/** Builds the factory; the coach is imported on first use so ELIZA- or URL-only runs never load it. */
export async function therapistFactory(
  spec: TherapistSpec,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TherapistFactory> {
  if (spec.kind === 'coach') {
    coachModule ??= import('./coach-therapist.ts');
    return (await coachModule).coachTherapist;
  }
  if (spec.kind === 'eliza') return elizaTherapist;
  if (spec.kind === 'generic-advice') return genericAdviceTherapist;
  if (spec.kind === 'reflective') return reflectiveTherapist;
  if (spec.kind === 'mi-counsellor') return miCounsellorTherapist;
  const apiKey = env.TINYSTEP_LLM_API_KEY ?? env.OPENAI_API_KEY;
  return chatTherapist({ baseUrl: spec.baseUrl, model: spec.model, apiKey });
}

export function therapistLabel(spec: TherapistSpec): string {
  return spec.kind === 'chat' ? `${spec.baseUrl}#${spec.model}` : spec.kind;
}
