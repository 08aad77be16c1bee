/**
 * The emphasis claimer: a stamp line in Markdown emphasis, read without its marks, from tuning
 * rows of test/bench/stamps.tsv (public GitHub text lines, find_string ids); and emphasized
 * prose and marks inside words that stay what they are.
 */
import { describe, expect, it } from 'vitest';
import { claimEmphasizedStamp, withoutEmphasis } from '../../../src/core/header/emphasis.js';
import type { HeaderContext } from '../../../src/core/header/claim.js';
import { parseArticle } from '../../../src/index.js';
import { alone } from './context.js';

function story(lang: string): Partial<HeaderContext> {
  return { title: { text: 'Headline', line: 1 }, options: { tz: null, dateOrder: 'dmy', referenceDate: null, languages: [lang], stampLinesOnly: true } };
}

describe('claimEmphasizedStamp', () => {
  it('a version field and a stamp, each label in bold (vi, 52042467295)', () => {
    const text = '**Phiên bản:** v1.0 | **Ngày cập nhật:** 2026-04-02';
    const claim = claimEmphasizedStamp(...alone(text, story('vi')));
    expect(claim?.removed).toEqual([{ line: 1, reason: 'timestamp', text }]);
    expect(claim?.stamps).toEqual([expect.objectContaining({ iso: '2026-04-02', label: 'updated' })]);
  });

  it('leaves the line to the other claimers when it has no marks, or when it reads without them', () => {
    expect(claimEmphasizedStamp(...alone('Ngày cập nhật: 2026-04-02', story('vi')))).toBeNull();
    // A mark inside a word is no emphasis (snake_case): nothing to take off.
    expect(withoutEmphasis('updated_at 2026-04-02')).toBeNull();
    expect(withoutEmphasis('**Sist oppdatert:** 2026-07-04')?.text).toBe('Sist oppdatert: 2026-07-04');
    expect(withoutEmphasis('_Senast uppdaterad: 2026-06-11_')).toEqual({ text: 'Senast uppdaterad: 2026-06-11', columns: [...Array(29).keys()].map((i) => i + 2) });
  });

  it.each([
    ['it', '*La riunione del 14 maggio 2026 è stata rinviata a data da destinarsi.*'],
    ['sv', '_Vi publicerade rapporten den 2025-10-26 och fick många svar._'],
    ['vi', '**Lưu ý:** dữ liệu được cập nhật ngày 2026-04-02 cho toàn bộ hệ thống.'],
    ['en', '*The vote, held on May 14, 2019, was close.*'],
  ])('%s, emphasized prose with a date is no stamp line: %s', (lang, text) => {
    expect(claimEmphasizedStamp(...alone(text, story(lang)))).toBeNull();
  });

  it('in the pipeline: the emphasized stamp line leaves the body, the line is kept as written in `removed`', () => {
    const text = '**Phiên bản:** v1.0 | **Ngày cập nhật:** 2026-04-02';
    const result = parseArticle(`Tiêu đề của bài viết\n\n${text}\n\nĐây là đoạn văn đầu tiên của bài viết.\n`, { lang: 'vi' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.updated?.iso ?? result.article.timestamp?.iso).toBe('2026-04-02');
    expect(result.article.body).toEqual(['Đây là đoạn văn đầu tiên của bài viết.']);
    expect(result.article.removed).toContainEqual(expect.objectContaining({ reason: 'timestamp', text }));
  });
});
