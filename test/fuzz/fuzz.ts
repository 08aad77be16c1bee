/**
 * `npm run fuzz [-- --seconds N] [-- --seed S]`: time-bounded fuzzing of `parseArticle` and of the
 * stream record reader with fast-check, its corpus seeded from fixtures/ (every story, cut and
 * mutated: bytes flipped, inserted and deleted, lines shuffled and repeated, encodings mixed).
 *
 * jazzer.js (coverage-guided) needs glibc 2.38; fast-check runs everywhere Node does. A failure
 * prints the seed and the shrunk counterexample: pin it in test/fuzz-regressions.test.ts.
 *
 * Each target checks more than "does not throw": an article must validate against the schema,
 * be the same on a second run, hold no lone surrogate, and render through toJsonChunks to the
 * bytes of toJson; the reader must give the same records however the bytes are cut, and every
 * record must get exactly one answer line of JSON.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { answer } from '../../src/batch/stream.js';
import { readRecords, type RawRecord } from '../../src/batch/records.js';
import { parseArticle } from '../../src/core/parse.js';
import { toJson, toJsonChunks } from '../../src/render/json.js';
import { articleSchema } from '../../src/schema/article.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, seed: { type: 'string' } } });
const seconds = Number(values.seconds);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
function storiesIn(folder: string): Buffer[] {
  const found: Buffer[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...storiesIn(path));
    else if (name.endsWith('.txt')) found.push(readFileSync(path));
  }
  return found;
}
const corpus = storiesIn(root);

const RULES = new Set(['empty-input', 'binary-input', 'undecodable-input', 'bad-input', 'bad-option']);

/** A corpus story, cut to a window and mutated: what a crawler, a bad disk or a bad encoder gives. */
const mutated: fc.Arbitrary<Buffer> = fc
  .tuple(
    fc.constantFrom(...corpus),
    fc.nat(),
    fc.nat({ max: 4000 }),
    fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 8 }) }),
        fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 30 }) }),
        fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
        fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 200 }), times: fc.integer({ min: 2, max: 20 }) }),
      ),
      { maxLength: 12 },
    ),
    fc.constantFrom('utf8', 'utf16le', 'latin1', 'bom'),
  )
  .map(([story, from, length, edits, encoding]) => {
    let bytes = Buffer.from(story.subarray(from % Math.max(1, story.length), (from % Math.max(1, story.length)) + length + 200));
    for (const edit of edits) {
      const at = edit.at % (bytes.length + 1);
      if (edit.kind === 'flip' && bytes.length > 0) bytes[at % bytes.length] = edit.byte;
      else if (edit.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), edit.bytes, bytes.subarray(at)]);
      else if (edit.kind === 'text') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(edit.text), bytes.subarray(at)]);
      else if (edit.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + edit.length)]);
      else if (edit.kind === 'repeat') {
        const piece = bytes.subarray(at, at + edit.length);
        bytes = Buffer.concat([bytes.subarray(0, at), ...Array<Buffer>(edit.times).fill(piece), bytes.subarray(at)]);
      }
    }
    if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
    if (encoding === 'latin1') return Buffer.from(bytes.toString('utf8'), 'latin1');
    if (encoding === 'bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    return bytes;
  });

/** Strings too: a library user may give text holding lone surrogates, NULs, any code unit. */
const input: fc.Arbitrary<Buffer | string> = fc.oneof(
  { weight: 4, arbitrary: mutated },
  { weight: 1, arbitrary: mutated.map((bytes) => bytes.toString('utf8')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 30 }).map((lines) => lines.join('\n')) },
);

/** Mostly good options (so most inputs reach the extractors), sometimes a bad one. */
const options = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      {
        tz: fc.constantFrom('UTC', 'Europe/Moscow', '+03:00', 'America/New_York'),
        dateOrder: fc.constantFrom('dmy', 'mdy'),
        referenceDate: fc.constantFrom('2019-05-14', '2020-02-29', '1987-10-19'),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<object>({ tz: 'Not/AZone' }, { dateOrder: 'xyz' }, { referenceDate: '2019-02-31' }, { referenceDate: 'garbage' }) },
);

