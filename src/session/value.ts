/**
 * What matters to the person, when they say it in their own words ("because I care about my team",
 * "it matters to me to keep up"). The values link uses these words rather than ours.
 */
const VALUE_PATTERNS: RegExp[] = [
  /\bI (?:really )?(?:care about|value|want to be|want to feel) ([^.,;!?]{3,50})/i,
  /\bit(?:'s| is) important to me (?:to |that )?([^.,;!?]{3,50})/i,
  /\b(?:matters|important) to me (?:is |to )?([^.,;!?]{3,50})/i,
  /\bbecause I want to ([^.,;!?]{3,50})/i,
];

export function valueFrom(text: string): string | undefined {
  for (const pattern of VALUE_PATTERNS) {
    const match = text.match(pattern);
    if (match?.[1])
      return match[1]
        .trim()
        .replace(/\bmy\b/gi, 'your')
        .replace(/\bI\b/g, 'you')
        .replace(/\bme\b/gi, 'you');
  }
  return undefined;
}
