/**
 * The page pre-check's faster forms of its word tests must answer exactly as the patterns they
 * stand for: `creditShape` as `CREDIT_SHAPE` (picture words, or an agency's last word ending the
 * line past any non-word characters), `hasLongLegalWords` as `LONG_LEGAL_WORDS`. Checked on
 * every line of the fixtures, on generated lines around the edges (trailing punctuation and
 * spaces, characters that fold to ASCII letters under `/iu`, surrogate pairs, words cut at the
 * start), and on arbitrary strings.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_SHAPE,
  LONG_LEGAL_WORDS,
  NEWSLETTER,
  NEWSLETTER_PITCH,
  NEWSLETTER_PITCH_WORDS,
  NEWSLETTER_WORDS,
  IMAGE_FILE,
  SHARE_FIRST_WORD,
  SIGNATURE_END,
  clutterKind,
  creditShape,
  firstShareWord,
  hasLongLegalWords,
  imageFileShape,
  isShareLine,
  shareSentenceShape,
  signatureEndShape,
} from '../../src/extract/boilerplate.js';
import { alternativesOf } from '../tools/openers-reader.js';
import { normalizedLines } from '../helpers/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));


const lines = normalizedLines(join(root, 'fixtures'));

const AGENCY_WORDS = ['afp', 'reuters', 'ap', 'epa', 'shutterstock', 'lightrocket', 'novosti', 'pictures', 'press', 'usa'];
function generated(): string[] {
  const out: string[] = [];
  const tails = ['', '.', ' ', ')', '].', ' …', ' ...!!', '\u{1F600}', ' \u{1F600}.', '_', '9', 'x', 'ſ', 'K'];
  const heads = ['', 'Photo by Jane Doe/', 'Jane Doe for ', 'x', '(', 'A man walks by. (', 'The Associated ', '\u{1F600}'];
  for (const word of AGENCY_WORDS) {
    // Upper case, the Kelvin sign for k and the long s for s (both fold to ASCII under /iu).
    const forms = [word, word.toUpperCase(), word.replace(/k/g, '\u212A'), word.replace(/s/g, '\u017F'), word.slice(1), `${word}s`];
    for (const form of forms) for (const head of heads) for (const tail of tails) out.push(`${head}${form}${tail}`);
  }
  for (const legal of ['© 2019', 'Copyright 2020', 'All Rights Reserved', 'We use cookies', 'by continuing to use', 'BY USING', 'by  using', 'Trademarks', 'retrieved', 'european union experience', 'ſ']) {
    out.push(legal, `Some text ${legal} more.`, legal.toUpperCase());
  }
  return out;
}

describe('creditShape and hasLongLegalWords answer as the patterns they stand for', () => {
  it('on every line of the fixtures', () => {
    expect(lines.length).toBeGreaterThan(10_000);
    const credit = lines.filter((line) => creditShape(line) !== CREDIT_SHAPE().test(line));
    const legal = lines.filter((line) => hasLongLegalWords(line) !== LONG_LEGAL_WORDS.test(line));
    expect(credit).toEqual([]);
    expect(legal).toEqual([]);
    // Both answers occur, so the comparison means something.
    expect(lines.filter((line) => creditShape(line)).length).toBeGreaterThan(50);
    expect(lines.filter((line) => hasLongLegalWords(line)).length).toBeGreaterThan(5);
  });

  it('on generated lines around the edges', () => {
    const cases = generated();
    expect(cases.length).toBeGreaterThan(5_000);
    expect(cases.filter((line) => creditShape(line) !== CREDIT_SHAPE().test(line))).toEqual([]);
    expect(cases.filter((line) => hasLongLegalWords(line) !== LONG_LEGAL_WORDS.test(line))).toEqual([]);
  });

  const pieces = fc.constantFrom(...AGENCY_WORDS, 'photo', 'copyright', 'by using', ' ', '.', ')', 'ſ', '\u212A', '\u{1F600}', '\uD83D', 'x', 'Reuters');
  test.prop([fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''))], { numRuns: 3000 })(
    'on arbitrary strings',
    (line) => {
      expect(creditShape(line)).toBe(CREDIT_SHAPE().test(line));
      expect(hasLongLegalWords(line)).toBe(LONG_LEGAL_WORDS.test(line));
    },
  );
});

describe('share lines are found as before the first-word check', () => {
  it.each([
    ['Share', 'share'],
    ['Facebook Twitter Email', 'share'],
    ['Share this story', 'share'],
    ['  | Facebook | Twitter', 'share'],
    ['Huge oil platforms dot Gulf', null],
    ['Email the author of this story', null],
    ['The Story', null],
    ['Share Facebook Twitter Email Print Pinterest Reddit LinkedIn WhatsApp', null],
  ])('%j', (line, kind) => {
    expect(clutterKind(line)).toBe(kind);
  });
});

describe('the word guards still cover their patterns (a tripwire for edits to the patterns)', () => {
  // Each guard is tried before its pattern, so a new alternative without one of the guard's
  // words would never match: every alternative must spell one of them outright.
  it.each([
    ['NEWSLETTER', NEWSLETTER(), NEWSLETTER_WORDS()],
    ['NEWSLETTER_PITCH', NEWSLETTER_PITCH(), NEWSLETTER_PITCH_WORDS],
  ])('%s', (_name, pattern, guard) => {
    const parts = alternativesOf(pattern);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.filter((part) => !guard.test(part))).toEqual([]);
  });

  it('CREDIT_SHAPE: its agency words are plain letters, as creditShape assumes', () => {
    // creditShape looks for them in the last few characters before the trailing non-word run:
    // that holds only for words of letters (ending in a letter, matching their own length).
    const words = /\(\?:([^()]*)\)\\W\*\$$/u.exec(CREDIT_SHAPE().source)?.[1]?.split('|') ?? [];
    expect(words.length).toBeGreaterThan(20);
    expect(words.filter((word) => !/^[a-z]+$/u.test(word))).toEqual([]);
  });
});

/** Every UTF-16 code unit, alone (surrogates included). */
const UNITS = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));

