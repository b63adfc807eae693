import { completeChat, DEFAULT_LLM_TIMEOUT_MS } from '../llm/chat.ts';
import type { LlmConfig } from '../llm/config.ts';
import { buildRealizerMessages } from '../llm/plan-prompt.ts';
import type { LlmProvider } from '../llm/provider.ts';
import { createLlmProviderFromConfig } from '../llm/provider-from-config.ts';
import { isTinystepError } from '../spec/errors.ts';
import type { Move } from '../spec/move.ts';
import { splitSentences } from '../text/sentences.ts';
import { checkAgainstPlan } from './plan-check.ts';
import { createTemplateRealizer } from './template-realizer.ts';
import type { FiredNudge, Realization, RealizeContext, Realizer } from './types.ts';

export type LlmRealizerOptions = {
  llm: LlmProvider;
  /** Used whenever the model fails or its text fails the plan check; default the template realizer. */
  fallback?: Realizer;
  /** Budget for the whole turn, both attempts included; default 8000 ms. */
  timeoutMs?: number;
  /** Aborts any call in flight (the session is ending); the turn then comes from the fallback. */
  signal?: AbortSignal;
  styleGuide?: string;
  temperature?: number;
};

/**
 * A realizer whose model phrases the plan the policy made, held to it by checkAgainstPlan:
 * one retry with the reason, then the template realizer, so a wrong, slow or absent model
 * never reaches the client and never stalls a session.
 *
 * @example
 * const realizer = createLlmRealizer({ llm: createLlmProvider({ provider: 'openai-compatible',
 *   baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' }) });
 * const { text, realizer: used, fallbackReason } = await realizer.realize(plan, context);
 */
export function createLlmRealizer(options: LlmRealizerOptions): Realizer {
  const fallback = options.fallback ?? createTemplateRealizer();
  const timeoutMs = options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;

  async function fallBack(
    plan: readonly Move[],
    context: RealizeContext,
    reason: string,
  ): Promise<Realization> {
    const realization = await fallback.realize(plan, context);
    return { ...realization, fallbackReason: reason };
  }

  async function phrase(
    plan: readonly Move[],
    context: RealizeContext,
    deadline: number,
    retryReason?: string,
  ) {
    const remainingMs = Math.max(1, deadline - Date.now());
    const messages = buildRealizerMessages({
      plan,
      recentTurns: context.recentTurns,
      wordBudget: context.wordBudget,
      styleGuide: options.styleGuide,
      retryReason,
    });
    return completeChat({
      llm: options.llm,
      messages,
      timeoutMs: remainingMs,
      signal: options.signal,
      seed: context.seed,
      temperature: options.temperature,
      // a turn several times the budget is refused anyway; don't pay for it
      maxOutputTokens: Math.max(64, context.wordBudget * 4),
    });
  }

  return {
    name: 'llm',
    async realize(plan, context) {
      if (plan.length === 0) return fallback.realize(plan, context);
      // the deadline covers both attempts: the turn is late by at most timeoutMs, model or not
      const deadline = Date.now() + timeoutMs;
      let reason: string | undefined;
      for (let attempt = 1; attempt <= 2; attempt += 1) {
        let text: string;
        try {
          text = await phrase(plan, context, deadline, reason);
        } catch (error) {
          if (isTinystepError(error) && error.code === 'llm') {
            reason = `gave no usable answer (${error.message})`;
            continue;
          }
          // down, timed out or aborted: a second call would only wait again
          const message = isTinystepError(error) ? error.message : 'LLM call failed';
          return fallBack(plan, context, `model unavailable: ${message}`);
        }
        const check = checkAgainstPlan(text, plan, context);
        if (check.ok) return { text, sentences: splitSentences(text), realizer: 'llm' };
        reason = check.reason;
        if (Date.now() >= deadline) break;
      }
      return fallBack(plan, context, `the model phrasing was refused twice; the last one ${reason}`);
    },
    // a fired nudge is the promise kept: on time and in the promised words, so templates say it
    realizeNudge(nudge: FiredNudge, context: RealizeContext) {
      return fallback.realizeNudge(nudge, context);
    },
  };
}

/**
 * The realizer a configuration asks for: templates for `none` (nothing is sent anywhere),
 * the LLM realizer over the configured provider otherwise.
 */
export function createRealizerFromConfig(
  config: LlmConfig,
  options: Omit<LlmRealizerOptions, 'llm' | 'timeoutMs'> = {},
): Realizer {
  const llm = createLlmProviderFromConfig(config);
  const fallback = options.fallback ?? createTemplateRealizer();
  if (!llm || config.provider === 'none') return fallback;
  return createLlmRealizer({ ...options, llm, fallback, timeoutMs: config.timeoutMs });
}
