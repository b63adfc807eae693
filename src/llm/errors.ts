import { APICallError } from '@ai-sdk/provider';
import { TinystepError } from '../spec/errors.ts';

type FailureContext = { endpoint: string; timedOut: boolean; aborted: boolean; timeoutMs: number };

/**
 * Maps whatever the AI SDK or fetch threw to a TinystepError. The SDK's own errors can carry
 * the request body (the prompt, which is session text), so none is kept as `cause`.
 */
export function describeLlmFailure(error: unknown, context: FailureContext): TinystepError {
  if (error instanceof TinystepError) return error;
  const { endpoint } = context;
  if (context.aborted) return new TinystepError('unavailable', `LLM call to ${endpoint} was aborted`);
  if (context.timedOut) {
    return new TinystepError(
      'unavailable',
      `LLM at ${endpoint} did not answer within ${context.timeoutMs} ms`,
      {
        hint: 'check that the model server is running, or raise TINYSTEP_LLM_TIMEOUT_MS',
      },
    );
  }
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status === undefined || status >= 500 || status === 429 || status === 408) {
      return new TinystepError(
        'unavailable',
        `LLM at ${endpoint} is unavailable${status ? ` (HTTP ${status})` : ' (no connection)'}`,
        { hint: 'check that the model server is running and reachable' },
      );
    }
    return new TinystepError('llm', `LLM at ${endpoint} refused the call (HTTP ${status})`, {
      hint:
        status === 401 || status === 403
          ? 'check TINYSTEP_LLM_API_KEY'
          : 'check TINYSTEP_LLM_MODEL and TINYSTEP_LLM_BASE_URL',
    });
  }
  const name = error instanceof Error ? error.name : typeof error;
  if (/fetch|connect|socket|network/i.test(`${name} ${error instanceof Error ? error.message : ''}`)) {
    return new TinystepError('unavailable', `LLM at ${endpoint} cannot be reached`, {
      hint: 'check that the model server is running and reachable',
    });
  }
  return new TinystepError('llm', `LLM at ${endpoint} answered in a way tinystep cannot read (${name})`, {
    hint: 'check that the endpoint speaks the OpenAI chat completions API',
  });
}
