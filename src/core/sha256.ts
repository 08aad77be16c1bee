/**
 * The SHA-256 of an input, in lower-case hex (`source.sha256`). The lean start of the command
 * line (dist/fast.cjs) is built with src/cli/sha256-lean.ts in place of this file (see
 * `leanParts` in test/tools/build-options.mjs), which hashes a one-story run's story without
 * loading `node:crypto`; every other build uses this.
 */
import { hash } from 'node:crypto';

export function sha256Hex(data: Uint8Array): string {
  return hash('sha256', data, 'hex');
}
