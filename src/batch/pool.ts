/** The conversion pool behind `wirestory convert`: the shared worker pool (src/workers/) with the `convert` kind. */
import { statSync } from 'node:fs';
import { TaskPool } from '../workers/pool.js';
import type { ConvertConfig, Task, TaskResult } from '../workers/protocol.js';
import type { WorkerEntry } from '../workers/worker-entry.js';

export class WorkerPool extends TaskPool<Task, TaskResult> {
  constructor(entry: WorkerEntry, jobs: number, config: ConvertConfig, onResult: (result: TaskResult) => void, onFatal: (error: Error) => void) {
    super(entry, jobs, { config, name: 'conversion', cancelled, failed, size }, onResult, onFatal);
  }
}

function cancelled(task: Task): TaskResult {
  return { seq: task.seq, status: 'cancelled', warnings: 0, bytes: 0 };
}

function failed(task: Task, reason: string): TaskResult {
  return { seq: task.seq, status: 'failed', warnings: 0, bytes: 0, reason };
}

/** The input's size, so a few large files get more than one worker (an input that cannot be stat'ed counts as small: its worker says why). */
function size(task: Task): number {
  try {
    return statSync(task.path).size;
  } catch {
    return 0;
  }
}
