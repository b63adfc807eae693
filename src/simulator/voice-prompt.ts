import { buildClientSystemPrompt } from '../llm/llm-client.ts';
import type { Persona } from './persona-schema.ts';

/** The longest turn a model-played client may send: well past the card's 90th percentile. */
export function maxWordsFor(persona: Persona): number {
  return Math.max(15, Math.ceil(persona.voice.words.p90 * 1.5));
}

/**
 * How this person talks, in words a model can follow: the same card that drives the rule client
 * (turn length, case, punctuation, slips, how rarely they ask for instructions, reactance,
 * what they hold back) so `--client llm` plays the same person.
 */
export function describeVoice(persona: Persona): string[] {
  const voice = persona.voice;
  const lines = [
    `You are typing in a help chat, not writing a letter: most of your messages are about ${voice.words.median} words, rarely more than ${voice.words.p90}.`,
  ];
  if (voice.lowercase >= 0.6) lines.push('You mostly type in lower case.');
  if (voice.dropApostrophes >= 0.5) lines.push('You often skip apostrophes ("dont", "im").');
  if (voice.endPunctuation < 0.4) lines.push('You often leave off the full stop at the end.');
  if (voice.typoRate >= 0.03) lines.push('You make the odd typo and do not fix it.');
  if (voice.emoji >= 0.08) lines.push('Now and then you add an emoji.');
  if (voice.nonNative)
    lines.push('English is not your first language: simple grammar, few contractions, sometimes no article.');
  if (voice.fillers.length > 0) lines.push(`Words you use: ${voice.fillers.join(', ')}.`);
  if (voice.oneWord >= 0.15)
    lines.push('Often you answer in one or two words ("idk", "yeah", "not really").');
  lines.push(
    'You almost never ask to be told exactly what to do or to be reminded; you talk about your situation and how it feels.',
  );
  if (persona.goal === 'vent') lines.push('You came to get it off your chest, not for advice.');
  if (persona.goal === 'talk') lines.push('You came to talk it through more than to get a plan.');
  if (persona.reactance >= 0.6)
    lines.push(
      'Advice you did not ask for annoys you: push back ("I\'ve tried that", "easier said than done").',
    );
  lines.push(
    'When the other person shows they understood you, you open up a little more; when their replies could be said to anyone, your answers get shorter, and after a while you leave.',
  );
  if (persona.story.length > 0)
    lines.push(`What you might bring up, roughly in this order: ${persona.story.join(' / ')}.`);
  // (the card's beats: scenes and answers in their own words, for when the therapist asks or advises)
  if (persona.beats.length > 0)
    lines.push(
      `Things you might say when they come up, each once at most: ${persona.beats.map((beat) => beat.say).join(' / ')}.`,
    );
  for (const disclosure of persona.disclosures) {
    const when =
      disclosure.trigger === 'asked-twice'
        ? 'only if they ask you directly a second time; the first time, brush it off'
        : 'only once you feel understood, never in your first messages';
    lines.push(`You hold something back: "${disclosure.text}" — say it ${when}.`);
  }
  return lines;
}

/** The system prompt of a model-played client: the card's facts (src/llm) and its voice. */
export function clientSystemPrompt(persona: Persona): string {
  return `${buildClientSystemPrompt(persona, maxWordsFor(persona))}\n${describeVoice(persona).join('\n')}`;
}
