/**
 * The library contract: `parseArticle` never throws. Bad input and bad options are results with
 * a rule and a message naming the bad value (issue #9, item 9). Bytes come in any binary form.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, type ParseOptions } from '../../src/index.js';

const story = readFileSync(new URL('../../fixtures/seed/pompeo-lavrov-sochi.txt', import.meta.url));
const expected = parseArticle(story);

describe('parseArticle inputs', () => {
  it.each([
    ['null', null, 'Bad input null, expected a string or bytes'],
    ['undefined', undefined, 'Bad input undefined, expected a string or bytes'],
    ['a number', 42, 'Bad input 42, expected a string or bytes'],
    ['a plain object', {}, 'Bad input an object, expected a string or bytes'],
    ['an array of numbers', [72, 105], 'Bad input an array, expected a string or bytes'],
    ['a boolean', true, 'Bad input true, expected a string or bytes'],
    ['a Map', new Map(), 'Bad input a Map, expected a string or bytes'],
  ])('refuses %s with bad-input', (_, input, message) => {
    const result = parseArticle(input as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.rule).toBe('bad-input');
    expect(result.error.message).toContain(message);
    expect(result.sha256).toBeNull();
    expect(result.bytes).toBeNull();
  });

  it('reads an ArrayBuffer, a DataView and other views as the bytes they cover', () => {
    expect(expected.ok).toBe(true);
    const padded = new Uint8Array(story.length + 8);
    padded.set(story, 4);
    const inputs = [
      story.buffer.slice(story.byteOffset, story.byteOffset + story.length),
      new DataView(padded.buffer, 4, story.length),
      new Uint8Array(padded.buffer, 4, story.length),
      Buffer.from(story),
    ];
    for (const input of inputs) expect(parseArticle(input)).toEqual(expected);
    const shared = new SharedArrayBuffer(story.length);
    new Uint8Array(shared).set(story);
    expect(parseArticle(shared)).toEqual(expected);
  });

  it('reads a Uint16Array as its bytes as stored (here UTF-16LE with a BOM)', () => {
    const text = '\uFEFFTitle of the story\n\nThe body of the story, long enough to be a paragraph.';
    const result = parseArticle(new Uint16Array(new Uint8Array(Buffer.from(text, 'utf16le')).buffer));
    expect(result.ok && result.article.source.encoding).toBe('utf-16le');
    expect(result.ok && result.article.title).toBe('Title of the story');
  });
});

describe('parseArticle options', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'Bad options null, expected an object'],
    ['a string', 'Europe/Moscow', 'Bad options `Europe/Moscow`, expected an object'],
    ['an unknown key', { timezone: 'UTC' }, 'Unknown option `timezone`, expected `tz`, `dateOrder`, `referenceDate`, `fileName`'],
    ['an unknown zone', { tz: 'Not/AZone' }, 'Unknown time zone `Not/AZone` for options.tz, expected an IANA name'],
    ['a zone that is not a string', { tz: 3 }, 'Unknown time zone 3 for options.tz'],
    ['an unknown date order', { dateOrder: 'xyz' }, 'Unknown date order `xyz` for options.dateOrder, expected `dmy` or `mdy`'],
    ['a reference date that is not a date', { referenceDate: 'garbage' }, 'Bad options.referenceDate `garbage`, expected a real calendar day as YYYY-MM-DD'],
    ['a reference date that does not exist', { referenceDate: '2019-02-31' }, 'Bad options.referenceDate `2019-02-31`'],
    ['a reference date in another form', { referenceDate: '2019-2-3' }, 'Bad options.referenceDate `2019-2-3`'],
    ['a file name that is not a string', { fileName: 7 }, 'Bad options.fileName 7, expected a string or null'],
  ])('refuses %s with bad-option', (_, options, message) => {
    const result = parseArticle(story, options as ParseOptions);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ rule: 'bad-option', message: expect.stringContaining(message) });
    // The input was fine: it is still described.
    expect(result.bytes).toBe(story.length);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes undefined values and real dates, leap days included', () => {
    expect(parseArticle(story, { tz: undefined, fileName: undefined })).toEqual(expected);
    expect(parseArticle(story, { referenceDate: '2020-02-29', fileName: null }).ok).toBe(true);
    expect(parseArticle(story, { tz: '+03:00', dateOrder: 'mdy' }).ok).toBe(true);
  });

  it('an options object whose getter throws is a result too', () => {
    const options = Object.defineProperty({}, 'tz', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = parseArticle(story, options as ParseOptions);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.rule).toBe('internal-error');
  });
});
