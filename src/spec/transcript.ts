export type Role = 'client' | 'therapist';

/** One turn of a transcript; `at` is milliseconds from the session start. */
export type Turn = {
  role: Role;
  text: string;
  /** The speaker label as written (e.g. "Patient", "Coach"); kept so text round-trips. */
  speaker?: string;
  at?: number;
  nudge?: boolean;
};
