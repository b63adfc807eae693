/**
 * "are you a bot?" said for a reason: only once the therapist has repeated itself or missed the
 * person several times. Said out of the blue it read to a blind rater as bolted on — a writer's
 * idea of a sceptic, not a person reacting to what just happened.
 */
export const MACHINE_DOUBT =
  /\b(?:bot|chatbot|robot|ai|a real person|an actual person|actually reading|even understand)\b/i;

/** Their lines without doubts about the machine, unless the therapist has given them a reason. */
export function reasonedLines(lines: readonly string[], missedOften: boolean): readonly string[] {
  return missedOften ? lines : lines.filter((line) => !MACHINE_DOUBT.test(line));
}

/** The card's doubts about the machine, to say once the therapist has given them a reason. */
export function machineDoubts(lines: readonly string[]): readonly string[] {
  return lines.filter((line) => MACHINE_DOUBT.test(line));
}
