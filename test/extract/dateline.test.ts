/** Datelines of the agencies of issue #7 and several places (issue #8 item 4). */
import { describe, expect, test } from 'vitest';
import { matchDateline } from '../../src/extract/dateline.js';

describe('datelines', () => {
  test.each([
    ['BERLIN (dpa) - Die Regierung hat am Dienstag', 'BERLIN', 'dpa', null, 'BERLIN (dpa) -'],
    ['PARIS (AFP) - Le président a annoncé', 'PARIS', 'AFP', null, 'PARIS (AFP) -'],
    ['MADRID, 14 may (EFE).- El Gobierno aprobó', 'MADRID', 'EFE', '14 may', 'MADRID, 14 may (EFE).-'],
    ['МОСКВА, 14 мая. /ТАСС/. Президент России', 'МОСКВА', 'ТАСС', '14 мая', 'МОСКВА, 14 мая. /ТАСС/.'],
    ['ROMA (ANSA) - Il governo ha approvato', 'ROMA', 'ANSA', null, 'ROMA (ANSA) -'],
    ['SÃO PAULO (Reuters) - O governo brasileiro', 'SÃO PAULO', 'Reuters', null, 'SÃO PAULO (Reuters) -'],
    ['WASHINGTON/HAVANA (Reuters) - The United States', 'WASHINGTON/HAVANA', 'Reuters', null, 'WASHINGTON/HAVANA (Reuters) -'],
    ['LISBOA, 14 mai (Lusa) - O primeiro-ministro', 'LISBOA', 'Lusa', '14 mai', 'LISBOA, 14 mai (Lusa) -'],
    // USA Today's network: an en dash, no agency (pagedumps c58aa507c4de, 776a1c046798).
    ['WASHINGTON – Two federal prison officers were charged Tuesday', 'WASHINGTON', null, null, 'WASHINGTON –'],
    ['SIOUX FALLS, S.D. – People across the nation are talking', 'SIOUX FALLS, S.D.', null, null, 'SIOUX FALLS, S.D. –'],
    // Korean and Chinese agencies (bylines.tsv tuning rows, round 6: public GitHub text, find_string ids).
    ['(서울=연합뉴스) 김은경 기자 = 푹푹 찌는 무더위가', '서울', '연합뉴스', null, '(서울=연합뉴스)'], // 41318341314
    ['新华网北京4月14日电（记者 李童）海关总署14日发布数据显示', '北京', '新华网', '4月14日', '新华网北京4月14日电'], // 69796734856
    ['中新网约翰内斯堡8月10日电 (记者 王曦)“中国-南非企业贸易对接会暨签约仪式”', '约翰内斯堡', '中新网', '8月10日', '中新网约翰内斯堡8月10日电'], // 108552016
    // Xinhua's special dispatch `专电`, full-width digits (bylines.tsv tuning rows, round 7).
    ['新华社太原5月13日专电（记者梁晓飞）“有一小孩玻璃球卡到喉咙', '太原', '新华社', '5月13日', '新华社太原5月13日专电'], // 1261172730
    ['新华网合肥１１月３日专电（记者刘美子）安徽广播电视台原党委书记', '合肥', '新华网', '１１月３日', '新华网合肥１１月３日专电'], // 21170252841
  ])('%s', (lead, place, agency, date, text) => {
    expect(matchDateline(lead, 3)).toEqual({ place, agency, date, text, line: 3 });
  });
  test.each([
    'A - b c',
    'The minister said - and meant it',
    'He said 3 men - not four',
    // A place in mixed case and no date is not read (pagedumps 7de5241947a5): prose reads so too.
    'Indianapolis – Several thousand teachers wearing red',
    'Meanwhile – the minister said',
    '清华新闻网2月26日电（记者 刘蔚如）2月21日起', // the agency's name and the date, no place (19392522047)
    '记者从市政府获悉，今年全市新增就业岗位', // a sentence
    '新华社专电显示，今年全市新增就业岗位', // `专电` in a sentence, no place or date before it
  ])('no dateline: %s', (lead) => {
    expect(matchDateline(lead, 1)).toBeNull();
  });
});
