/**
 * Where `convert` writes: a folder mirrored per file (json, md), or one NDJSON stream (stdout,
 * or a file written through a temporary and renamed into place only when the run completes).
 * An output that is also an input is refused before anything is read, and the output is kept
 * out of the walk.
 */
import { rmdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { describeWriteError, UsageError } from '../errors.js';
import { makeFolders, openOutputStream, type OutputStream } from '../files/atomic-write.js';
import type { BatchFormat } from './output.js';
import { refuseFileOutputAmongInputs, refuseFolderOutputAmongInputs } from './overlap.js';

export interface OutputSink {
  /** The output folder (json, md); null for NDJSON. */
  outDir: string | null;
  /** The NDJSON stream, and its file when it is not stdout; null for json and md. */
  ndjson: { stream: Writable; file: OutputStream | null } | null;
  /** What the walk must leave out: the output folder (`dev:ino`), the NDJSON file. */
  excludeDirs: Set<string>;
  excludeFiles: Set<string>;
  /** Folders this run created for `--out`, outermost first: removed again if nothing is converted. */
  createdFolders: string[];
}

export interface SinkRequest {
  /** `--out` as given. */
  out: string;
  format: BatchFormat;
  inputs: readonly string[];
  cwd: string;
  extensions: readonly string[];
  hidden: boolean;
  /** Called once if the NDJSON output is a named pipe that nobody reads yet (the run waits for a reader). */
  waiting?: () => void;
}

export async function openOutputSink(request: SinkRequest, stdout: Writable): Promise<OutputSink> {
  const { out, inputs, cwd } = request;
  const sink: OutputSink = { outDir: null, ndjson: null, excludeDirs: new Set(), excludeFiles: new Set(), createdFolders: [] };
  if (request.format === 'ndjson') {
    if (out === '-') {
      sink.ndjson = { stream: stdout, file: null };
      return sink;
    }
    const target = resolve(cwd, out);
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) throw new UsageError(`--out ${out} is a folder; --format ndjson writes one file (or \`-\` for stdout)`);
    await refuseFileOutputAmongInputs(out, target, inputs, cwd, request.extensions, request.hidden);
    let file: OutputStream;
    try {
      sink.createdFolders = makeFolders(dirname(target));
      file = await openOutputStream(target, request.waiting);
    } catch (error) {
      throw new UsageError(`cannot write --out ${out}: ${describeWriteError(error)}`);
    }
    sink.ndjson = { stream: file.stream, file };
    sink.excludeFiles.add(target);
    return sink;
  }
  if (out === '-') throw new UsageError('--out - (stdout) needs --format ndjson; json and md write one file per input into a folder');
  sink.outDir = resolve(cwd, out);
  try {
    sink.createdFolders = makeFolders(sink.outDir);
    const info = await stat(sink.outDir);
    if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    sink.excludeDirs.add(`${info.dev}:${info.ino}`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(
      code === 'ENOTDIR' || code === 'EEXIST'
        ? `--out ${out} is a file; json and md outputs go into a folder (use --format ndjson for one file)`
        : `cannot create output folder ${out}: ${describeWriteError(error)}`,
    );
  }
  await refuseFolderOutputAmongInputs(out, sink.outDir, inputs, cwd);
  return sink;
}

/**
 * Ends the NDJSON file: renamed into place when the run completed (`keep`), removed when it was
 * interrupted or failed. Returns the error that kept a completed file from its place, if any.
 */
export async function closeOutputSink(sink: OutputSink, keep: boolean): Promise<{ error: unknown } | null> {
  const file = sink.ndjson?.file;
  if (!file) return null;
  const { stream } = file;
  await new Promise<void>((done) => {
    if (stream.destroyed) return done();
    stream.once('error', () => done());
    stream.end(() => done());
  });
  if (!keep || stream.errored) {
    file.abort();
    return null;
  }
  try {
    file.commit();
    return null;
  } catch (error) {
    return { error };
  }
}

/** A run that found nothing to convert leaves no trace: the folders it made for `--out` go (if still empty). */
export function removeCreatedFolders(sink: OutputSink): void {
  for (const folder of [...sink.createdFolders].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
  }
}
