/**
 * Field-by-field comparison of two JSON values (a golden and the current output), so a failure
 * names the field: `title`, `timestamp.iso`, `body[2]`, `removed[0].reason`.
 *
 * Objects are compared key by key, unless their shapes differ (most keys on one side only):
 * then the object is one change. Arrays of the same length are compared element by element. Arrays whose length changed are
 * aligned first (an LCS from the `diff` package), so one paragraph inserted at the top is
 * reported as one added `body[0]`, not as every paragraph below it being different.
 */
import { diffArrays } from 'diff';
import type { FieldChange } from './types.js';

/** Deep equality of JSON values (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]));
}

/** `a.b`, `a[2]`, `a["odd key"]`: a path a reader can paste into jq (with a leading dot). */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

/**
 * The differences between `expected` and `actual`, in document order. A field only in the
 * golden has `actual: undefined`; a field only in the output has `expected: undefined`.
 */
export function compareJson(expected: unknown, actual: unknown, path = ''): FieldChange[] {
  const out: FieldChange[] = [];
  walk(expected, actual, path, out);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Two objects of different shapes (most fields on one side only: a golden from another schema
 * version, a timestamp object against a date string's object) are reported as one change,
 * not as a list of every field.
 */
function differentShapes(expected: Record<string, unknown>, actual: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  let oneSided = 0;
  for (const key of keys) if (!Object.hasOwn(expected, key) || !Object.hasOwn(actual, key)) oneSided++;
  return oneSided > 2 && oneSided * 2 > keys.size;
}

function walk(expected: unknown, actual: unknown, path: string, out: FieldChange[]): void {
  if (jsonEqual(expected, actual)) return;
  if (isRecord(expected) && isRecord(actual)) {
    if (differentShapes(expected, actual)) {
      out.push({ path, expected, actual });
      return;
    }
    for (const key of Object.keys(expected)) {
      const at = joinPath(path, key);
      if (Object.hasOwn(actual, key)) walk(expected[key], actual[key], at, out);
      else out.push({ path: at, expected: expected[key], actual: undefined });
    }
    for (const key of Object.keys(actual)) {
      if (!Object.hasOwn(expected, key)) out.push({ path: joinPath(path, key), expected: undefined, actual: actual[key] });
    }
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length === actual.length) {
      expected.forEach((item, index) => walk(item, actual[index], joinPath(path, index), out));
    } else {
      alignArrays(expected, actual, path, out);
    }
    return;
  }
  out.push({ path, expected, actual });
}

/**
 * Arrays of different lengths: align equal elements, then pair what was removed with what was
 * added at the same place (a changed element) and report the rest as removed or added.
 * Paths of paired and added elements use the index in the current output; removed ones the
 * index in the golden.
 */
function alignArrays(expected: unknown[], actual: unknown[], path: string, out: FieldChange[]): void {
  const changes = diffArrays(expected, actual, { comparator: jsonEqual });
  let e = 0;
  let a = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      e += change.count;
      a += change.count;
      continue;
    }
    const next = changes[i + 1];
    const removedCount = change.removed ? change.count : next?.removed ? next.count : 0;
    const addedCount = change.added ? change.count : next?.added ? next.count : 0;
    if (next && (next.added || next.removed) && next.added !== change.added) i++;
    const paired = Math.min(removedCount, addedCount);
    for (let k = 0; k < paired; k++) walk(expected[e + k], actual[a + k], joinPath(path, a + k), out);
    for (let k = paired; k < removedCount; k++) {
      out.push({ path: joinPath(path, e + k), expected: expected[e + k], actual: undefined });
    }
    for (let k = paired; k < addedCount; k++) {
      out.push({ path: joinPath(path, a + k), expected: undefined, actual: actual[a + k] });
    }
    e += removedCount;
    a += addedCount;
  }
}
