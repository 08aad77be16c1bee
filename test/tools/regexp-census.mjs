// Which regular expressions a lean-path run (dist/fast.cjs's code) builds at load, and which of
// them it ever runs: a development aid for start-up work (issue #10). V8 parses a pattern as it is
// created (a literal when evaluated, or `new RegExp`), so a pattern built at load that no line
// reaches costs every run for nothing; `lazyPattern` (src/extract/openers.ts) builds one on
// first use instead.
//
//   node test/tools/regexp-census.mjs [--json=FILE] [story.txt …]   (default: the seed story)
//
// Builds src/cli/fast.ts with dist/fast.cjs's options (test/tools/build-options.mjs) but
// unminified, wraps every regular expression literal and `new RegExp(…)` in a recorder, runs the
// stories through the lean parse path in this process, and prints one line per pattern built at
// load (source module, times run, flags, the start of its source), the never-run ones first, then
// totals.
import { build } from 'esbuild';
import { leanParts, leanStart, root } from './build-options.mjs';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const json = process.argv.find((arg) => arg.startsWith('--json='))?.slice('--json='.length);
const stories = process.argv.slice(2).filter((arg) => !arg.startsWith('--json='));
if (stories.length === 0) stories.push(join(root, 'fixtures/seed/pompeo-lavrov-sochi.txt'));

const dir = mkdtempSync(join(tmpdir(), 'wirestory-census-'));
const bundle = join(dir, 'fast.cjs');
await build({
  ...leanStart,
  // Unminified, so esbuild's `// src/…` comments say which module each pattern stands in.
  minifyWhitespace: false,
  minifySyntax: false,
  legalComments: undefined,
  define: { ...leanStart.define, 'import.meta.url': '__census_url' },
  banner: { js: `const __census_url = require('node:url').pathToFileURL(${JSON.stringify(join(root, 'dist/fast.cjs'))}).href;` },
  entryPoints: [join(root, 'src/cli/fast.ts')],
  outfile: bundle,
  // Markdown and the reporter stay out, as in dist/fast.cjs (from dist/ itself, not next to this copy).
  plugins: [leanParts((part) => join(root, 'dist', `${part}.cjs`))],
});

// Every regular expression literal and `new RegExp(…)` becomes a call of the recorder, with the
// module (esbuild's `// src/…` comment before it) it stands in.
const code = readFileSync(bundle, 'utf8');
const file = ts.createSourceFile('fast.cjs', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
const modules = [...code.matchAll(/^\s*\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((m) => ({ at: m.index, name: m[1] }));
const moduleAt = (at) => {
  let name = '?';
  for (const m of modules) if (m.at <= at) name = m.name;
  return name;
};
const edits = [];
const sites = [];
(function visit(node) {
  if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
    sites.push({ module: moduleAt(node.pos), text: node.getText() });
    edits.push({ from: node.getStart(), to: node.end, text: `__census(${sites.length - 1}, ${node.getText()})` });
    return;
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
    sites.push({ module: moduleAt(node.pos), text: node.getText().slice(0, 120) });
    edits.push({ from: node.getStart(), to: node.getStart(), text: `__census(${sites.length - 1}, ` });
    edits.push({ from: node.end, to: node.end, text: ')' });
  }
  ts.forEachChild(node, visit);
})(file);
edits.sort((a, b) => b.from - a.from || b.to - a.to);
let instrumented = code;
for (const edit of edits) instrumented = instrumented.slice(0, edit.from) + edit.text + instrumented.slice(edit.to);

const built = new Map(); // pattern → site
const counts = sites.map(() => ({ atLoad: 0, later: 0, runs: 0 }));
let loading = true;
globalThis.__census = (site, pattern) => {
  counts[site][loading ? 'atLoad' : 'later']++;
  built.set(pattern, site);
  if (loading) sites[site].pattern = pattern;
  return pattern;
};
writeFileSync(bundle, `${instrumented}`);
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (text) {
  const site = built.get(this);
  if (site !== undefined) counts[site].runs++;
  return exec.call(this, text);
};
// split and matchAll run a copy of the pattern, made through RegExp[Symbol.species].
const species = Object.getOwnPropertyDescriptor(RegExp, Symbol.species);
function Copy(pattern, flags) {
  const site = built.get(pattern);
  if (site !== undefined) counts[site].runs++;
  return new RegExp(pattern, flags);
}
Object.defineProperty(RegExp, Symbol.species, { get: () => Copy, configurable: true });
const fast = require(bundle);
loading = false;
// Output goes nowhere: only which patterns ran matters.
fast.main(['--quiet', ...stories], (make) => make());
process.on('exit', () => {
  RegExp.prototype.exec = exec;
  Object.defineProperty(RegExp, Symbol.species, species);
  const rows = sites.map((site, i) => ({ ...site, ...counts[i] })).filter((row) => row.atLoad > 0);
  if (json) {
    const out = rows.map(({ module, runs, atLoad, pattern }) => ({ module, runs, atLoad, source: pattern.source, flags: pattern.flags }));
    writeFileSync(json, `${JSON.stringify(out, null, 1)}\n`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  rows.sort((a, b) => (a.runs > 0) - (b.runs > 0) || a.module.localeCompare(b.module));
  // After what the stories printed (the lean path writes to descriptor 1 itself).
  console.log('---');
  for (const row of rows) {
    const text = row.text.replace(/\s+/g, ' ');
    console.log(`${row.runs > 0 ? "ran   " : "unused"} ${String(row.runs).padStart(5)} x${String(row.atLoad).padEnd(3)} ${row.module.padEnd(48)} ${text.slice(0, 90)}`);
  }
  const unused = rows.filter((row) => row.runs === 0);
  console.log(`built at load: ${rows.reduce((n, row) => n + row.atLoad, 0)} (${rows.length} sites), never run: ${unused.reduce((n, row) => n + row.atLoad, 0)} (${unused.length} sites)`);
  rmSync(dir, { recursive: true, force: true });
});