describe('shape tests let through every line their pattern matches', () => {
  it('SIGNATURE_END: the last letter, before an optional colon, on every unit', () => {
    const missed = UNITS.filter((u) =>
      [` sai${u}`, ` say${u}`, ` wrot${u}`, ` sai${u}:`, ` wrot${u}:`].some((line) => SIGNATURE_END().test(line) && !signatureEndShape(line)),
    );
    expect(missed).toEqual([]);
    // The long s folds to s under /iu: the shape must know it.
    expect(SIGNATURE_END().test(' sayſ')).toBe(true);
    expect(signatureEndShape(' sayſ')).toBe(true);
  });
  it('IMAGE_FILE: the last letter of the extension, on every unit', () => {
    const stems = ['x.jp', 'x.jpe', 'x.pn', 'x.gi', 'x.web', 'x.sv'];
    const missed = UNITS.filter((u) => stems.some((stem) => IMAGE_FILE().test(stem + u) && !imageFileShape(stem + u)));
    expect(missed).toEqual([]);
  });
  it('the three share sentences: their first letter, on every unit', () => {
    const rests = ['lick to share', 'ike this story? share it', 'ove this post? share it', 'njoy this article? share it', 'hare this for:', 'hare all sharing options for:'];
    const patterns = [/^click to (?:share|email|print|tweet)\b/iu, /^(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\? share it\b.{0,40}$/iu, /^share (?:all sharing options|this)(?: \w+)? (?:for|on|via):/iu];
    const missed = UNITS.filter((u) => rests.some((rest) => patterns.some((pattern) => pattern.test(u + rest)) && !shareSentenceShape(u + rest)));
    expect(missed).toEqual([]);
  });
  it('on every line of the fixtures', () => {
    expect(lines.filter((line) => SIGNATURE_END().test(line) && !signatureEndShape(line))).toEqual([]);
    expect(lines.filter((line) => IMAGE_FILE().test(line) && !imageFileShape(line))).toEqual([]);
  });
});

describe('firstShareWord is the first match of SHARE_FIRST_WORD', () => {
  const first = (line: string) => SHARE_FIRST_WORD.exec(line)?.[0] ?? null;
  it('on every line of the fixtures', () => {
    expect(lines.filter((line) => firstShareWord(line) !== first(line))).toEqual([]);
  });
  it('between and around every unit', () => {
    expect(UNITS.filter((u) => [u, `${u}x`, `x${u}`, `x${u}y`, `${u}${u}Share`].some((line) => firstShareWord(line) !== first(line)))).toEqual([]);
  });
  test.prop([fc.string({ unit: fc.constantFrom(...'Share |/·•,:\t\u00a0\u2003\u3000\ufeff\u180e\u0085x\uD83D\uDE00'), maxLength: 12 })], { numRuns: 3000 })(
    'on arbitrary strings of separators and letters',
    (line) => {
      expect(firstShareWord(line)).toBe(first(line));
    },
  );
});

/**
 * The share-line test as it was before it read one word at a time (2026-11-29, with the LA
 * Times' share box of the same day): the line's characters checked, then the whole line
 * lower-cased and split. With the buttons' `Icon` labels (not counted) and `Google Plus` of the
 * next round.
 */
const SHARE_WORDS_BEFORE = new Set(
  `share shares shared tweet email e-mail mail print pin pinterest facebook twitter linkedin whatsapp reddit pocket flipboard
  messenger telegram vk sms copy link url save comment comments this story article on via options all sharing the submit
  google+ google plus icon tumblr digg mix line kakaotalk naver band weibo wechat qq pint baixar compartilhar`.split(/\s+/),
);
function isShareLineBefore(text: string): boolean {
  if (/^click to (?:share|email|print|tweet)\b/iu.test(text)) return true;
  if (/^(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\? share it\b.{0,40}$/iu.test(text)) return true;
  if (/^share (?:all sharing options|this)(?: \w+)? (?:for|on|via):/iu.test(text)) return true;
  if (/^(?:• )?(?:(?:share )?(?:show more|close extra) sharing options|copy link URLCopied!?)$/iu.test(text)) return true;
  if (!/^[\s|/·•,:a-z+-]*$/iu.test(text)) return false;
  const words = text.toLowerCase().split(/[\s|/·•,:]+/u).filter((word) => word !== '');
  const counted = words.filter((word) => word !== 'icon');
  if (counted.length === 0 || counted.length > 8) return false;
  return words.every((word) => SHARE_WORDS_BEFORE.has(word)) && !words.every((word) => ['the', 'this', 'on', 'all', 'via', 'story', 'article', 'line', 'mix', 'google', 'plus', 'icon'].includes(word));
}

describe('isShareLine answers as the whole-line test it replaced', () => {
  it('on every line of the fixtures', () => {
    expect(lines.filter((line) => isShareLine(line) !== isShareLineBefore(line))).toEqual([]);
    expect(lines.filter((line) => isShareLine(line)).length).toBeGreaterThan(3);
  });
  it('on the share box in any case, as its /iu pattern reads it', () => {
    for (const line of ['• Show More Sharing Options', 'SHARE CLOSE EXTRA SHARING OPTIONS', '• copy link urlcopied']) {
      expect([line, isShareLine(line)]).toEqual([line, true]);
    }
  });
  const words = fc.constantFrom(...SHARE_WORDS_BEFORE, 'SHARE', 'sharing options', 'Show more sharing options', 'Show More Sharing Options', '• COPY LINK URLCOPIED!', '• Copy Link URLCopied!', 'Facebook', 'E-Mail', 'GOOGLE+', '\u212Aakaotalk', 'ſhare', 'İ', 'ΣΑΣ', 'Reuters', 'said.', '3', '');
  const separators = fc.constantFrom(' ', ' | ', '/', '·', '•', ',', ':', '\u00a0', '\u2003', '\t', '', '  ', '.', '?', '\uD83D');
  test.prop([fc.array(fc.tuple(words, separators), { maxLength: 11 }).map((parts) => parts.flat().join(''))], { numRuns: 5000 })('on lines of share words, separators and others', (line) => {
    expect(isShareLine(line)).toBe(isShareLineBefore(line));
  });
});
