/**
 * `sha256Hex` for the lean start (dist/fast.cjs is built with this file in place of
 * src/core/sha256.ts): the first story of a run, up to {@link WASM_MAX} bytes, is hashed
 * without `node:crypto`. Loading that module (and the stream modules it loads) was the largest
 * single part of a one-story run's start, about 8M instructions. The compression function runs
 * in a small WebAssembly module (src/cli/sha256-wasm.ts, written by `node
 * test/tools/sha256-wasm.mjs`), compiled on the first hash. Every later story, a longer one, and a
 * runtime without WebAssembly (`node --jitless`) use `node:crypto`, loaded then: it hashes many
 * times faster once loaded, so a run of many files pays for it once. test/sha256-lean.test.ts
 * compares the module's digests with node:crypto's.
 */
import { COPIES, INPUT, MODULE, STATE } from './sha256-wasm.js';

/** The initial hash value (FIPS 180-4, 5.3.3). */
const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
/** Bytes handed to the module at a time: whole blocks that fit in its one page past {@link INPUT}. */
const CHUNK = 32 * 1024;

/**
 * Blocks one copy of the compression function hashes before the next copy takes over. V8 runs
 * a WebAssembly function first as Liftoff's quick code and, once it has run a while (some 25
 * blocks), compiles it again with TurboFan, about 3.8M instructions on a helper thread: more than
 * the rest of a short story's hash. The module holds the function {@link COPIES} times, each with
 * a count of its own, so a story under 4 KB is hashed by Liftoff's code alone; past that the
 * copies are compiled by TurboFan in turn, as a long input is worth it.
 */
const BLOCKS_PER_COPY = 16;

interface Compressor {
  /** The module's memory, as bytes. */
  bytes: Uint8Array;
  view: DataView;
  /** The copies of `blocks(at, count)`. */
  copies: ((at: number, count: number) => void)[];
}

let compressor: Compressor | null | undefined;

/** What this file uses of the WebAssembly global (absent under `node --jitless`; the project's TypeScript libraries do not declare it). */
declare const WebAssembly: {
  Module: new (code: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> & { memory: { buffer: ArrayBuffer } } };
};

function instantiate(): Compressor | null {
  if (typeof WebAssembly !== 'object') return null;
  try {
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(MODULE)), {});
    const { buffer } = exports.memory;
    const copies = Array.from({ length: COPIES }, (_, k) => exports[`blocks${k}`] as Compressor['copies'][number]);
    return { bytes: new Uint8Array(buffer), view: new DataView(buffer), copies };
  } catch {
    // A runtime that has WebAssembly but will not compile it here (a policy, too little address space).
    return null;
  }
}

/** The message's last block or two: its tail after the whole blocks, `0x80`, zeros, its length in bits. */
function padding(data: Uint8Array, whole: number): Uint8Array {
  const rest = data.length - whole;
  const last = new Uint8Array(rest < 56 ? 64 : 128);
  last.set(data.subarray(whole));
  last[rest] = 0x80;
  const view = new DataView(last.buffer);
  view.setUint32(last.length - 8, Math.floor(data.length / 0x20000000));
  view.setUint32(last.length - 4, (data.length * 8) >>> 0);
  return last;
}

function hex(word: (k: number) => number): string {
  let out = '';
  for (let k = 0; k < 8; k++) out += word(k).toString(16).padStart(8, '0');
  return out;
}

/** The longest story hashed by the WebAssembly module: as many blocks as its copies take before V8 compiles one again. */
export const WASM_MAX = COPIES * BLOCKS_PER_COPY * 64 - 128;

let hashes = 0;
let cryptoHash: ((algorithm: string, data: Uint8Array, encoding: 'hex') => string) | undefined;
let loading: <T>(make: () => T) => T = (make) => make();

/**
 * How node:crypto is to be loaded when it is needed: bin/wirestory.js parses under a V8 flag of
 * its own, under which V8 rejects Node's cache of its own modules (compiling crypto and its
 * modules from source cost a story over 4 KB 20M instructions), so the lean start hands over the
 * `outside` it is given (src/cli/fast.ts).
 */
export function loadCryptoWith(outside: <T>(make: () => T) => T): void {
  loading = outside;
}

/** SHA-256 of `data`, hex. */
export function sha256Hex(data: Uint8Array): string {
  if (hashes++ === 0 && data.length <= WASM_MAX) {
    const hex = sha256Wasm(data);
    if (hex !== null) return hex;
  }
  cryptoHash ??= loading(() => process.getBuiltinModule('node:crypto')).hash;
  return cryptoHash('sha256', data, 'hex');
}

/** SHA-256 of `data` by the WebAssembly module, hex, or null where it cannot be compiled. */
export function sha256Wasm(data: Uint8Array): string | null {
  if (compressor === undefined) compressor = instantiate();
  return compressor === null ? null : hashWith(compressor, data);
}

function hashWith({ bytes, view, copies }: Compressor, data: Uint8Array): string {
  for (let k = 0; k < 8; k++) view.setUint32(STATE + 4 * k, IV[k]!, true);
  const whole = data.length - (data.length % 64);
  const last = padding(data, whole);
  const total = whole + last.length;
  let run = 0;
  for (let at = 0; at < total; at += CHUNK) {
    const end = Math.min(at + CHUNK, total);
    if (end <= whole) bytes.set(data.subarray(at, end), INPUT);
    else {
      bytes.set(data.subarray(at, whole), INPUT);
      bytes.set(last, INPUT + whole - at);
    }
    const count = (end - at) / 64;
    for (let block = 0; block < count; block += BLOCKS_PER_COPY, run++) {
      copies[run % copies.length]!(INPUT + block * 64, Math.min(BLOCKS_PER_COPY, count - block));
    }
  }
  return hex((k) => view.getUint32(STATE + 4 * k, true));
}
