import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { addLlmOptions, type LlmFlags, resolveLlmConfig } from './config.ts';
import { createLlmProviderFromConfig } from './provider-from-config.ts';

test('defaults to none with an empty environment', () => {
  assert.deepEqual(resolveLlmConfig({ env: {} }), { provider: 'none' });
  assert.equal(createLlmProviderFromConfig({ provider: 'none' }), undefined);
});

test('reads an openai-compatible configuration from the environment', () => {
  const config = resolveLlmConfig({
    env: {
      TINYSTEP_LLM: 'openai-compatible',
      TINYSTEP_LLM_BASE_URL: 'http://localhost:11434/v1',
      TINYSTEP_LLM_MODEL: 'llama3.2',
    },
  });
  assert.deepEqual(config, {
    provider: 'openai-compatible',
    baseUrl: 'http://localhost:11434/v1',
    model: 'llama3.2',
    apiKey: undefined,
    timeoutMs: 8000,
  });
});

test('flags win over the environment', () => {
  const config = resolveLlmConfig({
    env: { TINYSTEP_LLM: 'anthropic', TINYSTEP_LLM_MODEL: 'env-model', TINYSTEP_LLM_API_KEY: 'key' },
    flags: { llm: 'openai-compatible', llmBaseUrl: 'http://127.0.0.1:8080/v1', llmModel: 'flag-model' },
  });
  assert.ok(config.provider === 'openai-compatible');
  assert.equal(config.model, 'flag-model');
});

for (const [name, env, pattern] of [
  ['an unknown provider', { TINYSTEP_LLM: 'openai' }, /unknown LLM provider 'openai'/],
  ['a missing base URL', { TINYSTEP_LLM: 'openai-compatible', TINYSTEP_LLM_MODEL: 'm' }, /needs a base URL/],
  [
    'a base URL that is not a URL',
    { TINYSTEP_LLM: 'openai-compatible', TINYSTEP_LLM_BASE_URL: 'localhost:11434', TINYSTEP_LLM_MODEL: 'm' },
    /is not an http\(s\) URL/,
  ],
  [
    'a missing model',
    { TINYSTEP_LLM: 'openai-compatible', TINYSTEP_LLM_BASE_URL: 'http://localhost:11434/v1' },
    /needs a model name/,
  ],
  [
    'anthropic without a key',
    { TINYSTEP_LLM: 'anthropic', TINYSTEP_LLM_MODEL: 'claude' },
    /needs an API key/,
  ],
  [
    'a timeout that is not a number',
    {
      TINYSTEP_LLM: 'anthropic',
      TINYSTEP_LLM_MODEL: 'c',
      TINYSTEP_LLM_API_KEY: 'k',
      TINYSTEP_LLM_TIMEOUT_MS: 'soon',
    },
    /TINYSTEP_LLM_TIMEOUT_MS/,
  ],
] as const) {
  test(`fails at start with one config error for ${name}`, () => {
    assert.throws(
      () => resolveLlmConfig({ env }),
      (error: unknown) => {
        assert.equal((error as { code?: string }).code, 'config');
        assert.match((error as Error).message, pattern);
        assert.ok((error as { hint?: string }).hint, 'has a hint');
        return true;
      },
    );
  });
}

test('addLlmOptions adds the three flags that resolveLlmConfig reads', () => {
  const command = addLlmOptions(new Command('reply').exitOverride());
  command.parse(
    ['--llm', 'openai-compatible', '--llm-base-url', 'http://localhost:1234/v1', '--llm-model', 'qwen'],
    {
      from: 'user',
    },
  );
  const config = resolveLlmConfig({ env: {}, flags: command.opts<LlmFlags>() });
  assert.ok(config.provider === 'openai-compatible');
  assert.equal(config.baseUrl, 'http://localhost:1234/v1');
});
