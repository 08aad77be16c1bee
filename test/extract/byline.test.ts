import { describe, expect, test } from 'vitest';
import { matchByline, matchLabelledByline, matchLeadCredit, matchUnmarkedByline } from '../../src/extract/byline.js';

// Byline forms as printed by agencies and papers in each language (issue #7 item 3):
// dpa/Spiegel `Von`, Le Monde/AFP `Par`, EFE/Folha `Por`, ANSA/Corriere `Di`, NOS/ANP `Door`,
// PAP `Od`, Anadolu `Yazan`, TASS/RIA `Автор:`.
describe('bylines in other languages', () => {
  test.each([
    ['Von Anna Müller', ['Anna Müller'], null],
    ['Von Anna Müller und Jan Schmidt, dpa', ['Anna Müller', 'Jan Schmidt'], 'dpa'],
    ['Par Jean Dupont, AFP', ['Jean Dupont'], 'AFP'],
    ['Por María García y José Pérez', ['María García', 'José Pérez'], null],
    ['Por João da Silva, Agência Brasil', ['João da Silva'], 'Agência Brasil'],
    ['Di Marco Rossi', ['Marco Rossi'], null],
    ['Door Jan de Vries, ANP', ['Jan de Vries'], 'ANP'],
    ['Od Łukasz Kowalski, PAP', ['Łukasz Kowalski'], 'PAP'],
    ['Yazan: Şükrü İpek', ['Şükrü İpek'], null],
    ['Автор: Иван Петров', ['Иван Петров'], null],
    ['Автор: Иван Петров, ТАСС', ['Иван Петров'], 'ТАСС'],
    // The publication date after the name, as German blogs print it (pagedumps ba07d1e64775).
    ['Von Moritz Bachmann publiziert am 30. Juli 2018', ['Moritz Bachmann'], null],
    ['Von Anna Müller veröffentlicht am 3. März 2019', ['Anna Müller'], null],
  ])('%s', (text, names, agency) => {
    expect(matchByline(text)).toEqual({ names, agency, role: null });
  });

  test.each([
    'DI MARIA SCORES TWICE',
    'Door to door sales fall',
    'Par for the course at the Open',
    'Por que o governo mudou de ideia',
    'Von der Leyen wins vote',
    'Od dziś nowe przepisy',
    'Von Berlin publiziert am Montag',
  ])('not a byline: %s', (text) => {
    expect(matchByline(text)).toBeNull();
  });
});

// Issue #8 item 4: bylines with a role or a tag (BBC, Guardian and Reuters forms).
describe('bylines with a role or tag', () => {
  test.each([
    ['By Jane Doe, Asia correspondent', ['Jane Doe'], null, 'Asia correspondent'],
    ['By Laura Kuenssberg, Political editor', ['Laura Kuenssberg'], null, 'Political editor'],
    ['By Jane Doe - Analysis', ['Jane Doe'], null, 'Analysis'],
    ['By Jonathan Marcus, BBC diplomatic correspondent', ['Jonathan Marcus'], null, 'BBC diplomatic correspondent'],
    ['By Ian MacKenzie, Reuters', ['Ian MacKenzie'], 'Reuters', null],
  ])('%s', (text, names, agency, role) => {
    expect(matchByline(text)).toEqual({ names, agency, role });
  });
});

// Bylines without `By`, as pages print them right above the stamp line (pagedumps tuning pages:
// USA Today's network c58aa507c4de, 776a1c046798, c81e134ed499, 7de5241947a5; Hearst's AP pages
// a6968f427cdb, aec5deeaada8). The header claims one only over a stamp line.
describe('bylines without `By`', () => {
  test.each([
    ['Kevin Johnson and Kevin McCoy USA TODAY', ['Kevin Johnson', 'Kevin McCoy'], null, 'USA TODAY'],
    ['Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader', ['Lisa Kaczke', 'Trevor J. Mitchell'], null, 'Sioux Falls Argus Leader'],
    ['Elliot Brownstein Florida Today', ['Elliot Brownstein'], null, 'Florida Today'],
    ['Tom Davies Associated Press', ['Tom Davies'], 'Associated Press', null],
    ['Meg Kinnard and Errin Haines, Associated Press', ['Meg Kinnard', 'Errin Haines'], 'Associated Press', null],
    ['Steve Peoples, Ap National Political Writer', ['Steve Peoples'], null, 'Ap National Political Writer'],
  ])('%s', (text, names, agency, role) => {
    expect(matchUnmarkedByline(text)).toEqual({ names, agency, role });
  });

  test.each([
    // Names alone: any short line reads so (a teaser's `Taylor Swift` over `Published 1 day ago`).
    'Al Root',
    'Taylor Swift',
    'Dancing With the Stars',
    'Detroit News wire services',
    'Associated Press',
    'Contributing: Kristine Phillips',
    'The Latest: Man stabbed to death on San Francisco Bay train',
    // A byline with `By` is matchByline's.
    'By Kevin Johnson and Kevin McCoy',
  ])('not one: %s', (text) => {
    expect(matchUnmarkedByline(text)).toBeNull();
  });
});

