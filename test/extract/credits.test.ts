/**
 * The end of agency copy (issue #8 item 4): credit lines into `credits`, sign-offs, separators
 * and legal footers out of the body, each in `removed` with its reason. Forms from real copy:
 * Reuters (`(Reporting by …; Editing by …)`, `Our Standards: The Thomson Reuters Trust
 * Principles.`), AP (`___` then `Associated Press writer … contributed to this report.`, its
 * copyright footer), AFP (`bur/jm`), and the agencies of issue #7 (`(dpa)`, `EFE`, `/ТАСС/`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, test } from 'vitest';
import { matchCredits } from '../../src/extract/credits.js';
import { isSignoff } from '../../src/extract/signoff.js';
import { parseArticle, type Article } from '../../src/index.js';

function parse(text: string, lang?: string): Article {
  const result = parseArticle(text, lang ? { lang } : {});
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

describe('matchCredits', () => {
  it('Reuters, several roles, places dropped', () => {
    expect(matchCredits('(Reporting by Jane Doe in London and John Roe in Paris; Additional reporting by Ann Lee; Editing by Mark Smith and Kim Coghill)', 9)).toEqual([
      { role: 'reporting', names: ['Jane Doe', 'John Roe'], text: expect.any(String), line: 9 },
      { role: 'additional reporting', names: ['Ann Lee'], text: expect.any(String), line: 9 },
      { role: 'editing', names: ['Mark Smith', 'Kim Coghill'], text: expect.any(String), line: 9 },
    ]);
  });
  it('Reuters, writing and editing', () => {
    expect(matchCredits('(Writing by David Alexander; Editing by Peter Cooney)', 3)?.map((c) => [c.role, c.names])).toEqual([
      ['writing', ['David Alexander']],
      ['editing', ['Peter Cooney']],
    ]);
  });
  it('AP contributors', () => {
    expect(matchCredits('Associated Press writers Matthew Lee in Washington and Andrea Rodríguez in Havana contributed to this report.', 4)?.[0]).toMatchObject({
      role: 'contributed',
      names: ['Matthew Lee', 'Andrea Rodríguez'],
    });
  });
  it('Compiled by', () => {
    expect(matchCredits('Compiled by Jane Doe', 2)?.[0]).toMatchObject({ role: 'compiled', names: ['Jane Doe'] });
  });
  it('a paper\'s contributors under the story: names, the outlet\'s possessive and the place dropped', () => {
    expect(matchCredits('Keith Bradsher contributed reporting from Hong Kong.', 40)).toEqual([
      { role: 'contributed', names: ['Keith Bradsher'], text: 'Keith Bradsher contributed reporting from Hong Kong.', line: 40 },
    ]);
    expect(matchCredits('Fox News’ Jessica Napoli contributed to this report.', 7)?.[0]).toMatchObject({ role: 'contributed', names: ['Jessica Napoli'] });
    expect(matchCredits('Ana de Armas, Bo Li and Cy Twombly contributed research.', 7)?.[0]?.names).toEqual(['Ana de Armas', 'Bo Li', 'Cy Twombly']);
  });
  test.each(['The reporting by state media was wrong.', 'Editing is a craft (she said).', 'He contributed to this report.', '(Reuters)', 'The senator contributed reporting to the effort.', 'Many people contributed to this report.', 'He said Mr. Smith contributed to this report.'])('not a credit: %s', (text) => {
    expect(matchCredits(text, 1)).toBeNull();
  });
});

describe('sign-offs', () => {
  test.each(['REUTER', '-- END --', '— END —', '-30-', 'bur/jm', 'bur-sst/dl', 'jm/txw', '(dpa)', 'dpa', 'EFE', 'EFE jlr/mr', '(ANSA)', '/ТАСС/', 'Lusa', '(AFP)'])('%s', (text) => {
    expect(isSignoff(text)).toBe(true);
  });
  test.each(['and/or', 'The End', 'Reuters reported', 'END OF STORY TEXT HERE'])('not a sign-off: %s', (text) => {
    expect(isSignoff(text)).toBe(false);
  });
});

describe('the tail of a story', () => {
  it('Reuters: credits and Our Standards leave the body', () => {
    const article = parse(
      'U.S. eases Cuba travel rules\n\nWASHINGTON/HAVANA (Reuters) - The United States on Tuesday eased rules on travel to Cuba.\n\nThe change takes effect next month, officials said.\n\n(Reporting by Lesley Wroughton in Washington and Marc Frank in Havana; Editing by Jonathan Oatis)\n\nOur Standards: The Thomson Reuters Trust Principles.\n',
    );
    expect(article.body).toEqual(['WASHINGTON/HAVANA (Reuters) - The United States on Tuesday eased rules on travel to Cuba.', 'The change takes effect next month, officials said.']);
    expect(article.dateline).toMatchObject({ place: 'WASHINGTON/HAVANA', agency: 'Reuters' });
    expect(article.credits.map((c) => [c.role, c.names, c.line])).toEqual([
      ['reporting', ['Lesley Wroughton', 'Marc Frank'], 7],
      ['editing', ['Jonathan Oatis'], 7],
    ]);
    expect(article.removed.filter((r) => r.line > 1).map((r) => [r.line, r.reason, r.kind])).toEqual([
      [7, 'credit', undefined],
      [9, 'boilerplate', 'legal'],
    ]);
  });

  it('AP: separator, contributors and the copyright footer', () => {
    const article = parse(
      'Storm hits coast\n\nMIAMI (AP) — A storm hit the coast on Monday.\n\nThousands lost power.\n\n___\n\nAssociated Press writer Jane Roe in Atlanta contributed to this report.\n\nCopyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n',
    );
    expect(article.body).toEqual(['MIAMI (AP) — A storm hit the coast on Monday.', 'Thousands lost power.']);
    expect(article.credits).toEqual([{ role: 'contributed', names: ['Jane Roe'], text: 'Associated Press writer Jane Roe in Atlanta contributed to this report.', line: 9 }]);
    expect(article.removed.filter((r) => r.line > 1).map((r) => r.reason)).toEqual(['separator', 'credit', 'boilerplate']);
  });

  it('AFP: the desk initials go; dpa: the agency alone goes', () => {
    expect(parse('Titre ici\n\nPARIS (AFP) - Le gouvernement a annoncé mardi une réforme.\n\nbur-jm/dl\n').body).toEqual(['PARIS (AFP) - Le gouvernement a annoncé mardi une réforme.']);
    expect(parse('Titel hier\n\nBERLIN (dpa) - Die Regierung hat am Dienstag eine Reform beschlossen.\n\n(dpa)\n').body).toEqual(['BERLIN (dpa) - Die Regierung hat am Dienstag eine Reform beschlossen.']);
  });

  it('a credit glued to the last sentence is cut off it', () => {
    const article = parse('Title here\n\nLONDON (Reuters) - Britain said on Monday it would act. (Reporting by Kate Holton; Editing by Alison Williams)\n\nIt gave no date.\n');
    expect(article.body.at(-1)).toBe('It gave no date.');
    const glued = parse('Title here\n\nLONDON (Reuters) - Britain said on Monday it would act.\n\nIt gave no date. (Reporting by Kate Holton; Editing by Alison Williams)\n');
    expect(glued.body.at(-1)).toBe('It gave no date.');
    expect(glued.credits.map((c) => c.role)).toEqual(['reporting', 'editing']);
  });

  it('the New York Times article area: `Keith Bradsher contributed reporting from Hong Kong.` leaves the body for credits', () => {
    const result = parseArticle(readFileSync(fileURLToPath(new URL('../../fixtures/pages/article-702d1da63b8e.txt', import.meta.url))));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.credits).toMatchObject([{ role: 'contributed', names: ['Keith Bradsher'] }]);
    expect(result.article.body.at(-1)).toMatch(/^“Without rolling back some of the tariffs/u);
    expect(result.article.removed.find((r) => r.text === 'Keith Bradsher contributed reporting from Hong Kong.')?.reason).toBe('credit');
  });

  // Chinese credits (bylines.tsv tuning rows, round 7: public GitHub text, find_string ids in brackets).
  it('Chinese: a reporters\' credit closing the last sentence leaves it for credits', () => {
    const glued = parse('新闻标题\n\n这是新闻的第一段，讲述了事情的经过。\n\n7名警辅力量在两个路口连续疏导13个小时，直到28日上午10时，电信部门将线路事故清理排除，交通恢复之后才撤岗。（记者 杨柳）\n', 'zh'); // 19412230052
    expect(glued.body.at(-1)).toBe('7名警辅力量在两个路口连续疏导13个小时，直到28日上午10时，电信部门将线路事故清理排除，交通恢复之后才撤岗。');
    expect(glued.credits).toMatchObject([{ role: '记者', names: ['杨柳'], text: '（记者 杨柳）' }]);
    // Roles glued to names, a slash after the role (32282532221, 42254213305).
    expect(matchCredits('（记者夏紫怡实习生 冼瑞奋）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['夏紫怡']], ['实习生', ['冼瑞奋']]]);
    expect(matchCredits('（记者/徐林 通讯员/岳宗）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['徐林']], ['通讯员', ['岳宗']]]);
    // A writer and the reporters who took part, names split by `、` (24690178138).
    expect(matchCredits('（执笔记者：马湛；参与记者：张修智、林惠芬、陈进）', 9)?.map((c) => [c.role, c.names])).toEqual([['执笔记者', ['马湛']], ['参与记者', ['张修智', '林惠芬', '陈进']]]);
  });

  it('Chinese: a paper\'s reporter (`本报记者`), a photographer\'s `摄` (bylines.tsv after-tuning rows, looked at for this)', () => {
    expect(matchCredits('（本报记者 刘峰 杜一菲）', 9)?.map((c) => [c.role, c.names])).toEqual([['本报记者', ['刘峰', '杜一菲']]]); // 20180431589
    expect(matchCredits('（本报记者徐烨摄）', 9)?.map((c) => [c.role, c.names])).toEqual([['摄影', ['徐烨']]]); // 16799732799
    expect(matchCredits('（通讯员 王五 新华社记者 李四）', 9)?.map((c) => [c.role, c.names])).toEqual([['通讯员', ['王五']], ['新华社记者', ['李四']]]);
    // A paper's name glued to the end of a name is not taken from it: `张三新华社` is no name.
    expect(matchCredits('（通讯员张三新华社记者李四）', 9)).toBeNull();
  });

  it('Chinese: `报道` (reported) closing a credit is no name (review of round 7)', () => {
    expect(matchCredits('（记者 张三 报道）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['张三']]]);
    expect(matchCredits('（记者张三报道）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['张三']]]);
    expect(matchCredits('（本报记者 张三、李四 报道）', 9)?.map((c) => [c.role, c.names])).toEqual([['本报记者', ['张三', '李四']]]);
    expect(matchCredits('（记者 张三 报道 编辑 李四）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['张三']], ['编辑', ['李四']]]);
    // `报道` alone after a role names nobody.
    expect(matchCredits('（记者 报道）', 9)).toBeNull();
    const article = parse('新闻标题\n\n这是新闻的第一段，讲述了事情的经过。\n\n他勉励大家，再接再厉，创造辉煌。（记者 张三 报道）\n', 'zh');
    expect(article.credits.map((c) => [c.role, c.names])).toEqual([['记者', ['张三']]]);
    expect(article.body.at(-1)).toBe('他勉励大家，再接再厉，创造辉煌。');
  });

  it('Chinese: photographers closed by `摄`, glued or apart, one or several', () => {
    expect(matchCredits('（记者 张三 李四 摄）', 9)?.map((c) => [c.role, c.names])).toEqual([['摄影', ['张三', '李四']]]);
    expect(matchCredits('（摄 张三）', 9)?.map((c) => [c.role, c.names])).toEqual([['摄影', ['张三']]]);
    // A name that ends in 摄 stays a name when what is left is none (`李` alone).
    expect(matchCredits('（记者 张三 李摄）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['张三', '李摄']]]);
  });

  it('Chinese: a photojournalist (`摄影记者`), `摄影报道`, `摄：` mid-credit (review of c13e621)', () => {
    expect(matchCredits('（记者 李四 摄影记者 张三）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['李四']], ['摄影记者', ['张三']]]);
    expect(matchCredits('（攝影記者 張三 記者 李四）', 9)?.map((c) => [c.role, c.names])).toEqual([['攝影記者', ['張三']], ['記者', ['李四']]]);
    expect(matchCredits('（记者 王磊 摄影报道）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['王磊']]]);
    expect(matchCredits('（记者 王磊 摄影报道 编辑 李四）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['王磊']], ['编辑', ['李四']]]);
    expect(matchCredits('（记者：曾惠君 摄：何加劼）', 9)?.map((c) => [c.role, c.names])).toEqual([['记者', ['曾惠君']], ['摄影', ['何加劼']]]);
    // A 摄 before a role is no mark: the names before it are the photographer's, as before.
    expect(matchCredits('（记者 张三 摄　编辑 李四）', 9)?.map((c) => [c.role, c.names])).toEqual([['摄影', ['张三']], ['编辑', ['李四']]]);
    const article = parse('新闻标题\n\n这是新闻的第一段，讲述了事情的经过。\n\n他勉励大家，再接再厉，创造辉煌。（记者 王磊 摄影报道）\n', 'zh');
    expect(article.credits.map((c) => [c.role, c.names])).toEqual([['记者', ['王磊']]]);
    expect(article.body.at(-1)).toBe('他勉励大家，再接再厉，创造辉煌。');
  });

  it('Chinese: a credit line of its own, `记者：张三　编辑：李四`', () => {
    const article = parse('新闻标题\n\n这是新闻的第一段，讲述了事情的经过。\n\n记者：张三　编辑：李四\n', 'zh'); // 70892487193
    expect(article.body).toEqual(['这是新闻的第一段，讲述了事情的经过。']);
    expect(article.credits.map((c) => [c.role, c.names])).toEqual([['记者', ['张三']], ['编辑', ['李四']]]);
  });

  it('Chinese: brackets closing a story that hold no credit stay in the body', () => {
    for (const text of ['（记者从市公安局获悉）', '（记者了解到）', '（完）', '（本文作者为北京大学教授）', '（记者：）']) {
      expect(matchCredits(text, 1), text).toBeNull();
    }
    const prose = '他表示，调查仍在进行中。（新华社记者从现场获悉）';
    expect(parse(`新闻标题\n\n这是新闻的第一段，讲述了事情的经过。\n\n${prose}\n`, 'zh').body.at(-1)).toBe(prose);
    // A sentence that names a reporter is no credit line.
    expect(matchCredits('记者张三说，今年的降雨比往年多。', 1)).toBeNull();
  });

  it('a story that is only one line keeps it', () => {
    expect(parse('Britain to act on rail strikes, minister says\n\n(Reporting by Kate Holton)\n').body).toEqual(['(Reporting by Kate Holton)']);
  });
});
