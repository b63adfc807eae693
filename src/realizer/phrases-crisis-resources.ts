/**
 * The crisis turn's resources: each one said verbatim as a way to reach a person now, and, only
 * when a deployer gave none, the emergency number people know best.
 */
import type { CrisisResource } from '../spec/move.ts';
import { bare } from './text-tools.ts';

export function resourceCandidates(resource: CrisisResource, forFriend: boolean, index: number): string[] {
  const name = resource.name.trim();
  const contact = bare(resource.contact);
  // emergency services are for danger now: said as such, not as one more line to call
  if (!forFriend && /emergency/i.test(name)) {
    return [
      `If you are in danger right now, ${contact}.`,
      `In an emergency, ${contact}.`,
      `If you might act on it now, ${contact}.`,
      `If it feels urgent, ${contact} right away.`,
      `For immediate danger, ${contact}.`,
    ];
  }
  if (forFriend) {
    return [
      `They, or you for them, can reach ${name}: ${contact}.`,
      `You can share this with them: ${name}, ${contact}.`,
      `${name} can help them, or you: ${contact}.`,
      `To reach a person for them now, ${contact} (${name}).`,
      `Help for them is at ${name}: ${contact}.`,
    ];
  }
  const candidates = [
    `You can reach a person right now at ${name}: ${contact}.`,
    `To talk to someone now, ${contact} (${name}).`,
    `${name} is there for you: ${contact}.`,
    `Please reach out to ${name}: ${contact}.`,
    `A real person can help right now at ${name}: ${contact}.`,
  ];
  // a second line starts from another wording, so two resources never read as a list of the same sentence
  const shift = index % candidates.length;
  return [...candidates.slice(shift), ...candidates.slice(0, shift)];
}

// only when a deployer's config gave no resources: the emergency number people know best
const EMERGENCY_NUMBERS: Record<string, string> = {
  US: '911',
  CA: '911',
  GB: '999',
  IE: '112',
  AU: '000',
  NZ: '111',
};

export function fallbackResource(locale: string): string[] {
  const region = locale.split(/[-_]/)[1]?.toUpperCase() ?? '';
  const number = EMERGENCY_NUMBERS[region]
    ? `${EMERGENCY_NUMBERS[region]}`
    : 'your local emergency number, or 112';
  return [
    `Please call ${number} to reach a person now.`,
    `Please reach a person now: call ${number}.`,
    `Call ${number}, so a person can help.`,
    `A person can help right now if you call ${number}.`,
    `To reach someone now, call ${number}.`,
  ];
}
