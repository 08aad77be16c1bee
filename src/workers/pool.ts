/**
 * A fixed pool of workers (dist/worker.cjs, from ./worker.ts, started as ./worker-entry.ts says), for one kind of work: `convert` or
 * `validate`.
 * Workers are started as needed, one first, up to the `jobs` given (see `submit`).
 * Tasks go to the least busy worker in small batches (one message per batch, not per task);
 * results come back in batches too. The caller bounds how many tasks are in flight; the pool
 * only spreads them.
 *
 * Stopping: `stop()` raises the shared flag, so workers answer `cancelled` for tasks they have
 * not started. `terminate()` kills the threads at once.
 */
import { Worker } from 'node:worker_threads';
import type { ConvertConfig, FromWorker, Sequenced, ToWorker, ValidateConfig, WorkerConfig } from './protocol.js';
import type { WorkerEntry } from './worker-entry.js';

/** One kind of work: the workers' set-up, and the answers the pool makes itself for a task. */
export interface TaskKind<T extends Sequenced, R extends Sequenced> {
  config: ConvertConfig | ValidateConfig;
  /** For messages: `conversion`, `validation`. */
  name: string;
  /** The answer for a task that was not started because the pool was stopped. */
  cancelled(task: T): R;
  /** The answer for a task whose worker was lost (`reason` says why). */
  failed(task: T, reason: string): R;
  /**
   * How much work a task is, in input bytes (convert: its file's size), asked only while the
   * pool has fewer workers than it may start; absent or 0: the task counts as small.
   */
  size?(task: T): number;
}

interface Slot<T> {
  worker: Worker;
  /** Tasks sent or queued and not answered, by sequence number. */
  outstanding: Map<number, T>;
  /** Input bytes of the outstanding tasks that were sized (see `TaskKind.size`), by sequence number. */
  sizes: Map<number, number>;
  /** Their sum. */
  bytes: number;
  outbox: T[];
  exited: boolean;
}

/** Tasks per message: large enough to make messaging cheap, small enough to spread work. */
const BATCH = 16;

/**
 * Input bytes that, held by every started worker, are worth another thread: about 0.1 s of
 * parsing (~4 MB/s a thread on a 2 MB story), as much CPU as Node takes to start a worker.
 */
const LARGE = 512 * 1024;

export class TaskPool<T extends Sequenced, R extends Sequenced> {
  readonly #entry: WorkerEntry;
  readonly #kind: TaskKind<T, R>;
  /** Most workers at once. */
  readonly #jobs: number;
  readonly #shared: SharedArrayBuffer;
  readonly #control: Int32Array;
  readonly #slots: Slot<T>[] = [];
  readonly #onResult: (result: R) => void;
  readonly #onFatal: (error: Error) => void;
  #flushScheduled = false;
  #respawns = 0;

  /**
   * Starts one worker at once (Node takes a while to start a thread, so it is ready when the
   * first files come); the others, up to `jobs`, as the work needs them (see `submit`).
   */
  constructor(entry: WorkerEntry, jobs: number, kind: TaskKind<T, R>, onResult: (result: R) => void, onFatal: (error: Error) => void) {
    this.#entry = entry;
    this.#kind = kind;
    this.#jobs = jobs;
    this.#shared = new SharedArrayBuffer(4 * (jobs + 1));
    this.#control = new Int32Array(this.#shared);
    this.#onResult = onResult;
    this.#onFatal = onFatal;
    if (jobs > 0) this.#slots.push(this.#spawn(0));
  }

