/**
 * Small helpers for building patterns from word lists, shared by the locale configuration,
 * the line checks and relative stamps.
 */

/** Escapes a word for a regular expression; spaces match any run of white space. */
export function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** An alternation of the words, longest first, so `maio` is tried before `mai`. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((word) => word !== '');
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.length === 0 ? '(?!)' : unique.map(escapeWord).join('|');
}

/** Lower case, without a trailing dot: the form words are looked up in. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

let hanKanaHangul: RegExp | null = null;

/** True for a character of a script written without spaces between words. */
export function isUnspaced(char: string): boolean {
  hanKanaHangul ??= new RegExp('[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]', 'u');
  return char !== '' && hanKanaHangul.test(char);
}

/**
 * True when `token` can be cut entirely into words of `words` (a set, or a test of a word) of at
 * most `longest` characters (for scripts written without spaces: `最終更新日時` is `最終` + `更新`
 * + `日時`; for stamp words glued together: `onmonday` is `on` + `monday`).
 */
export function coveredBy(token: string, words: ReadonlySet<string> | ((word: string) => boolean), longest: number): boolean {
  const has = typeof words === 'function' ? words : (word: string) => words.has(word);
  const reachable = new Array<boolean>(token.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < token.length; i++) {
    if (!reachable[i]) continue;
    for (let length = 1; length <= longest && i + length <= token.length; length++) {
      if (!reachable[i + length] && has(token.slice(i, i + length))) reachable[i + length] = true;
    }
  }
  return reachable[token.length] === true;
}

/** Arabic-Indic, Persian and full-width digits as ASCII digits, one for one (indices kept). */
export function asciiDigits(text: string): string {
  if (!/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/.test(text)) return text;
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}
