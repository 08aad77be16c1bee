/**
 * Where the built worker is and how a worker thread starts it. The command is bundled with code
 * splitting, so this code may run from dist/cli.js or from a chunk in dist/chunks/, whose
 * `import.meta.url` differs: resolve against the dist root, never against "the current file".
 *
 * The worker (src/workers/worker.ts) is built as one CommonJS file, dist/worker.cjs, and a worker
 * thread runs it through bin/wirestory.js, which compiles it with V8's code cache as it does the
 * lean start (`loadPart`): an ES-module worker was compiled from source in every worker of every
 * run (0.1–0.2 s of CPU each). Without bin/ next to dist/, the file is required plainly.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What {@link TaskPool} hands `new Worker(source, { eval: true })`. */
export interface WorkerEntry {
  /** dist/worker.cjs. */
  file: string;
  /** The CommonJS line a worker thread runs. */
  source: string;
}

export function workerEntry(base: string | URL = import.meta.url): WorkerEntry {
  const here = new URL('.', base);
  const root = here.pathname.endsWith('/chunks/') ? new URL('..', here) : here;
  const candidates = [new URL('worker.cjs', root), new URL('worker.cjs', here), new URL('../worker.cjs', here)];
  const found = candidates.find((candidate) => existsSync(fileURLToPath(candidate)));
  if (!found) {
    throw new Error(`cannot find the conversion worker (looked for ${fileURLToPath(candidates[0]!)}); run \`npm run build\``);
  }
  const file = fileURLToPath(found);
  const launcher = fileURLToPath(new URL('../bin/wirestory.js', found));
  const source = existsSync(launcher)
    ? `require(${JSON.stringify(launcher)}).loadPart('worker.cjs');`
    : `require(${JSON.stringify(file)});`;
  return { file, source };
}
