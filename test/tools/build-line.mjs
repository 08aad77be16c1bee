// What test/tools/build.mjs does to each CommonJS file that bin/wirestory.js compiles with the
// code cache (dist/fast*.cjs, dist/worker.cjs), shared with test/bench/convert.mjs's bench copy
// of the worker: ASCII only, and a first line naming the build.
import { createHash } from 'node:crypto';

/**
 * `code` with each non-ASCII UTF-16 unit written as `\\uXXXX`. In a regular expression literal
 * that is the same pattern, with or without the `u` flag (a pair of escaped surrogates is one
 * code point under `u`, as the character was); in strings and identifiers the same value too.
 * An escaped non-ASCII character (`\\é`) would become a backslash and a `u`: refused.
 */
export function asciiOnly(code, name) {
  return code.replace(/[^\0-\x7f]/g, (unit, at) => {
    let slashes = 0;
    while (code[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) throw new Error(`dist/${name}: an escaped non-ASCII character at ${at}`);
    return `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** The first line of such a file: a hash of the rest (`code`), which names its cache files (bin/wirestory.js's BUILD_LINE). */
export function buildLine(code) {
  return `// wirestory-build:${createHash('sha256').update(code).digest('hex').slice(0, 16)}`;
}

/**
 * `code` inside CommonJS's function wrapper, as bin/wirestory.js would wrap it at every start
 * (its WRAPPER): written so by the build for dist/fast.cjs, which only bin/ loads (a plain
 * `require` of it would run nothing). Wrapping at run time made V8 copy the source once more to
 * flatten the joined string: about 100 more page faults and 0.5M instructions a start.
 */
export function wrapped(code) {
  return `(function (exports, require, module, __filename, __dirname) {${code}\n})`;
}
