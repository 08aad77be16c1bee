import { describe, expect, it } from 'vitest';
import { normalize, normalizeText } from '../../src/core/normalize.js';

describe('normalize', () => {
  it('turns CRLF and CR into LF, counting each', () => {
    const { lines, lineEnding, counts } = normalize('a\r\nb\rc\nd');
    expect(lines.map((line) => line.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(lineEnding).toBe('mixed');
    expect(counts).toMatchObject({ crlf: 1, cr: 1 });
    expect(normalize('a\r\nb\r\n').lineEnding).toBe('crlf');
    expect(normalize('one line').lineEnding).toBe('none');
  });

  it('composes to NFC', () => {
    const { lines, counts } = normalize('Sa\u0303o Paulo');
    expect(lines[0]!.text).toBe('São Paulo');
    expect(counts.nfc).toBe(1);
  });

  it('turns no-break spaces into spaces and removes invisible characters', () => {
    const { lines, counts } = normalize('said\u00a0“no”\u202f! co\u00adop\u200bera\u2060tion\ufeff');
    expect(lines[0]!.text).toBe('said “no” ! cooperation');
    expect(counts).toMatchObject({ nbsp: 2, softHyphen: 1, zeroWidth: 2, bom: 1 });
  });

  it('collapses tabs and runs of spaces, trims lines, and measures the indent first', () => {
    const { lines, counts } = normalize('    One of them,\tsitting   astride  \n\tTabbed');
    expect(lines[0]).toEqual({ no: 1, text: 'One of them, sitting astride', indent: 4, gaps: [20] });
    expect(lines[0]!.text[20]).toBe(' ');
    expect(lines[1]).toEqual({ no: 2, text: 'Tabbed', indent: 4 });
    expect(counts.tabs).toBe(2);
    expect(counts.trimmed).toBe(2);
  });

  it('keeps quotes, dashes and letters as written', () => {
    const text = '“It’s not destiny” — ‘Reuters’ -- Ünïcödé «ok»';
    expect(normalizeText(text)).toBe(text);
  });

  it('removes control characters such as the STX/ETX of wire copy', () => {
    expect(normalizeText('\u0002HEADLINE\u0003')).toBe('HEADLINE');
  });

  it('is idempotent', () => {
    const once = normalizeText(' a\u00a0\u00a0b \r\n\r\n\tc\u00ad ');
    expect(normalizeText(once)).toBe(once);
  });
});
