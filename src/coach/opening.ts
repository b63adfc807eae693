// the invitation after the scope statement; chosen by seed, never clinical
const INVITATIONS = [
  'What is the task you keep putting off?',
  'What have you been putting off that you want to start on?',
  'Tell me about the task that feels stuck right now.',
  'Which task has been sitting there, waiting for you?',
  'What would you like to get moving on today?',
];

export function invitation(seed: number): string {
  return INVITATIONS[Math.abs(Math.trunc(seed)) % INVITATIONS.length];
}
