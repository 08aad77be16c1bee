/**
 * Large fixture sets on several cores: fixtures go to validation workers, the worker pool
 * `convert` uses (src/workers/pool.ts) with the `validate` kind. A worker checks a fixture
 * ({@link checkFixture}: read, parse, rules, golden compare) and sends back its result and, with
 * `update`, the golden to write. Results arrive in any order and are handed over with the
 * fixture's index, so the caller keeps the sorted order; the caller writes the goldens.
 */
import { TaskPool } from '../workers/pool.js';
import type { ValidateTask, ValidateTaskResult } from '../workers/protocol.js';
import type { WorkerEntry } from '../workers/worker-entry.js';
import { uncheckedOutcome, type FixtureOutcome } from './fixture.js';
import type { Fixture, ValidateOptions } from './types.js';

/** Fixtures in flight per worker: enough to keep it busy between messages (sent 16 at a time). */
const IN_FLIGHT_PER_WORKER = 64;

/**
 * Checks `fixtures` on `workers` threads running the worker at `entry`; calls `take` once
 * per fixture, on the main thread. Rejects only if the workers cannot run at all.
 */
export function checkInWorkers(
  entry: WorkerEntry,
  workers: number,
  fixtures: readonly Fixture[],
  options: ValidateOptions,
  take: (index: number, outcome: FixtureOutcome) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let fatal = false;
    const limit = workers * IN_FLIGHT_PER_WORKER;
    const pool = new TaskPool<ValidateTask, ValidateTaskResult>(
      entry,
      workers,
      {
        config: { kind: 'validate', options },
        name: 'validation',
        cancelled: (task) => ({ seq: task.seq, outcome: uncheckedOutcome(task.fixture, 'cancelled before it was checked') }),
        failed: (task, reason) => ({ seq: task.seq, outcome: uncheckedOutcome(task.fixture, reason) }),
      },
      (result) => {
        if (fatal) return;
        take(result.seq, result.outcome);
        done++;
        if (done === fixtures.length) pool.close().then(resolve, reject);
        else feed();
      },
      (error) => {
        if (fatal) return;
        fatal = true;
        void pool.terminate().then(() => reject(error));
      },
    );
    const feed = () => {
      while (!fatal && next < fixtures.length && next - done < limit) {
        const seq = next++;
        pool.submit({ seq, fixture: fixtures[seq]! });
      }
    };
    feed();
  });
}
