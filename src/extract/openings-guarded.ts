/** Every pattern whose openings src/extract/openings.ts holds, by its name there (for test/tools/openings.ts and its test). */
import { OPENING_GUARDED as BOILERPLATE } from './boilerplate.js';
import { OPENING_GUARDED as CREDITS } from './credits.js';
import { OPENING_GUARDED as SIGNOFF } from './signoff.js';

/** Patterns built on first use (lazyPattern) are built here. */
export const OPENING_GUARDED: Record<string, RegExp> = Object.fromEntries(
  Object.entries({ ...BOILERPLATE, ...CREDITS, ...SIGNOFF }).map(([name, pattern]) => [name, typeof pattern === 'function' ? pattern() : pattern]),
);
