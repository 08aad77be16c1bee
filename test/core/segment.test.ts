import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize.js';
import { segment } from '../../src/core/segment.js';

/** The columns zipped into one object per paragraph, for readable expectations. */
const paragraphs = (text: string) => {
  const { text: texts, start, end } = segment(normalize(text).lines);
  return texts.map((paragraph, i) => ({ text: paragraph, start: start[i], end: end[i] }));
};

describe('segment', () => {
  it('splits blank-line separated blocks', () => {
    expect(paragraphs('First para.\n\nSecond para.\n\n\n\nThird.').map((p) => p.text)).toEqual([
      'First para.',
      'Second para.',
      'Third.',
    ]);
  });

  it('joins hard-wrapped lines back into one paragraph, recording the line range', () => {
    const text = [
      'Huge oil platforms dot the Gulf like beacons -- usually lit up',
      'like Christmas trees at night. One of them, sitting astride the',
      'Rostam offshore oilfield, was all but blown out of the water.',
      '',
      'Next.',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      {
        text: 'Huge oil platforms dot the Gulf like beacons -- usually lit up like Christmas trees at night. One of them, sitting astride the Rostam offshore oilfield, was all but blown out of the water.',
        start: 1,
        end: 3,
      },
      { text: 'Next.', start: 5, end: 5 },
    ]);
  });

  it('splits old wire copy on paragraph indents when there are no blank lines', () => {
    const text = [
      '    BAHRAIN, Oct 19 - Huge oil platforms dot the Gulf like',
      'beacons -- usually lit up like Christmas trees at night.',
      '    One of them, sitting astride the Rostam offshore oilfield,',
      'was all but blown out of the water by U.S. Warships on Monday.',
      '    Shr 75 cts vs 55 cts',
      '    Net 8,031,000 vs 5,819,000',
    ].join('\n');
    expect(paragraphs(text).map((p) => p.text)).toEqual([
      'BAHRAIN, Oct 19 - Huge oil platforms dot the Gulf like beacons -- usually lit up like Christmas trees at night.',
      'One of them, sitting astride the Rostam offshore oilfield, was all but blown out of the water by U.S. Warships on Monday.',
      'Shr 75 cts vs 55 cts',
      'Net 8,031,000 vs 5,819,000',
    ]);
  });

  it('keeps one paragraph per line when lines are long (scraped text without blank lines)', () => {
    const long = 'This paragraph is a long line of scraped text that goes well past any wrapping width, as web pages do.';
    expect(paragraphs(`${long}\n${long} Again.\n${long}`)).toHaveLength(3);
  });

  it('keeps short separate lines apart (a list is not a wrapped paragraph)', () => {
    expect(paragraphs('Shr 75 cts\nNet 8,031\nRevs 1.2 mln').map((p) => p.text)).toEqual(['Shr 75 cts', 'Net 8,031', 'Revs 1.2 mln']);
  });

  it('joins a line-final hyphen after a letter without a space', () => {
    const text = 'The U.S.-backed interim government said on Monday that the well-\nknown figure would stay.';
    expect(paragraphs(text)[0]!.text).toBe('The U.S.-backed interim government said on Monday that the well-known figure would stay.');
  });
});
