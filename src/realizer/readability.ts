/**
 * Flesch–Kincaid grade level, to keep the realizer's English at about a 6th–8th grade level.
 * Syllables are estimated from vowel groups, which is close enough for short plain sentences.
 */
import { countWords, splitSentences } from '../text/sentences.ts';

export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!letters) return /\d/.test(word) ? word.replace(/\D/g, '').length : 0;
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function fleschKincaidGrade(text: string): number {
  const sentences = Math.max(1, splitSentences(text).length);
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const wordCount = Math.max(1, countWords(text));
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  return 0.39 * (wordCount / sentences) + 11.8 * (syllables / wordCount) - 15.59;
}
