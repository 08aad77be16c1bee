#!/usr/bin/env node
// Writes src/cli/sha256-wasm.ts: the bytes of a small WebAssembly module that runs SHA-256's
// compression function (FIPS 180-4, 6.2.2) over whole 64-byte blocks, for src/cli/sha256-lean.ts.
// Assembled here from the instructions below (no toolchain needed); test/core/sha256.test.ts
// fails while the file is stale and compares every digest with node:crypto's.
//
//   node test/tools/sha256-wasm.mjs
//
// Memory layout (one 64 KiB page): the state H0..H7 at 0 (eight i32, little-endian as wasm
// stores them), the round constants K at 32 (64 i32, a data segment), the message schedule W at
// 288 (64 i32), the blocks to hash from INPUT (1024) on. Export `blocks(ptr, count)` hashes
// `count` blocks at `ptr` into the state; the caller sets the state and pads the message.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STATE = 0;
export const INPUT = 1024;
const K_AT = 32;
const W_AT = 288;

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/** Unsigned and signed LEB128. */
const u32 = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const s32 = (n) => {
  n |= 0;
  const out = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
};
const vec = (items) => [...u32(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...u32(bytes.length), ...bytes];
const name = (text) => vec([...Buffer.from(text, 'utf8')]);

// Instructions (the few the function needs).
const I32 = 0x7f;
const op = {
  get: (l) => [0x20, ...u32(l)],
  set: (l) => [0x21, ...u32(l)],
  tee: (l) => [0x22, ...u32(l)],
  const: (n) => [0x41, ...s32(n)],
  load: (offset = 0) => [0x28, 2, ...u32(offset)],
  load8: (offset = 0) => [0x2d, 0, ...u32(offset)],
  store: (offset = 0) => [0x36, 2, ...u32(offset)],
  add: [0x6a],
  sub: [0x6b],
  and: [0x71],
  or: [0x72],
  xor: [0x73],
  shl: [0x74],
  shrU: [0x76],
  rotr: [0x78],
  ltU: [0x49],
  ne: [0x47],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  brIf: (depth) => [0x0d, ...u32(depth)],
  end: [0x0b],
};

// Locals: params ptr (0), count (1); then a..h (2..9), i (10), t1 (11), t2 (12), x (13).
const [PTR, COUNT, A, B, C, D, E, F, G, H, IDX, T1, T2, X] = [...Array(14).keys()];
const VARS = [A, B, C, D, E, F, G, H];
const g = op.get;
const rotr = (local, bits) => [...g(local), ...op.const(bits), ...op.rotr];
const shr = (local, bits) => [...g(local), ...op.const(bits), ...op.shrU];
/** The address of W[i] (i in the local IDX) plus `offset` words, as an expression. */
const wAt = [...g(IDX), ...op.const(2), ...op.shl];

const body = [
  // while (count !== 0)
  ...op.block,
  ...op.loop,
  ...g(COUNT), ...op.const(0), 0x46 /* i32.eq */, ...op.brIf(1),
  // W[0..15]: the block's words, big-endian.
  ...op.const(0), ...op.set(IDX),
  ...op.loop,
  ...wAt,
  ...g(PTR), ...op.load8(0), ...op.const(24), ...op.shl,
  ...g(PTR), ...op.load8(1), ...op.const(16), ...op.shl, ...op.or,
  ...g(PTR), ...op.load8(2), ...op.const(8), ...op.shl, ...op.or,
  ...g(PTR), ...op.load8(3), ...op.or,
  ...op.store(W_AT),
  ...g(PTR), ...op.const(4), ...op.add, ...op.set(PTR),
  ...g(IDX), ...op.const(1), ...op.add, ...op.tee(IDX), ...op.const(16), ...op.ltU, ...op.brIf(0),
  ...op.end,
  // W[16..63]
  ...op.loop,
  ...wAt,
  // σ0(W[i-15])
  ...wAt, ...op.load(W_AT - 60), ...op.set(X),
  ...rotr(X, 7), ...rotr(X, 18), ...op.xor, ...shr(X, 3), ...op.xor,
  // + W[i-16] + W[i-7]
  ...wAt, ...op.load(W_AT - 64), ...op.add,
  ...wAt, ...op.load(W_AT - 28), ...op.add,
  // + σ1(W[i-2])
  ...wAt, ...op.load(W_AT - 8), ...op.set(X),
  ...rotr(X, 17), ...rotr(X, 19), ...op.xor, ...shr(X, 10), ...op.xor, ...op.add,
  ...op.store(W_AT),
  ...g(IDX), ...op.const(1), ...op.add, ...op.tee(IDX), ...op.const(64), ...op.ltU, ...op.brIf(0),
  ...op.end,
  // a..h = H0..H7
  ...VARS.flatMap((v, k) => [...op.const(0), ...op.load(STATE + 4 * k), ...op.set(v)]),
  // 64 rounds
  ...op.const(0), ...op.set(IDX),
  ...op.loop,
  // t1 = h + Σ1(e) + Ch(e, f, g) + K[i] + W[i]
  ...g(H),
  ...rotr(E, 6), ...rotr(E, 11), ...op.xor, ...rotr(E, 25), ...op.xor, ...op.add,
  ...g(E), ...g(F), ...op.and, ...g(E), ...op.const(-1), ...op.xor, ...g(G), ...op.and, ...op.xor, ...op.add,
  ...wAt, ...op.load(K_AT), ...op.add,
  ...wAt, ...op.load(W_AT), ...op.add,
  ...op.set(T1),
  // t2 = Σ0(a) + Maj(a, b, c)
  ...rotr(A, 2), ...rotr(A, 13), ...op.xor, ...rotr(A, 22), ...op.xor,
  ...g(A), ...g(B), ...op.and, ...g(A), ...g(C), ...op.and, ...op.xor, ...g(B), ...g(C), ...op.and, ...op.xor, ...op.add,
  ...op.set(T2),
  ...g(G), ...op.set(H),
  ...g(F), ...op.set(G),
  ...g(E), ...op.set(F),
  ...g(D), ...g(T1), ...op.add, ...op.set(E),
  ...g(C), ...op.set(D),
  ...g(B), ...op.set(C),
  ...g(A), ...op.set(B),
  ...g(T1), ...g(T2), ...op.add, ...op.set(A),
  ...g(IDX), ...op.const(1), ...op.add, ...op.tee(IDX), ...op.const(64), ...op.ltU, ...op.brIf(0),
  ...op.end,
  // H += a..h
  ...VARS.flatMap((v, k) => [...op.const(0), ...op.const(0), ...op.load(STATE + 4 * k), ...g(v), ...op.add, ...op.store(STATE + 4 * k)]),
  // count -= 1
  ...g(COUNT), ...op.const(1), ...op.sub, ...op.set(COUNT),
  0x0c, 0 /* br 0: next block */,
  ...op.end,
  ...op.end,
];

/**
 * The function, several times over (exports `blocks0` …): V8 compiles a function again with
 * TurboFan once it has run some 25 blocks, which costs more than a short story's whole hash, so
 * src/cli/sha256-lean.ts moves on to the next copy every 16 blocks.
 */
export const COPIES = [0, 1, 2, 3];
const locals = vec([[...u32(12), I32]]);
const code = [...locals, ...body, ...op.end];
const kBytes = K.flatMap((k) => [k & 0xff, (k >>> 8) & 0xff, (k >>> 16) & 0xff, k >>> 24]);

const module = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([[0x60, ...vec([I32, I32]), ...vec([])]])),
  ...section(3, vec(COPIES.map(() => u32(0)))),
  ...section(5, vec([[0x00, ...u32(1)]])),
  ...section(7, vec([[...name('memory'), 0x02, ...u32(0)], ...COPIES.map((k) => [...name(`blocks${k}`), 0x00, ...u32(k)])])),
  ...section(10, vec(COPIES.map(() => [...u32(code.length), ...code]))),
  ...section(11, vec([[0x00, ...op.const(K_AT), ...op.end, ...vec(kBytes)]])),
];

/** The generated file's text. */
export function source() {
  // Sixteen bytes a line, as numbers: an array literal costs V8 less to make than decoding base64.
  const lines = [];
  for (let at = 0; at < module.length; at += 16) lines.push(`  ${module.slice(at, at + 16).join(', ')},`);
  return `// Generated by test/tools/sha256-wasm.mjs: do not edit.
// SHA-256's compression function as a WebAssembly module (${module.length} bytes): see src/cli/sha256-lean.ts.
/** Where the state H0..H7 lies in the module's memory (eight 32-bit words, little-endian). */
export const STATE = ${STATE};
/** Where the blocks to hash are written in the module's memory. */
export const INPUT = ${INPUT};
/** How many copies of the function the module exports (\`blocks0\` …). */
export const COPIES = ${COPIES.length};
/** The module's bytes. */
export const MODULE = [
${lines.join('\n')}
];
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(fileURLToPath(new URL('../../src/cli/sha256-wasm.ts', import.meta.url)), source());
}
