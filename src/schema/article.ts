/**
 * The one definition of wirestory's output. TypeScript types are inferred from it, `wirestory
 * schema` prints it as JSON Schema, and the test suite validates every article against it.
 *
 * The command does not load zod while parsing (it costs more start-up time than the whole
 * parse); the types below keep the core honest at compile time and the tests at run time.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './version.js';
import { BOILERPLATE_KINDS } from './boilerplate-kinds.js';

export { SCHEMA_VERSION };

const lineNo = z.number().int().min(1).describe('1-based line number in the decoded input');

export const severitySchema = z.enum(['error', 'warning', 'info']);

export const diagnosticSchema = z
  .object({
    rule: z.string().describe('Stable rule id, e.g. `timestamp-missing`'),
    severity: severitySchema,
    message: z.string(),
    line: lineNo.nullable(),
    column: z.number().int().min(1).nullable(),
  })
  .describe('A warning or note about a parsing decision');

export const removedLineSchema = z
  .object({
    line: lineNo,
    reason: z.enum([
      'title',
      'timestamp',
      'duplicate-headline',
      'headline-prefix',
      'byline',
      'signoff',
      'credit',
      'separator',
      'boilerplate',
    ]),
    kind: z
      .enum(BOILERPLATE_KINDS)
      .optional()
      .describe('For `boilerplate`: what the line is (`navigation`, `share`, `advert`, `caption`, ...; `page` for other furniture outside the article block)'),
    text: z.string().describe('The text taken out, as normalized'),
  })
  .describe('A line (or, for `headline-prefix`, the start of a line) that is not part of the body');

export const timestampSchema = z.object({
  iso: z
    .string()
    .describe(
      'ISO 8601 built from the written components: `2019-05-14`, `2019-05-14T16:24:00`, `2019-05-14T16:24:00+03:00`',
    ),
  text: z.string().describe('The stamp exactly as written'),
  line: lineNo,
  label: z.enum(['published', 'updated']).nullable().describe('From a label such as `Updated:`'),
  hasTime: z.boolean(),
  offset: z
    .string()
    .nullable()
    .describe('UTC offset applied (`+03:00`, `Z`), or null when the stamp is local time'),
  zone: z
    .string()
    .nullable()
    .describe('The zone as written (`EDT`, `GMT`, `+0300`) or as given by `--tz`'),
  zoneSource: z.enum(['text', 'option']).nullable(),
});

export const bylineSchema = z.object({
  names: z.array(z.string()).describe('Author names in normal case'),
  agency: z.string().nullable(),
  role: z
    .string()
    .nullable()
    .describe('A role or tag after the names: `Asia correspondent` (`By Jane Doe, Asia correspondent`), `Analysis` (`By Jane Doe - Analysis`)'),
  text: z.string().describe('The byline as written'),
  line: lineNo,
});

export const datelineSchema = z.object({
  place: z.string(),
  agency: z.string().nullable(),
  date: z.string().nullable().describe('A date written in the dateline, e.g. `Oct 19`'),
  text: z.string().describe('The dateline as written; it stays in the lead paragraph'),
  line: lineNo,
});

export const creditSchema = z
  .object({
    role: z.string().describe('As written, lower-cased: `reporting`, `additional reporting`, `editing`, `writing`, `contributed`, `compiled`'),
    names: z.array(z.string()).describe('The people credited, as written (places after `in` dropped)'),
    text: z.string().describe('The credit line as written'),
    line: lineNo,
  })
  .describe('A credit line at the end of the story: `(Reporting by …; Editing by …)`, `… contributed to this report.`');

export const languageSchema = z
  .object({
    code: z.string().regex(/^[a-z]{2}$/).describe('ISO 639-1 code: `en`, `pt`, `ru`'),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .describe('Margin of the answer over the runner-up language, 0 to 1 (1 when given with `--lang`)'),
    source: z.enum(['detected', 'option']).describe('`detected` from the body, or `option` (`--lang`)'),
  })
  .describe('The language of the story');

export const encodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);

export const articleSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: z.string().nullable(),
    timestamp: timestampSchema.nullable().describe('The published stamp from the header zone'),
    updated: timestampSchema.nullable().describe('An `Updated` stamp, when one is present besides'),
    byline: bylineSchema.nullable(),
    dateline: datelineSchema.nullable(),
    credits: z.array(creditSchema).describe('Credit lines taken out of the end of the body, one entry per role'),
    language: languageSchema
      .nullable()
      .describe('The language of the body; null when the body is too short or gives no clear answer'),
    body: z.array(z.string()).describe('Paragraphs, normalized, hard wraps joined'),
    removed: z.array(removedLineSchema),
    warnings: z.array(diagnosticSchema),
    provenance: z
      .object({
        title: lineNo.nullable(),
        body: z
          .array(z.tuple([lineNo, lineNo]))
          .describe('First and last input line of each body paragraph'),
      })
      .describe('Where each field came from'),
    stats: z.object({
      words: z.number().int().min(0),
      paragraphs: z.number().int().min(0),
      characters: z.number().int().min(0),
      normalized: z
        .record(z.string(), z.number().int().min(0))
        .describe('How many of each normalization were made, e.g. `crlf`, `nbsp`, `softHyphen`'),
    }),
    source: z.object({
      file: z.string().nullable(),
      encoding: encodingSchema,
      bom: z.boolean(),
      lineEnding: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  })
  .strict()
  .describe('A news story parsed by wirestory');

export type Article = z.infer<typeof articleSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type RemovedLine = z.infer<typeof removedLineSchema>;
export type Timestamp = z.infer<typeof timestampSchema>;
export type Byline = z.infer<typeof bylineSchema>;
export type Dateline = z.infer<typeof datelineSchema>;
export type Language = z.infer<typeof languageSchema>;
export type Credit = z.infer<typeof creditSchema>;
export type Encoding = z.infer<typeof encodingSchema>;
export type Severity = z.infer<typeof severitySchema>;

/** The JSON Schema (draft 2020-12) of an article, as `wirestory schema` prints it. */
export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(articleSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
