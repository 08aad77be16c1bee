import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode, decodeString, windows1252 } from '../../src/core/decode.js';
import { isPlainText } from '../../src/core/normalize.js';
import { listFiles } from '../helpers/files.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function decoded(input: Uint8Array) {
  const result = decode(input);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.value;
}

describe('decode', () => {
  it('reads UTF-8 without a BOM', () => {
    const value = decoded(utf8('Headline £5\nBody'));
    expect(value).toMatchObject({ text: 'Headline £5\nBody', encoding: 'utf-8', bom: false, warnings: [] });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const value = decoded(bytes(0xef, 0xbb, 0xbf, ...utf8('Título')));
    expect(value).toMatchObject({ text: 'Título', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sochi “talks”', 'utf16le')]);
    expect(decoded(le)).toMatchObject({ text: 'Sochi “talks”', encoding: 'utf-16le', bom: true });
    const be = Buffer.from(le);
    be.swap16();
    expect(decoded(be)).toMatchObject({ text: 'Sochi “talks”', encoding: 'utf-16be', bom: true });
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a warning naming the byte and line', () => {
    // Horne 2017 style: curly quotes and an em dash as cp1252 bytes, on line 2.
    const value = decoded(bytes(...utf8('Title\nHe said '), 0x93, ...utf8('no'), 0x94, 0x20, 0x97, ...utf8(' and left')));
    expect(value.encoding).toBe('windows-1252');
    expect(value.text).toBe('Title\nHe said “no” — and left');
    expect(value.warnings).toHaveLength(1);
    expect(value.warnings[0]).toMatchObject({ rule: 'decoding-fallback', line: 2, severity: 'warning' });
    expect(value.warnings[0]!.message).toContain('0x93');
  });

  it('the fallback warning names the byte that starts a surrogate or overlong form, on its line', () => {
    // A surrogate (ED A0 80), overlong forms (E0 80 80, F0 80 80 80, C0 AF) and a code point
    // past U+10FFFF (F4 90 80 80), each on line 2 after a valid é: the warning points at the
    // lead byte (line 2, byte column 6), not at the last byte of the input; a CRLF copy gives
    // the same place (a CRLF checkout must not change the warning).
    for (const bad of [[0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80]]) {
      const value = decoded(bytes(...utf8('Title\né x '), ...bad, ...utf8(' end\nlast line')));
      expect(value.encoding).toBe('windows-1252');
      expect(value.warnings[0], bad.join(' ')).toMatchObject({ rule: 'decoding-fallback', line: 2, column: 6 });
      expect(value.warnings[0]!.message).toContain(`byte 0x${bad[0]!.toString(16).toUpperCase()} at line 2, column 6)`);
      const crlf = decoded(bytes(...utf8('Title\r\né x '), ...bad, ...utf8(' end\r\nlast line')));
      expect(crlf.warnings).toEqual(value.warnings);
    }
  });

  it('line endings never decide whether a short text is binary (a property-test counterexample)', () => {
    const lf = '\u{10000} \n\u{10000}\u0001\u{10000}';
    for (const text of [lf, lf.replace('\n', '\r\n'), lf.replace('\n', '\r')]) {
      expect(decode(utf8(text)).ok, JSON.stringify(text)).toBe(decode(utf8(lf)).ok);
    }
  });

  it('reads the single 0xA3 byte of BBC sport/199 as a pound sign', () => {
    expect(decoded(bytes(...utf8('a '), 0xa3, ...utf8('15.8m signing'))).text).toBe('a £15.8m signing');
  });

  it('refuses NUL bytes as binary', () => {
    const result = decode(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01));
    expect(result).toMatchObject({ ok: false, error: { rule: 'binary-input' } });
  });

  it('refuses input that is mostly control characters', () => {
    const result = decode(bytes(1, 2, 3, 4, 5, 6, 7, 8, 65, 66));
    expect(result).toMatchObject({ ok: false, error: { rule: 'binary-input' } });
  });

  it('refuses empty and white-space-only input', () => {
    expect(decode(bytes())).toMatchObject({ ok: false, error: { rule: 'empty-input', message: 'empty input, expected a story' } });
    expect(decode(utf8(' \n\t\r\n\u00a0\u200b'))).toMatchObject({ ok: false, error: { rule: 'empty-input' } });
    expect(decodeString('\ufeff  ')).toMatchObject({ ok: false, error: { rule: 'empty-input' } });
  });

  it('keeps the few Reuters control entities (STX, ETX) as text for normalization to remove', () => {
    expect(decoded(utf8('\u0002TITLE\nbody text here that is long enough\u0003')).encoding).toBe('utf-8');
  });
});

describe('windows1252', () => {
  it('reads every one of the 256 bytes exactly as iconv-lite does', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const ours = windows1252(all);
    const theirs = iconv.decode(Buffer.from(all), 'windows-1252');
    expect(ours.length).toBe(256);
    for (let i = 0; i < 256; i++) expect([i, ours.charCodeAt(i)]).toEqual([i, theirs.charCodeAt(i)]);
  });

  it('reads a subarray, not the whole buffer under it', () => {
    const whole = Uint8Array.from([0x41, 0x93, 0x48, 0x69, 0x94, 0x42]);
    expect(windows1252(whole.subarray(1, 5))).toBe('\u201CHi\u201D');
  });
});

