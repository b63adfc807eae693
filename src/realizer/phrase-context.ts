import type { RealizeContext } from './types.ts';

/** What phrase banks may use besides the move itself. */
export type PhraseContext = {
  slots: RealizeContext['slots'];
  locale: string;
};

/** Openers shared by most banks: short, warm, and meaning-neutral. */
export const COMMON_OPENERS = [
  'Okay,',
  'So,',
  'Alright,',
  'Right,',
  'Now,',
  'Good,',
  'For now,',
  'Here,',
  'Then,',
  'Sure,',
  'Well,',
  'Okay then,',
] as const;
