import { z } from 'zod';

/** A locale in a request body; it picks the crisis resources (en-US: 988, en-GB: Samaritans 116 123, …). */
export const Locale = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag like en-US or en-GB');
