/** The pipeline on small stories, one decision per test: what is taken out of the body and why. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle, type Article } from '../../src/index.js';
import { findTimestamps } from '../../src/extract/timestamp.js';
import type { ParseOptions } from '../../src/core/types.js';

const TITLE = 'Pompeo says Trump wants to improve Russia relations as talks with Lavrov begin in Sochi';
const LEAD = 'US Secretary of State Mike Pompeo and Russian Foreign Minister Sergey Lavrov have sat down to talks in Sochi, Russia.';

function parse(lines: string[], options: ParseOptions = {}): Article {
  const result = parseArticle(lines.join('\n'), options);
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

const reasons = (article: Article) => article.removed.map((r) => `${r.line}:${r.reason}`);

describe('duplicated headlines in the header', () => {
  it.each([
    ['exactly', TITLE],
    ['twice on one line', `${TITLE} ${TITLE}`],
    ['in capitals', TITLE.toUpperCase()],
    ['with other spacing and punctuation', `${TITLE.replace(/ /g, '  ')}.`],
    ['in quotes, with a trailing colon', `“${TITLE}”:`],
  ])('drops a repeat %s', (_, repeat) => {
    const article = parse([TITLE, '', '14.05.2019 16:24', '', repeat, '', LEAD]);
    expect(reasons(article)).toEqual(['1:title', '3:timestamp', '5:duplicate-headline']);
    expect(article.body).toEqual([LEAD]);
  });

  it('takes the title from a first line that prints the headline twice', () => {
    for (const first of [`${TITLE} ${TITLE}`, `${TITLE} ${TITLE.toUpperCase()}`]) {
      const article = parse([first, '14.05.2019 16:24', '', LEAD]);
      expect(article.title).toBe(TITLE);
      expect(article.removed.slice(0, 2)).toEqual([
        { line: 1, reason: 'title', text: TITLE },
        { line: 1, reason: 'duplicate-headline', text: first.slice(TITLE.length + 1) },
      ]);
      expect(article.warnings.map((w) => w.rule)).not.toContain('title-long');
    }
  });

  it('does not split a headline that merely repeats a word or two', () => {
    expect(parse(['Bye bye, Miss American Pie', '', LEAD]).title).toBe('Bye bye, Miss American Pie');
    expect(parse(['Talks talks', '', LEAD]).title).toBe('Talks talks');
  });

  it('strips the headline glued to the front of the lead and keeps the paragraph', () => {
    const article = parse([TITLE, '', `${TITLE} ${LEAD}`]);
    expect(article.body).toEqual([LEAD]);
    expect(article.removed[1]).toEqual({ line: 3, reason: 'headline-prefix', text: TITLE });
  });

  it("strips a headline glued without a space (President'I assume), keeping the quote that opens the lead", () => {
    const title = 'Why Donald Trump Should Not Be President';
    const article = parse([title, `${title}'I assume this is Part One.'`]);
    expect(article.body).toEqual(["'I assume this is Part One.'"]);
  });

  it('keeps a body sentence that merely shares words with the headline', () => {
    const sentence = 'Pompeo says Trump wants better ties, but Lavrov is wary of the talks in Sochi.';
    const article = parse([TITLE, '', sentence]);
    expect(article.body).toEqual([sentence]);
  });

  it('does not strip a headline that is only the start of a longer word', () => {
    const article = parse(['Talks begin', '', 'Talks beginning today were cancelled at the last minute by both sides.']);
    expect(article.body).toEqual(['Talks beginning today were cancelled at the last minute by both sides.']);
  });

  it('only looks in the header: a repeat deep in the body stays', () => {
    const article = parse([TITLE, '', LEAD, '', 'Second paragraph.', '', TITLE]);
    expect(article.body).toEqual([LEAD, 'Second paragraph.', TITLE]);
  });
});

describe('title and timestamp', () => {
  it('finds the title after a timestamp line', () => {
    const article = parse(['Posted on May 14, 2019 5:53 am', TITLE, '', LEAD]);
    expect(article.title).toBe(TITLE);
    expect(article.timestamp).toMatchObject({ iso: '2019-05-14T05:53:00', label: 'published', line: 1 });
  });

  it('keeps an ALL-CAPS wire headline as written', () => {
    expect(parse(['HUGE OIL PLATFORMS DOT GULF LIKE BEACONS', '19-OCT-1987 15:35:53.55', 'Text of the story goes here.']).title).toBe(
      'HUGE OIL PLATFORMS DOT GULF LIKE BEACONS',
    );
  });

  it('takes the published stamp as timestamp and keeps the updated one', () => {
    const article = parse([TITLE, 'Updated: May 15, 2019 10:00 GMT', 'Published: May 14, 2019 4:24 PM EDT', '', LEAD]);
    expect(article.timestamp).toMatchObject({ iso: '2019-05-14T16:24:00-04:00', label: 'published', zone: 'EDT' });
    expect(article.updated).toMatchObject({ iso: '2019-05-15T10:00:00Z', label: 'updated' });
  });

  it('never takes the timestamp from body prose', () => {
    const article = parse([TITLE, '', 'On 14 May 2019 the ministry said the talks would go on for two days.']);
    expect(article.timestamp).toBeNull();
    expect(article.warnings.map((w) => w.rule)).toContain('timestamp-missing');
  });

  it('applies --tz to a stamp without a zone, for that date', () => {
    const article = parse([TITLE, '14.05.2019 16:24', LEAD], { tz: 'Europe/Moscow' });
    expect(article.timestamp).toMatchObject({ iso: '2019-05-14T16:24:00+03:00', zone: 'Europe/Moscow', zoneSource: 'option' });
  });

  it('warns about an ambiguous slash date and says which reading was used', () => {
    const dmy = parse([TITLE, '05/06/2019 10:00', LEAD]);
    expect(dmy.timestamp?.iso).toBe('2019-06-05T10:00:00');
    expect(dmy.warnings.find((w) => w.rule === 'timestamp-ambiguous-date')?.message).toContain('day first');
    expect(parse([TITLE, '05/06/2019 10:00', LEAD], { dateOrder: 'mdy' }).timestamp?.iso).toBe('2019-05-06T10:00:00');
  });

  it('takes a stamp line without a year out of the body, with a warning, and reads it with a reference date', () => {
    const lines = [TITLE, '', 'Updated Dec. 25 at 3:53 pm E.T.', '', LEAD];
    const without = parse(lines);
    expect(without.timestamp).toBeNull();
    expect(without.body).toEqual([LEAD]);
    expect(without.warnings.map((w) => w.rule)).toContain('timestamp-no-year');
    expect(parse(lines, { referenceDate: '2016-12-27' }).timestamp?.iso).toBe('2016-12-25T15:53:00-05:00');
  });

  it('reports a missing title and a title longer than a headline', () => {
    expect(parse([`${LEAD} Both welcomed the chance to thaw relations, but they have much to discuss first.`]).warnings.map((w) => w.rule)).toContain('title-missing');
    const long = `${TITLE}, while ${TITLE.toLowerCase()} and more words follow here`;
    const article = parse([long, '', LEAD]);
    expect(article.title).toBe(long);
    expect(article.warnings.find((w) => w.rule === 'title-long')).toMatchObject({ line: 1 });
  });
});

describe('flattened stories (headline, standfirst and body on one line)', () => {
  it('splits `Headline. Standfirst..  Body` at the double space', () => {
    const article = parse(['Green Sunday. Este domingo é dia de verde, muito verde..  A onda é recorrer ao inglês. Saem Saci e Bicho Papão.']);
    expect(article.title).toBe('Green Sunday');
    expect(article.body).toEqual(['Este domingo é dia de verde, muito verde.', 'A onda é recorrer ao inglês. Saem Saci e Bicho Papão.']);
    expect(article.removed).toEqual([{ line: 1, reason: 'title', text: 'Green Sunday' }]);
  });

  it('leaves a lead paragraph alone: one sentence, or a long first sentence, before the double space', () => {
    const lead = 'O Podemos decidiu expulsar o deputado federal do partido após buscas no gabinete dele na Câmara.';
    const long = 'O Podemos decidiu expulsar o deputado federal Carlos Gaguim do partido após a Polícia Federal fazer buscas no gabinete dele na Câmara.';
    expect(parse([`${long} Com isso, a legenda abre espaço para a senadora.  “Ainda que o parlamentar”, disse.`]).title).toBeNull();
    const article = parse([`${lead}  Com isso, o partido abre espaço para a senadora. Ela deve se filiar.`]);
    expect(article.title).toBeNull();
    expect(article.body).toHaveLength(1);
  });
});

describe('wire furniture', () => {
  it('moves a byline and the agency line under it out of the body, names in normal case', () => {
    const article = parse([TITLE, 'By JANE DOE and JOHN Q. SMITH', 'Associated Press', '', LEAD]);
    expect(article.byline).toEqual({ names: ['Jane Doe', 'John Q. Smith'], agency: 'Associated Press', role: null, text: 'By JANE DOE and JOHN Q. SMITH', line: 2 });
    expect(reasons(article)).toEqual(['1:title', '2:byline', '3:byline']);
    expect(article.body).toEqual([LEAD]);
  });

  it('splits a line holding a byline and a stamp (`By John Smith | May 14, 2019`)', () => {
    const article = parse([TITLE, 'By John Smith | May 14, 2019 4:24 PM EDT', '', LEAD]);
    expect(article.byline).toMatchObject({ names: ['John Smith'], text: 'By John Smith', line: 2 });
    expect(article.timestamp).toMatchObject({ iso: '2019-05-14T16:24:00-04:00', text: 'May 14, 2019 4:24 PM EDT', line: 2 });
    expect(article.body).toEqual([LEAD]);
    expect(parse([TITLE, 'By John Smith | Reuters staff writers', '', LEAD]).body[0]).toBe('By John Smith | Reuters staff writers');
  });

  it('reads an agency at the end of a byline', () => {
    expect(parse([TITLE, 'By Ian MacKenzie, Reuters', LEAD]).byline).toMatchObject({ names: ['Ian MacKenzie'], agency: 'Reuters' });
  });

  it.each([
    ['LONDON (Reuters) - Oil rose.', { place: 'LONDON', agency: 'Reuters', date: null, text: 'LONDON (Reuters) -' }],
    ['SOCHI, Russia (AP) — Talks began.', { place: 'SOCHI, Russia', agency: 'AP', date: null, text: 'SOCHI, Russia (AP) —' }],
    ['BAHRAIN, Oct 19 - Huge oil platforms.', { place: 'BAHRAIN', agency: null, date: 'Oct 19', text: 'BAHRAIN, Oct 19 -' }],
    ['WASHINGTON — The Senate voted.', { place: 'WASHINGTON', agency: null, date: null, text: 'WASHINGTON —' }],
    ['ALBANY, N.Y. - A businessman said.', { place: 'ALBANY, N.Y.', agency: null, date: null, text: 'ALBANY, N.Y. -' }],
    ['WASHINGTON -- The Senate voted.', { place: 'WASHINGTON', agency: null, date: null, text: 'WASHINGTON --' }],
  ])('reads the dateline of %j and keeps it in the lead', (lead, dateline) => {
    const article = parse([TITLE, '', lead]);
    expect(article.dateline).toEqual({ ...dateline, line: 3 });
    expect(article.body).toEqual([lead]);
  });

  it.each(['A spokesman - who declined to be named - said no.', 'US officials - not all - agreed.', 'Russia-US relations are thawing.'])(
    'finds no dateline in %j',
    (lead) => expect(parse([TITLE, '', lead]).dateline).toBeNull(),
  );

  it('takes the Reuter sign-off off the end of the body', () => {
    const article = parse(['TITLE OF STORY', '    LONDON, Oct 19 - The company said it would', 'sell the unit.', ' Reuter']);
    expect(article.body).toEqual(['LONDON, Oct 19 - The company said it would sell the unit.']);
    expect(article.removed.at(-1)).toEqual({ line: 4, reason: 'signoff', text: 'Reuter' });
  });
});

describe('large inputs', () => {
  // Found by feeding 200,000 lines: Math.min(...lines) and push(...paragraphs) overflowed the
  // stack, and joining 65,000 wrapped lines was quadratic (minutes). These finish in well under a
  // second each; the test timeout is what catches a regression.
  it.each([
    // The title, then 7 repeats of it in the header zone, then one paragraph per line.
    ['200,000 short lines', 'Short line here\n'.repeat(200_000), 200_000 - 8],
    ['a 4 MB line', 'lorem ipsum dolor sit amet '.repeat(150_000), 1],
    ['65,000 wrapped lines', `${'x'.repeat(60)}\n`.repeat(65_000), 1],
  ])('parses %s without throwing', (_, text, paragraphs) => {
    const result = parseArticle(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.stats.paragraphs).toBe(paragraphs);
  }, 10_000);
});

describe('inputs that are not stories', () => {
  it.each([
    ['empty', '', 'empty-input'],
    ['white space', ' \n\t\n', 'empty-input'],
    ['binary', 'PK\u0003\u0004\u0000\u0000', 'binary-input'],
  ])('refuses %s input with a result, not an exception', (_, input, rule) => {
    const result = parseArticle(input);
    expect(result).toMatchObject({ ok: false, error: { rule } });
  });
});

describe('the detected language decides which stamp vocabulary is tried first', () => {
  // fixtures/stamps/it-b6fb53e9fb04.txt: lines of an Italian page (see fixtures/SOURCES.md).
  const text = readFileSync(new URL('../../fixtures/stamps/it-b6fb53e9fb04.txt', import.meta.url), 'utf8');
  it('reads `02 Ago 2017` as a stamp in a story detected as Italian', () => {
    const article = parse([text]);
    expect(article.language).toMatchObject({ code: 'it', source: 'detected' });
    expect(article.timestamp?.iso).toBe('2017-08-02');
    expect(reasons(article)).toContain('3:timestamp');
  });
  it('does not read it without the story: `ago` alone is English, so no language claims the line', () => {
    const line = { no: 3, text: '02 Ago 2017' };
    expect(findTimestamps(line, { tz: null, dateOrder: 'dmy', referenceDate: null }).stampLine).toBe(false);
    expect(findTimestamps(line, { tz: null, dateOrder: 'dmy', referenceDate: null, languages: ['it'] }).stampLine).toBe(true);
  });
  it('gives `--lang` the last word over detection', () => {
    expect(parse([text], { lang: 'it' }).timestamp?.iso).toBe('2017-08-02');
    expect(parse([text], { lang: 'de' }).timestamp).toBeNull();
  });
});
