/** The conversion pool behind `wirestory convert`: the shared worker pool (src/workers/) with the `convert` kind. */
import { TaskPool } from '../workers/pool.js';
import type { ConvertConfig, Task, TaskResult } from '../workers/protocol.js';
import type { WorkerEntry } from '../workers/worker-entry.js';

export class WorkerPool extends TaskPool<Task, TaskResult> {
  constructor(entry: WorkerEntry, jobs: number, config: ConvertConfig, onResult: (result: TaskResult) => void, onFatal: (error: Error) => void) {
    super(entry, jobs, { config, name: 'conversion', cancelled, failed }, onResult, onFatal);
  }
}

function cancelled(task: Task): TaskResult {
  return { seq: task.seq, status: 'cancelled', warnings: 0, bytes: 0 };
}

function failed(task: Task, reason: string): TaskResult {
  return { seq: task.seq, status: 'failed', warnings: 0, bytes: 0, reason };
}
