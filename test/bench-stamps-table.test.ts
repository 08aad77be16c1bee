/**
 * The stamp benchmark's table (test/bench/stamps.tsv): a held-out row measures a line nobody tuned
 * on, so its text (case-folded) is no tuning row's and no other held-out row's (round-10 review:
 * `hace un día`, `Een uur geleden`, `Publicado há uma hora` twice were held out as well).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const table = fileURLToPath(new URL('./bench/stamps.tsv', import.meta.url));
const rows = readFileSync(table, 'utf8')
  .split('\n')
  .map((line, index) => ({ line, no: index + 1 }))
  .filter(({ line }) => line !== '' && !line.startsWith('#'))
  .map(({ line, no }) => {
    const [, heldout, , text] = line.split('\t');
    return { no, heldout: heldout !== '0', key: text!.toLowerCase() };
  });

describe('test/bench/stamps.tsv', () => {
  it('holds rows, some held out and some not', () => {
    expect(rows.filter((row) => row.heldout).length).toBeGreaterThan(100);
    expect(rows.filter((row) => !row.heldout).length).toBeGreaterThan(100);
  });

  it('holds out no line that a tuning row or an earlier held-out row already has', () => {
    const tuning = new Set(rows.filter((row) => !row.heldout).map((row) => row.key));
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (const row of rows.filter((row) => row.heldout)) {
      if (tuning.has(row.key) || seen.has(row.key)) repeated.push(`${row.no} ${row.key}`);
      seen.add(row.key);
    }
    expect(repeated).toEqual([]);
  });
});
