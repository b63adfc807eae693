/**
 * The person's own object as a phrase to put in a step: "one script" → "the script",
 * "the email to Dana" stays. Steps read better with "the" than with "one" or "a".
 */
export function objectPhrase(object: string | undefined, fallback = 'the task'): string {
  const trimmed = (object ?? '')
    .trim()
    .replace(/[.,;:!?]+$/, '')
    .replace(/\s+/g, ' ');
  if (!trimmed) return fallback;
  const lowered = trimmed.replace(/^(?:The|A|An|One|My|This|That)\b/, (word) => word.toLowerCase());
  if (/^(?:the|my|your|our|his|her|their)\s/i.test(lowered)) return lowered.replace(/^my\s/i, 'your ');
  const withoutArticle = lowered.replace(/^(?:a single|one single|a|an|one|this|that|some)\s+/i, '');
  return `the ${withoutArticle}`;
}