describe('decode: UTF-8 validity is decided as a fatal WHATWG decoder decides it', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const cases: Record<string, number[]> = {
    'overlong slash': [0x41, 0xc0, 0xaf],
    'overlong three-byte': [0x41, 0xe0, 0x80, 0xaf],
    'UTF-16 surrogate': [0x41, 0xed, 0xa0, 0x80],
    'above U+10FFFF': [0x41, 0xf4, 0x90, 0x80, 0x80],
    'truncated at the end': [0x41, 0xe2, 0x80],
    'lone continuation': [0x41, 0x80, 0x42],
    'four-byte emoji': [0x41, 0xf0, 0x9f, 0x93, 0xb0],
    'second BOM kept as text': [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41],
  };
  for (const [name, values] of Object.entries(cases)) {
    it(name, () => {
      const input = Uint8Array.from(values);
      const body = input[0] === 0xef ? input.subarray(3) : input;
      let expected: { text: string; encoding: string };
      try {
        expected = { text: fatal.decode(body), encoding: 'utf-8' };
      } catch {
        expected = { text: iconv.decode(Buffer.from(body), 'windows-1252'), encoding: 'windows-1252' };
      }
      expect(decoded(input)).toMatchObject(expected);
    });
  }
});

/**
 * The decode stage scans a text once for characters normalization would change (`plain`) and,
 * when there are none, counts no control characters (a control character is such a character)
 * and hands `plain` to the normalize stage: the answer it hands on is `isPlainText`, and a plain
 * text holds no control character, on every fixture and corpus file and on arbitrary strings.
 */
describe('the plain-text answer the decode stage hands on', () => {
  const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F]/;
  it('is isPlainText of the text, and a plain text has no control character, on every fixture and corpus file', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const corpus = [root + '../shared/corpus', '/work/shared/corpus'].filter(existsSync).slice(0, 1);
    const files = [root + 'fixtures', ...corpus].flatMap((dir) => listFiles(dir).map((name) => join(dir, name))).filter((name) => /\.(?:txt|sgm)$/.test(name));
    expect(files.length).toBeGreaterThan(1000);
    let plain = 0;
    for (const file of files) {
      const result = decode(readFileSync(file));
      if (!result.ok) continue;
      const { text } = result.value;
      expect({ file, plain: result.value.plain }).toEqual({ file, plain: isPlainText(text) });
      if (result.value.plain) {
        plain++;
        expect({ file, control: CONTROL.test(text) }).toEqual({ file, control: false });
      }
    }
    // Both answers occur.
    expect(plain).toBeGreaterThan(100);
    expect(plain).toBeLessThan(files.length);
  });

  test.prop([fc.string({ unit: 'binary' })])('on arbitrary strings', (text) => {
    if (isPlainText(text)) expect(CONTROL.test(text)).toBe(false);
    const result = decodeString(text);
    if (result.ok) expect(result.value.plain).toBe(isPlainText(result.value.text));
  });

  it.each(['\u0007', 'a\u001Fb', '\u007F', 'plain text\nwith lines\r\n'])('%j', (text) => {
    const result = decodeString(text);
    if (result.ok) expect(result.value.plain).toBe(isPlainText(text));
    expect(isPlainText(text)).toBe(!/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/.test(text));
  });
});