describe('degrees after a name are not names', () => {
  test.each([
    ['By Rachael Link, MS, RD', ['Rachael Link']],
    ['By Jane Doe, MD, and John Smith', ['Jane Doe', 'John Smith']],
  ])('%s', (text, names) => {
    expect(matchByline(text)?.names).toEqual(names);
  });
});

// Issue #8 item 4: w3m dumps run a byline's name into the role or outlet element after it
// (pagedumps tuning pages 8634d1211c3f, LA Times; 51374560f400, Fox Business; the lines as dumped,
// no-break spaces included).
describe('names glued to the role or outlet after them', () => {
  test.each([
    ['By\u00a0Michael HiltzikBusiness Columnist\u00a0', ['Michael Hiltzik'], null, 'Business Columnist'],
    ['By Jonathan GarberFOXBusiness', ['Jonathan Garber'], null, 'FOXBusiness'],
    ['By Jane Doe and Sam SmithStaff Writer', ['Jane Doe', 'Sam Smith'], null, 'Staff Writer'],
    ['By Kevin McCoyStaff Writer', ['Kevin McCoy'], null, 'Staff Writer'],
    // Agencies were cut so before: kept as a guard.
    ['By Tom DaviesAssociated Press', ['Tom Davies'], 'Associated Press', null],
  ])('%s', (text, names, agency, role) => {
    expect(matchByline(text)).toEqual({ names, agency, role });
  });

  // Names whose inner capital is their own are never cut inside, even with a role word after them
  // (then the whole run stays the name, as before).
  test.each([
    ['By Kevin McCoy', ['Kevin McCoy']],
    ['By Ron DeSantis', ['Ron DeSantis']],
    ['By Ian MacDonald', ['Ian MacDonald']],
    ['By LeBron James', ['LeBron James']],
    ['By Shaun O\'Neill', ['Shaun O\'Neill']],
    ['By Robert VerBruggen', ['Robert VerBruggen']],
    ['By Sandee LaMotte', ['Sandee LaMotte']],
    ['By Kevin McCoy Reporter', ['Kevin McCoy Reporter']],
    ['By Ian MacDonald Staff Writer', ['Ian MacDonald Staff Writer']],
    ['By JoAnn Smith Staff Writer', ['JoAnn Smith Staff Writer']],
  ])('%s', (text, names) => {
    expect(matchByline(text)).toEqual({ names, agency: null, role: null });
  });
});

describe('matchLabelledByline', () => {
  const ru = { byline: ['текст', 'автор'], cjk: false };
  const ja = { byline: ['著者', '文'], cjk: true };
  const pt = { byline: ['por', 'publicado por'], cjk: false };

  test.each([
    // [labels, text, names] — parts of real header lines (stamps.tsv tuning rows)
    [ru, 'Текст: Лида Буслаева', ['Лида Буслаева']], // pagedumps c82b3d1d540b
    [pt, 'Publicado por: Clarissa Borba', ['Clarissa Borba']], // pagedumps f6ac15a4d985
    [ja, 'by ライトハウス国際特許事務所', ['ライトハウス国際特許事務所']], // pagedumps 85439e26c41c
  ])('%#: %s', (labels, text, names) => {
    expect(matchLabelledByline(text, labels)).toEqual({ names, agency: null, role: null });
  });

  // bylines.tsv tuning rows (round 6; public GitHub text, find_string ids).
  const ko = { byline: ['글', '작성자'], bylineAfter: ['기자', '특파원'], cjk: true };
  test.each([
    [ko, '김병학 기자', ['김병학']], // 22181582016, before `입력 2018.07.22. 19:36 …`
    [ko, '이윤구 이수용 기자', ['이윤구', '이수용']], // two reporters, as Yonhap Infomax's 70913025351 prints them
    [{ ...ja, byline: ['取材・文', ...ja.byline] }, '取材・文／古川あや', ['古川あや']], // 22527274698: a slash after the label
  ])('names before or after a label: %s', (labels, text, names) => {
    expect(matchLabelledByline(text, labels)).toEqual({ names, agency: null, role: null });
  });
  test.each([
    [ko, '전직 기자 출신의 대변인'], // the word inside a sentence
    [ko, '대한민국 국회의원과 기자'], // more than names before it
    [ko, 'BBC 기자'], // no Korean name
  ])('not a Korean byline: %s', (labels, text) => {
    expect(matchLabelledByline(text, labels)).toBeNull();
  });

  test('a label left blank is `empty`: `著者：`', () => {
    expect(matchLabelledByline('著者：', ja)).toBe('empty');
  });

  test.each([
    [pt, 'Portugal'], // a label is a word of its own
    [pt, 'Por que isso importa'], // lower-case words after the label are no names
    [ja, '文化'], // a label in a script without spaces needs its colon
  ])('not a byline: %s', (labels, text) => {
    expect(matchLabelledByline(text, labels)).toBeNull();
  });
});

