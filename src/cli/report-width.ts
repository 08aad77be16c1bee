/**
 * `string-width` as vfile-reporter uses it to align the columns of a warning report, for the lean
 * start's copy of the reporter (dist/fast-report.cjs; test/tools/build.mjs puts it in place of
 * the package there). A text of printable ASCII is as wide as it is long: string-width gives
 * every such character width 1 and makes no cluster of two (checked on all of them and every
 * pair), and it reaches that answer through `Intl.Segmenter` and the emoji pattern, whose first
 * use cost a one-warning run about a tenth of its time. Any other text goes to string-width.
 */
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export default function reportWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  return typeof text === 'string' && PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text, options);
}
