import type { LanguageModelV3GenerateResult } from '@ai-sdk/provider';
import { MockLanguageModelV3 } from 'ai/test';
import { type LlmProvider, llmProviderFromModel } from '../provider.ts';

/** A generate result holding `text`, in the AI SDK v3 model spec's shape. */
export function textResult(text: string): LanguageModelV3GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: {
      inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 10, text: 10, reasoning: 0 },
    },
    warnings: [],
  };
}

/**
 * The SDK's recording mock model answering `texts` in order, one per call, wrapped as a
 * provider. `model.doGenerateCalls` holds each call's prompt.
 */
export function scriptedModel(texts: readonly string[]): { llm: LlmProvider; model: MockLanguageModelV3 } {
  const model = new MockLanguageModelV3({ modelId: 'scripted', doGenerate: texts.map(textResult) });
  return { llm: llmProviderFromModel(model), model };
}

/** Every text part of one recorded call's prompt, joined (to assert on what the model was told). */
export function promptText(model: MockLanguageModelV3, callIndex: number): string {
  const call = model.doGenerateCalls[callIndex];
  if (!call) return '';
  return call.prompt
    .map((message) =>
      typeof message.content === 'string'
        ? message.content
        : message.content.map((part) => ('text' in part ? part.text : '')).join(' '),
    )
    .join('\n');
}
