/**
 * The kinds a removed boilerplate line can have. A leaf of the schema (no zod), so the schema
 * and the extractor that decides a kind (`extract/boilerplate.ts`) both read it from here and the
 * schema imports nothing from the extractors.
 */
export const BOILERPLATE_KINDS = [
  'navigation',
  'share',
  'advert',
  'related',
  'caption',
  'newsletter',
  'comments',
  'legal',
  'player',
  'text-browser',
  'page',
] as const;
export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];