  submit(task: T): void {
    let best: Slot<T> | undefined;
    for (const slot of this.#slots) {
      if (!slot.exited && (!best || slot.outstanding.size < best.outstanding.size)) best = slot;
    }
    // Another worker once each started one holds a whole batch, or inputs of LARGE bytes or
    // more: a run of a few small files starts one thread, not one per core (each costs ~0.1 s of
    // CPU to start, measured in test/bench/HISTORY.md "Batch conversion"); a run of a few large files, or a
    // larger run after its first batch, has them all. Sizes are asked only while the pool grows.
    const growing = this.#slots.length < this.#jobs && this.#respawns <= 8;
    const size = growing ? (this.#kind.size?.(task) ?? 0) : 0;
    if (growing && (!best || best.outstanding.size >= BATCH || best.bytes >= LARGE)) {
      best = this.#spawn(this.#slots.length);
      this.#slots.push(best);
    }
    if (!best) {
      this.#onResult(this.#kind.failed(task, 'internal error: no worker left'));
      return;
    }
    best.outstanding.set(task.seq, task);
    if (size > 0) {
      best.sizes.set(task.seq, size);
      best.bytes += size;
    }
    best.outbox.push(task);
    if (best.outbox.length >= BATCH) this.#send(best);
    else if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(() => {
        this.#flushScheduled = false;
        for (const slot of this.#slots) this.#send(slot);
      });
    }
  }

  /** Workers take no new task; the ones they hold come back `cancelled`. */
  stop(): void {
    Atomics.store(this.#control, 0, 1);
    for (const slot of this.#slots) {
      for (const task of slot.outbox) this.#answer(slot, this.#kind.cancelled(task));
      slot.outbox = [];
    }
  }

  /** Lets the workers finish and exit. */
  async close(): Promise<void> {
    await Promise.all(
      this.#slots.map(
        (slot) =>
          new Promise<void>((resolve) => {
            if (slot.exited) return resolve();
            this.#send(slot);
            slot.worker.once('exit', () => resolve());
            slot.worker.postMessage({ type: 'close' } satisfies ToWorker<T>);
          }),
      ),
    );
  }

  /** Kills the workers now; tasks in flight come back `cancelled` (workers write nothing). */
  async terminate(): Promise<void> {
    this.stop();
    await Promise.all(
      this.#slots.map(async (slot) => {
        if (slot.exited) return;
        slot.exited = true;
        await slot.worker.terminate();
        for (const pending of [...slot.outstanding.values()]) this.#answer(slot, this.#kind.cancelled(pending));
      }),
    );
  }

  #send(slot: Slot<T>): void {
    if (slot.outbox.length === 0 || slot.exited) return;
    const tasks = slot.outbox;
    slot.outbox = [];
    slot.worker.postMessage({ type: 'tasks', tasks } satisfies ToWorker<T>);
  }

  #answer(slot: Slot<T>, result: R): void {
    if (!slot.outstanding.delete(result.seq)) return;
    const size = slot.sizes.get(result.seq);
    if (size !== undefined) {
      slot.sizes.delete(result.seq);
      slot.bytes -= size;
    }
    this.#onResult(result);
  }

  #spawn(index: number): Slot<T> {
    Atomics.store(this.#control, 1 + index, -1);
    const worker = new Worker(this.#entry.source, {
      eval: true,
      workerData: { ...this.#kind.config, index, control: this.#shared } satisfies WorkerConfig,
      stdout: false,
      stderr: false,
      // A small young generation: each file's garbage is short-lived, and the default semi-spaces
      // cost ~25 MiB of RSS per worker for nothing (measured: 134 → 109 MiB peak on 30,000 files).
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    const slot: Slot<T> = { worker, outstanding: new Map(), sizes: new Map(), bytes: 0, outbox: [], exited: false };
    worker.on('message', (message: FromWorker<R>) => {
      if (message.type === 'results') for (const result of message.results) this.#answer(slot, result);
      else this.#onFatal(new Error(`${this.#kind.name} worker failed to start: ${message.message}`));
    });
    const lost = (why: string) => {
      if (slot.exited) return;
      slot.exited = true;
      // The task the worker was on fails; the ones it had not started go to the others.
      const current = Atomics.load(this.#control, 1 + index);
      const pending = [...slot.outstanding.values()];
      slot.outstanding.clear();
      slot.sizes.clear();
      slot.bytes = 0;
      slot.outbox = [];
      if (Atomics.load(this.#control, 0) !== 0) {
        for (const task of pending) this.#onResult(this.#kind.cancelled(task));
        return;
      }
      if (this.#respawns++ < 8) this.#slots[index] = this.#spawn(index);
      for (const task of pending) {
        if (task.seq === current || this.#respawns > 8) {
          this.#onResult(this.#kind.failed(task, `internal error: ${why} (please report it)`));
        } else this.submit(task);
      }
      if (this.#slots.every((other) => other.exited)) this.#onFatal(new Error(`${this.#kind.name} workers keep failing: ${why}`));
    };
    worker.on('error', (error) => lost(`worker crashed: ${error.message}`));
    worker.on('exit', (code) => {
      if (slot.outstanding.size > 0 || code !== 0) lost(`worker exited with code ${code}`);
      slot.exited = true;
    });
    return slot;
  }
}
