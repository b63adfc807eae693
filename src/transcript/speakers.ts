import type { Role } from '../spec/transcript.ts';

const CLIENT_SPEAKERS = ['Patient', 'Client', 'User'];
const THERAPIST_SPEAKERS = ['Therapist', 'Counselor', 'Counsellor', 'Coach', 'Assistant'];

const ROLE_BY_SPEAKER = new Map<string, Role>([
  ...CLIENT_SPEAKERS.map((speaker) => [speaker.toLowerCase(), 'client'] as const),
  ...THERAPIST_SPEAKERS.map((speaker) => [speaker.toLowerCase(), 'therapist'] as const),
]);

export const KNOWN_SPEAKERS = [...CLIENT_SPEAKERS, ...THERAPIST_SPEAKERS];

export function roleOfSpeaker(speaker: string): Role | undefined {
  return ROLE_BY_SPEAKER.get(speaker.trim().toLowerCase());
}

export function defaultSpeaker(role: Role): string {
  return role === 'client' ? 'Client' : 'Therapist';
}
