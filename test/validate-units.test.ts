/** The pure parts of `wirestory validate`: field comparison, word diffs, escaping, reporters. */
import { fc, test as property } from '@fast-check/vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { reportMessages } from './helpers/report.js';
import { compareJson, jsonEqual } from '../src/validate/compare.js';
import { describeChange, wordDiff } from '../src/validate/describe.js';
import { goldenPathFor, isGoldenName, parseExtensions } from '../src/validate/discover.js';
import { lineOf, splitPath } from '../src/validate/lines.js';
import { readConfig } from '../src/validate/config.js';
import { resolveRules } from '../src/validate/run.js';
import { checkRequireList, parseRequireList } from '../src/validate/rules.js';
import { escapeData, escapeProperty, githubReport } from '../src/validate/reporters/github.js';
import { humanReport } from '../src/validate/reporters/human.js';
import { jsonReport } from '../src/validate/reporters/json.js';
import { junitReport } from '../src/validate/reporters/junit.js';
import { escapeAttribute, escapeText, stripInvalidXml } from '../src/validate/reporters/xml.js';
import type { ReportInput } from '../src/validate/reporters/types.js';
import { summarize, type FixtureResult } from '../src/validate/types.js';

describe('compareJson', () => {
  it('names each differing field by path', () => {
    const expected = { title: 'A', timestamp: { iso: '2019', line: 3 }, body: ['x', 'y'], removed: [{ line: 1, reason: 'title' }] };
    const actual = { title: 'B', timestamp: { iso: '2020', line: 3 }, body: ['x', 'z'], removed: [{ line: 1, reason: 'byline' }] };
    expect(compareJson(expected, actual).map((change) => change.path)).toEqual([
      'title',
      'timestamp.iso',
      'body[1]',
      'removed[0].reason',
    ]);
  });

  it('aligns arrays whose length changed: one inserted paragraph is one change', () => {
    const changes = compareJson({ body: ['a', 'b', 'c'] }, { body: ['new', 'a', 'b', 'c'] });
    expect(changes).toEqual([{ path: 'body[0]', expected: undefined, actual: 'new' }]);
    const removed = compareJson({ body: ['a', 'b', 'c'] }, { body: ['a', 'c'] });
    expect(removed).toEqual([{ path: 'body[1]', expected: 'b', actual: undefined }]);
    const changed = compareJson({ body: ['a', 'b', 'c'] }, { body: ['a', 'B', 'c', 'd'] });
    expect(changed).toEqual([
      { path: 'body[1]', expected: 'b', actual: 'B' },
      { path: 'body[3]', expected: undefined, actual: 'd' },
    ]);
  });

  it('reports fields present on one side only, and whole objects when most fields differ', () => {
    expect(compareJson({ a: 1 }, { a: 1, b: 2 })).toEqual([{ path: 'b', expected: undefined, actual: 2 }]);
    expect(compareJson({ timestamp: null }, { timestamp: { iso: 'x' } })).toEqual([{ path: 'timestamp', expected: null, actual: { iso: 'x' } }]);
    const whole = compareJson({ t: { a: 1, b: 2, c: 3, d: 4 } }, { t: { x: 1, y: 2, z: 3, d: 4 } });
    expect(whole.map((change) => change.path)).toEqual(['t']);
    const fields = compareJson({ t: { a: 1, b: 2, c: 3, d: 4 } }, { t: { a: 9, b: 9, c: 9, d: 4 } });
    expect(fields.map((change) => change.path)).toEqual(['t.a', 't.b', 't.c']);
    expect(compareJson({ 'odd key': 1 }, { 'odd key': 2 })[0]!.path).toBe('["odd key"]');
  });

  it('ignores key order', () => {
    expect(compareJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toEqual([]);
  });

  property.prop([fc.jsonValue(), fc.jsonValue()])('finds no difference exactly when the values are equal', (a, b) => {
    const normalize = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    expect(compareJson(normalize(a), normalize(a))).toEqual([]);
    expect(compareJson(normalize(a), normalize(b)).length === 0).toBe(jsonEqual(normalize(a), normalize(b)));
  });
});

describe('describeChange and wordDiff', () => {
  it('short values: expected … got …', () => {
    expect(describeChange({ path: 'title', expected: 'A', actual: 'B' })).toBe('title: expected "A" got "B"');
    expect(describeChange({ path: 'body[3]', expected: 'gone', actual: undefined })).toBe('body[3]: expected "gone" got (none)');
    expect(describeChange({ path: 'stats.words', expected: 10, actual: 12 })).toBe('stats.words: expected 10 got 12');
  });

  it('long strings: a word diff, unchanged stretches shortened', () => {
    const before = 'alpha beta one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
    const after = before.replace('eight', 'EIGHT');
    expect(wordDiff(before, after)).toBe('… two three four five six seven [-eight-]{+EIGHT+} nine ten eleven twelve thirteen fourteen …');
    expect(describeChange({ path: 'body[2]', expected: before, actual: after })).toBe(
      'body[2]: … two three four five six seven [-eight-]{+EIGHT+} nine ten eleven twelve thirteen fourteen …',
    );
  });

  it('falls back to both values when only white space differs', () => {
    const a = 'a b c d e f g h i j k l m n o p q r s t u v w x y z';
    const b = a.replace('m n', 'm  n');
    expect(wordDiff(a, b)).toBeNull();
    expect(describeChange({ path: 'body[0]', expected: a, actual: b })).toContain('expected "a b c');
  });
});

describe('escaping', () => {
  it('XML: markup escaped, characters XML 1.0 cannot hold replaced', () => {
    expect(escapeText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(escapeAttribute(`say "hi" & 'bye'\nnext\tcol`)).toBe('say &quot;hi&quot; &amp; &apos;bye&apos;&#10;next&#9;col');
    expect(stripInvalidXml('nul\u0000 bell\u0007 ff\u000c ok\t\n')).toBe('nul\uFFFD bell\uFFFD ff\uFFFD ok\t\n');
    expect(stripInvalidXml('lone \uD800 pair \uD83D\uDE00 \uFFFE')).toBe('lone \uFFFD pair \uD83D\uDE00 \uFFFD');
  });

  property.prop([fc.string({ unit: 'binary' })])('XML: any string survives a round trip through a parser as an attribute and as text', (text) => {
    const xml = `<r a="${escapeAttribute(text)}">${escapeText(text)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: true,
      htmlEntities: true,
    }).parse(xml) as { r: string | { a: string; '#text'?: string } };
    const expected = stripInvalidXml(text);
    const node = typeof parsed.r === 'string' ? { a: '', '#text': parsed.r } : parsed.r;
    expect(String(node.a ?? '')).toBe(expected);
    expect(String(node['#text'] ?? '')).toBe(expected);
  });

  it('GitHub workflow commands: %, CR, LF in messages; also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});

describe('paths and names', () => {
  it('splits paths and finds the fixture line of a field', () => {
    expect(splitPath('removed[0].reason')).toEqual(['removed', 0, 'reason']);
    expect(splitPath('stats.normalized["odd key"]')).toEqual(['stats', 'normalized', 'odd key']);
    const article = { provenance: { title: 1, body: [[5, 6], [8, 9]] }, timestamp: { line: 3 }, removed: [{ line: 2 }], byline: null };
    expect(lineOf('title', article, null)).toBe(1);
    expect(lineOf('body[1]', article, null)).toBe(8);
    expect(lineOf('timestamp.iso', article, null)).toBe(3);
    expect(lineOf('removed[0].reason', article, null)).toBe(2);
    expect(lineOf('byline', article, { byline: { line: 4 } })).toBe(4);
    expect(lineOf('stats.words', article, null)).toBeNull();
  });

  it('goldens sit beside fixtures and are never fixtures themselves', () => {
    expect(goldenPathFor('fixtures/a/story.txt', 'json')).toBe('fixtures/a/story.expected.json');
    expect(goldenPathFor('story.txt', 'md')).toBe('story.expected.md');
    expect(goldenPathFor('./story.txt', 'json')).toBe('./story.expected.json');
    expect(goldenPathFor('x/story.wire.txt', 'json', ['.wire.txt'])).toBe('x/story.expected.json');
    expect(isGoldenName('story.expected.json')).toBe(true);
    expect(isGoldenName('story.expected.txt')).toBe(true);
    expect(isGoldenName('expected.txt')).toBe(false);
    expect(parseExtensions('txt, .text')).toEqual(['.txt', '.text']);
    expect(() => parseExtensions('*.txt')).toThrow(/Bad --ext/);
  });

  it('--require lists and config files are checked', () => {
    expect(parseRequireList('title, body')).toEqual(['title', 'body']);
    expect(parseRequireList('none')).toEqual([]);
    expect(checkRequireList(['title', 'byline.agency'])).toBeNull();
    expect(checkRequireList(['headline'])).toMatch(/^Unknown field `headline`/);
    expect(readConfig({ require: ['title'], tz: 'Europe/London', strict: true }, 'c.json')).toEqual({
      require: ['title'],
      tz: 'Europe/London',
      strict: true,
    });
    expect(() => readConfig({ tz: 'Mars/Olympus' }, 'c.json')).toThrow('c.json: Unknown time zone `Mars/Olympus` for `tz`, expected an IANA name');
    expect(() => readConfig({ referenceDate: '2019-02-31' }, 'c.json')).toThrow('c.json: Bad `referenceDate` `2019-02-31`, expected a real calendar day');
    expect(() => readConfig({ dateOrder: 'ymd' }, 'c.json')).toThrow('c.json: Unknown date order `ymd` for `dateOrder`, expected `dmy` or `mdy`');
    expect(() => readConfig({ tz: 3 }, 'c.json')).toThrow('c.json: Unknown time zone 3 for `tz`');
    expect(() => readConfig([], 'c.json')).toThrow(/expected a JSON object/);
  });

  it('flags override the config file, which overrides defaults', () => {
    expect(resolveRules({}, null)).toEqual({ require: ['title', 'timestamp', 'body'], strict: false, parse: {} });
    expect(resolveRules({ strict: false }, { require: ['title'], strict: true, tz: 'UTC' })).toEqual({
      require: ['title'],
      strict: false,
      parse: { tz: 'UTC' },
    });
  });
});

function result(partial: Partial<FixtureResult> & Pick<FixtureResult, 'file'>): FixtureResult {
  return {
    golden: partial.file.replace(/\.txt$/, '.expected.json'),
    status: 'pass',
    goldenStatus: 'match',
    problems: [],
    changes: [],
    durationMs: 1.5,
    explain: null,
    ...partial,
  };
}

const RESULTS: FixtureResult[] = [
  result({ file: 'fx/a.txt' }),
  result({
    file: 'fx/b.txt',
    status: 'fail',
    goldenStatus: 'mismatch',
    problems: [
      { rule: 'golden-mismatch', severity: 'failure', message: 'title: expected "A" got "B"', line: 1, path: 'title', expected: 'A', actual: 'B' },
    ],
  }),
  result({
    file: 'fx/sub/c.txt',
    goldenStatus: 'missing',
    problems: [{ rule: 'golden-missing', severity: 'note', message: 'no golden `c.expected.json` yet; create it with `wirestory validate fx/sub/c.txt --update`', line: null, path: null }],
  }),
];
const INPUT: ReportInput = { results: RESULTS, summary: summarize(RESULTS, 1234), update: false, requireGoldenReason: null };

describe('reporters', () => {
  it('human: vfile-reporter blocks, the house style of every diagnostic, then a tally', () => {
    const report = humanReport(INPUT);
    expect(reportMessages(report)).toEqual([
      'fx/b.txt:1: error title: expected "A" got "B" [golden-mismatch]',
      'fx/sub/c.txt: warning no golden `c.expected.json` yet; create it with `wirestory validate fx/sub/c.txt --update` [golden-missing]',
    ]);
    expect(report.split('\n').slice(0, 2)).toEqual(['fx/b.txt', expect.stringMatching(/^1:1 error +title: expected "A" got "B" +golden-mismatch wirestory$/)]);
    expect(report).toMatch(
      /\n\n2 messages \(✖ 1 error, ⚠ 1 warning\)\n\n3 fixtures: 2 passed, 1 failed; goldens: 1 match, 1 mismatch, 1 missing \(1\.23 s\)\n1 golden missing \(a note here; a failure when CI is set or with --require-golden\)\. Create with --update\.\n$/,
    );
    expect(humanReport(INPUT, { color: true })).toContain('title: expected \u001b[31m"A"\u001b[39m got \u001b[32m"B"\u001b[39m');
  });

  it('json: parses back to the results', () => {
    const report = JSON.parse(jsonReport(INPUT)) as { ok: boolean; fixtures: FixtureResult[]; summary: { failed: number } };
    expect(report.ok).toBe(false);
    expect(report.summary.failed).toBe(1);
    expect(report.fixtures).toEqual(RESULTS);
  });

  it('junit: a suite per folder, a testcase per fixture, failures and notes', () => {
    const xml = junitReport(INPUT);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
    const suites = parsed.testsuites.testsuite as Array<{ '@name': string; '@tests': string; testcase: Array<Record<string, unknown>> }>;
    expect(suites.map((suite) => [suite['@name'], suite['@tests']])).toEqual([
      ['fx', '2'],
      ['fx/sub', '1'],
    ]);
    expect(suites[0]!.testcase[1]!.failure).toMatchObject({ '@message': 'title: expected "A" got "B"', '@type': 'golden-mismatch' });
    expect(suites[1]!.testcase[0]!['system-out']).toContain('note: no golden');
  });

  it('github: an error per failure at its line, a notice per note, a tally', () => {
    expect(githubReport(INPUT).split('\n')).toEqual([
      '::error file=fx/b.txt,line=1,title=golden-mismatch::title: expected "A" got "B"',
      '::notice file=fx/sub/c.txt,title=golden-missing::no golden `c.expected.json` yet; create it with `wirestory validate fx/sub/c.txt --update`',
      '3 fixtures: 2 passed, 1 failed; goldens: 1 match, 1 mismatch, 1 missing (1.23 s)',
      '',
    ]);
  });
});