/** True when an article came out (and passed every check). */
function checkArticle(value: Buffer | string, opts: object): boolean {
  const result = parseArticle(value, opts as never);
  if (!result.ok) {
    if (!RULES.has(result.error.rule)) throw new Error(`unexpected rule ${result.error.rule}: ${result.error.message}`);
    return false;
  }
  const json = toJson(result.article);
  articleSchema.parse(result.article);
  if (!json.isWellFormed()) throw new Error('lone surrogate in the output');
  if ([...toJsonChunks(result.article)].join('') !== json) throw new Error('toJsonChunks differs from toJson');
  const again = parseArticle(value, opts as never);
  if (!again.ok || toJson(again.article) !== json) throw new Error('not deterministic');
  return true;
}

/** Records (some valid, some not), as lines of an NDJSON stream, and where to cut the bytes. */
const recordLine = fc.oneof(
  input.map((value) => JSON.stringify(typeof value === 'string' ? { id: 'text', text: value } : { id: 7, base64: value.toString('base64') })),
  fc.tuple(fc.constantFrom('1e999', '-0', '1.50', '12345678901234567890', '"a\\"b"', 'null', '[1]'), fc.string({ maxLength: 30 })).map(
    ([id, text]) => `{"id": ${id}, "text": ${JSON.stringify(text)}}`,
  ),
  fc.string({ maxLength: 60 }).map((text) => `{"id":"b","base64":${JSON.stringify(text)}}`),
  fc.string({ unit: 'binary', maxLength: 80 }),
);
const streamCase = fc.record({
  lines: fc.array(recordLine, { maxLength: 8 }),
  ending: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  cuts: fc.array(fc.nat(), { maxLength: 6 }),
  maxBytes: fc.integer({ min: 1, max: 5000 }),
});

async function collect(chunks: Uint8Array[], maxBytes: number): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const record of readRecords(chunks, maxBytes)) out.push(record);
  return out;
}

async function checkStream(c: fc.RecordValue<{ lines: string[]; ending: string; bom: boolean; cuts: number[]; maxBytes: number }>): Promise<void> {
  const bytes = Buffer.from(`${c.bom ? '\uFEFF' : ''}${c.lines.join(c.ending)}`, 'utf8');
  const whole = await collect([bytes], c.maxBytes);
  const points = [...new Set(c.cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks = [0, ...points].map((at, i, all) => bytes.subarray(at, all[i + 1] ?? bytes.length));
  const cut = await collect(chunks, c.maxBytes);
  if (JSON.stringify(cut) !== JSON.stringify(whole)) throw new Error('records depend on how the bytes are cut');
  for (const record of whole) {
    if ('oversize' in record) continue;
    const { record: line } = answer(record.text, record.line, {});
    if (!line.endsWith('\n') || line.indexOf('\n') !== line.length - 1) throw new Error('an answer is not one line');
    const parsed = JSON.parse(line) as { ok: unknown };
    if (typeof parsed.ok !== 'boolean') throw new Error('an answer without ok');
  }
}

const budget = (seconds * 1000) / 2;
const settings = { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: budget, markInterruptAsFailure: false };
console.log(`wirestory fuzz: ${corpus.length} corpus stories, seed ${seed}, ${seconds} s`);
let runs = 0;
let articles = 0;
const started = Date.now();
try {
  fc.assert(
    fc.property(input, options, (value, opts) => {
      runs++;
      if (checkArticle(value, opts)) articles++;
    }),
    settings,
  );
  console.log(`parseArticle: ${runs} inputs (${articles} gave an article) in ${((Date.now() - started) / 1000).toFixed(0)} s, no failure`);
  runs = 0;
  const streamStarted = Date.now();
  await fc.assert(
    fc.asyncProperty(streamCase, async (c) => {
      runs++;
      await checkStream(c);
    }),
    settings,
  );
  console.log(`stream reader: ${runs} streams in ${((Date.now() - streamStarted) / 1000).toFixed(0)} s, no failure`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
