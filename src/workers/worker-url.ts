/**
 * Where the built worker script is. The command is bundled with code splitting, so this code
 * may run from dist/cli.js or from a chunk in dist/chunks/, whose `import.meta.url` differs:
 * resolve against the dist root, never against "the current file".
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerUrl(base: string | URL = import.meta.url): URL {
  const here = new URL('.', base);
  const root = here.pathname.endsWith('/chunks/') ? new URL('..', here) : here;
  const candidates = [new URL('worker.js', root), new URL('worker.js', here), new URL('../worker.js', here)];
  const found = candidates.find((candidate) => existsSync(fileURLToPath(candidate)));
  if (!found) {
    throw new Error(`cannot find the conversion worker (looked for ${fileURLToPath(candidates[0]!)}); run \`npm run build\``);
  }
  return found;
}
