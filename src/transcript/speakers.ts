import type { Role } from '../spec/transcript.ts';

// DESIGN.md's speakers first, then the labels other transcripts use (MI research, interviews, chat logs)
const CLIENT_SPEAKERS = [
  'Patient',
  'Client',
  'User',
  'C',
  'Cl',
  'Pt',
  'Interviewee',
  'Seeker',
  'Help seeker',
  'Participant',
  'Respondent',
  'Human',
  'Caller',
];
const THERAPIST_SPEAKERS = [
  'Therapist',
  'Counselor',
  'Counsellor',
  'Coach',
  'Assistant',
  'T',
  'Th',
  'Interviewer',
  'Clinician',
  'Helper',
  'Supporter',
  'Listener',
  'Bot',
  'AI',
  'Agent',
  'Psychologist',
  'Psychotherapist',
];

const ROLE_BY_SPEAKER = new Map<string, Role>([
  ...CLIENT_SPEAKERS.map((speaker) => [speaker.toLowerCase(), 'client'] as const),
  ...THERAPIST_SPEAKERS.map((speaker) => [speaker.toLowerCase(), 'therapist'] as const),
]);

export const KNOWN_SPEAKERS = [...CLIENT_SPEAKERS, ...THERAPIST_SPEAKERS];

// "Speaker 1", "Speaker 2", "Person A", "S1": the label says nothing of the role, the talk does
const NUMBERED_SPEAKER = /^(?:speaker|person|voice|spk|s)\s*(?:\d{1,2}|[ab])$/i;

export function roleOfSpeaker(speaker: string): Role | undefined {
  return ROLE_BY_SPEAKER.get(speaker.trim().replace(/\s+/g, ' ').toLowerCase());
}

/** True for labels such as "Speaker 1" whose role has to be read from what they say. */
export function isNumberedSpeaker(speaker: string): boolean {
  return NUMBERED_SPEAKER.test(speaker.trim());
}

export function defaultSpeaker(role: Role): string {
  return role === 'client' ? 'Client' : 'Therapist';
}
