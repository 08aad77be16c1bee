/**
 * File names as they may be shown on a terminal: control characters (newlines, escape
 * sequences that could recolour or rewrite the screen, C1 controls) and the bidirectional
 * overrides that can reorder what is shown are written as escapes, like `ls -b` does:
 * `a\nb.txt`, `\x1b[31mred.txt`. Other names come back unchanged.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(name: string): string {
  UNPRINTABLE.lastIndex = 0;
  if (!UNPRINTABLE.test(name)) return name;
  return name.replace(UNPRINTABLE, (char) => {
    switch (char) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default: {
        const code = char.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
      }
    }
  });
}
