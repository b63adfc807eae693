import { countWords } from '../text/sentences.ts';

export type ClientCheck = { ok: true; text: string } | { ok: false; reason: string };

const THERAPIST_LABEL = /^\s*(therapist|counsel+or|coach|assistant|doctor|ai)\s*[:(]/im;
const OWN_LABEL = /^\s*(client|patient|user|me)\s*:\s*/i;
const THERAPIST_MOVES = [
  /\bhow does (that|this) make you feel\b/i,
  /\bit sounds like you\b/i,
  /\bwhat i hear (you saying|is)\b/i,
  /\bas your (therapist|coach|counsel+or)\b/i,
  /\b(i'd|i would) (suggest|recommend|encourage) (that )?you\b/i,
  /\bhave you (considered|tried) (breaking|setting|using|taking)\b/i,
  /\blet's (try|work on|explore|break)\b/i,
  /\bhere are (some|a few) (tips|steps|strategies|ideas)\b/i,
  /\bas an ai\b|\blanguage model\b/i,
];

/**
 * Keeps an LLM in the client's chair: strips a leading "Client:" or name label, refuses the
 * therapist's voice (a therapist label, advice lists, reflective-listening formulas) and
 * anything over `maxWords`.
 */
export function checkClientText(raw: string, options: { maxWords: number; name?: string }): ClientCheck {
  let text = raw
    .trim()
    .replace(/^["“](.*)["”]$/s, '$1')
    .trim();
  text = text.replace(OWN_LABEL, '');
  if (options.name) text = text.replace(new RegExp(`^\\s*${escapeRegExp(options.name)}\\s*:\\s*`, 'i'), '');
  text = text.trim();
  if (!text) return { ok: false, reason: 'is empty' };
  if (THERAPIST_LABEL.test(text)) return { ok: false, reason: 'speaks as the therapist (a therapist label)' };
  const listLines = text.split('\n').filter((line) => /^\s*([-*•]|\d+[.)])\s+/.test(line));
  if (listLines.length >= 2) return { ok: false, reason: 'gives a list of advice, as a therapist would' };
  if (THERAPIST_MOVES.some((pattern) => pattern.test(text))) {
    return { ok: false, reason: 'talks like the therapist instead of the client' };
  }
  const words = countWords(text);
  if (words > options.maxWords)
    return { ok: false, reason: `is ${words} words, over the limit of ${options.maxWords}` };
  return { ok: true, text: text.replace(/\s*\n+\s*/g, ' ') };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
