/**
 * Validation in a worker (src/workers/worker.ts): runs {@link checkFixture} on each fixture
 * (read, parse, rules, golden compare) and sends back its result and, with `update`, the golden
 * to write: the main thread writes. Loaded only by validation workers.
 */
import type { MessagePort } from 'node:worker_threads';
import type { FromWorker, ToWorker, ValidateConfig, ValidateTask, ValidateTaskResult } from '../workers/protocol.js';
import { checkFixture, uncheckedOutcome } from './fixture.js';

export async function serveValidation({ options }: ValidateConfig, control: Int32Array, index: number, port: MessagePort): Promise<void> {
    if (options.format === 'md') await import('../render/markdown.js');
  // validateFixture is async (it may load the Markdown renderer): batches are checked one after
  // the other, one fixture at a time, so `control` always names the fixture being checked.
  let queue = Promise.resolve();
  port.on('message', (message: ToWorker<ValidateTask>) => {
    if (message.type === 'close') {
      void queue.then(() => port.close());
      return;
    }
    queue = queue.then(async () => {
      const results: ValidateTaskResult[] = [];
      for (const task of message.tasks) {
        if (Atomics.load(control, 0) !== 0) {
          results.push({ seq: task.seq, outcome: uncheckedOutcome(task.fixture, 'cancelled before it was checked') });
          continue;
        }
        Atomics.store(control, 1 + index, task.seq);
        results.push({ seq: task.seq, outcome: await checkFixture(task.fixture, options) });
        Atomics.store(control, 1 + index, -1);
      }
      port.postMessage({ type: 'results', results } satisfies FromWorker<ValidateTaskResult>);
    });
  });
}
