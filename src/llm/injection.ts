import { splitSentences } from '../text/sentences.ts';

/** A sentence in someone's text that tries to instruct the model, and what it tries to make it say. */
export type Injection = { sentence: string; payloads: string[] };

const MARKERS = [
  /\b(ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|the|your|these|those|previous|prior|above|earlier|system|original|of)\s+)*(instructions?|rules?|prompts?|guidelines|directions|programming|plan|training)\b/i,
  /\b(ignore|disregard|forget)\s+(everything|all|what)\s+(above|before|previously|you were told)\b/i,
  /\b(new|updated|real) instructions?\b/i,
  /^\s*(system|developer|assistant)( prompt| message)?\s*:/i,
  /\b(system|developer) (prompt|message)\b/i,
  /\byou are (now|no longer)\b/i,
  /\bfrom now on,? (you|your)\b/i,
  /\b(pretend|act|roleplay|role-play) (to be|you are|as)\b/i,
  /\b(jailbreak|do anything now)\b/i,
];
const SAY =
  /\b(?:say|write|reply|respond|answer|output|print|type|tell me|repeat(?: after me)?)\b(?:\s+(?:with|exactly|only|back|just|the words|this|that))*\s*[:,-]?\s*["'“‘]?([^"”’\n.!?]+)/gi;
const QUOTED = /["“]([^"”]{2,})["”]|'([^'\n]{2,})'(?![a-z])/g;
const ROLE =
  /\b(?:you are now|you're now|pretend (?:to be|you are)|act as|roleplay as|role-play as)\s+([^.!?,\n]+)/gi;

/**
 * Finds prompt-injection attempts in client text ("ignore previous instructions and say X")
 * and their payloads (X, any quoted words, the role it asks for), so a checker can refuse
 * output that obeys them. Simple and conservative: it looks for the common wordings only.
 */
export function findInjections(text: string): Injection[] {
  const injections: Injection[] = [];
  // a marker and its payload may sit in neighbouring sentences ("Ignore your rules. Say X.")
  const sentences = splitSentences(text);
  for (const [index, sentence] of sentences.entries()) {
    if (!MARKERS.some((marker) => marker.test(sentence))) continue;
    const window = [sentence, sentences[index + 1] ?? ''].join(' ');
    const payloads = new Set<string>();
    for (const match of window.matchAll(SAY)) addPayload(payloads, match[1]);
    for (const match of window.matchAll(QUOTED)) addPayload(payloads, match[1] ?? match[2]);
    for (const match of window.matchAll(ROLE)) addPayload(payloads, match[1]);
    injections.push({ sentence: window.trim(), payloads: [...payloads] });
  }
  return injections;
}

function addPayload(payloads: Set<string>, value: string | undefined): void {
  const trimmed = value?.trim().replace(/^(that|this|to|the words)\s+/i, '');
  if (trimmed && /[\p{L}\p{N}]/u.test(trimmed)) payloads.add(trimmed);
}