describe('matchLeadCredit: the reporters a Korean or Chinese wire lead names first', () => {
  test.each([
    // bylines.tsv tuning rows (round 6; public GitHub text, find_string ids)
    ['(서울=연합뉴스) 김은경 기자 = 푹푹 찌는 무더위가 전국을 강타하면서', ['김은경'], '(서울=연합뉴스) 김은경 기자 ='], // 41318341314
    ['[인터풋볼] 김병학 기자= 뉴캐슬로 새 둥지를 튼 기성용(29)이', ['김병학'], '[인터풋볼] 김병학 기자='], // 22181582016
    ['新华网北京4月14日电（记者 李童）海关总署14日发布数据显示', ['李童'], '新华网北京4月14日电（记者 李童）'], // 69796734856
    ['中新网约翰内斯堡8月10日电 (记者 王曦)“中国-南非企业贸易对接会暨签约仪式”', ['王曦'], '中新网约翰内斯堡8月10日电 (记者 王曦)'], // 108552016
    ['本报讯（记者 戈伟 实习生 刘晓雪）7月28日，', ['戈伟', '刘晓雪'], '本报讯（记者 戈伟 实习生 刘晓雪）'], // 8286392942: the intern writes too
    ['本部讯：（摄影：何加劼 郑洁蕾 记者：曾惠君）2013年5月21日，', ['曾惠君'], '本部讯：（摄影：何加劼 郑洁蕾 记者：曾惠君）'], // 17572272628: photographers are no byline
    // Read by credits-zh.ts since round 8 (one list of roles): `报道` is no name, an editor no writer.
    ['新华网北京4月14日电（记者 李童 报道）海关总署14日发布数据显示', ['李童'], '新华网北京4月14日电（记者 李童 报道）'],
    ['本报讯（记者 戈伟 责任编辑 刘晓雪）7月28日，', ['戈伟'], '本报讯（记者 戈伟 责任编辑 刘晓雪）'],
    ['本报讯（通讯员 王五 本报记者 李四）7月28日，', ['王五', '李四'], '本报讯（通讯员 王五 本报记者 李四）'],
    // Review of c13e621: a photojournalist (`摄影记者`) is no writer; `摄影报道` is no name; a reporter
    // whose names close with 摄 in a lead wrote the story too; `摄：` mid-credit is a photographer's.
    ['本报北京4月14日讯（记者 李四 摄影记者 张三）海关总署14日发布数据显示，', ['李四'], '本报北京4月14日讯（记者 李四 摄影记者 张三）'],
    ['本报讯（摄影记者 张三 记者 李四）7月28日，', ['李四'], '本报讯（摄影记者 张三 记者 李四）'],
    ['本报讯（攝影記者 張三 記者 李四）7月28日，', ['李四'], '本报讯（攝影記者 張三 記者 李四）'],
    ['新华社北京4月14日电（记者 王磊 摄影报道）海关总署14日发布数据显示', ['王磊'], '新华社北京4月14日电（记者 王磊 摄影报道）'],
    ['本报讯（记者 李四 摄）7月28日，', ['李四'], '本报讯（记者 李四 摄）'],
    ['本部讯：（记者：曾惠君 摄：何加劼）2013年5月21日，', ['曾惠君'], '本部讯：（记者：曾惠君 摄：何加劼）'],
  ])('%s', (lead, names, text) => {
    expect(matchLeadCredit(lead)).toEqual({ names, text });
  });
  test.each([
    '清华大学正式启用新式防伪成绩单（记者 刘蔚如）', // brackets after prose, not after a dateline
    '新华社北京5月14日电（国际观察）美国此举违背市场规律', // a column's name in the brackets, no reporter
    '（执笔记者：马湛；参与记者：张修智、林惠芬）', // a closing credit: no dateline before it (24690178138)
    '청와대 대변인은 이날 기자들과 만나 이같이 말했다.', // `기자` in a sentence
    'SEOUL, Aug. 20 (Yonhap) -- North Korea\'s official newspaper blasted South Korea', // English wire copy: the dateline's
  ])('no lead credit: %s', (lead) => {
    expect(matchLeadCredit(lead)).toBeNull();
  });
});
