/**
 * Worker entry (esbuild entry → dist/worker.js), for `convert` or `validate`: the kind is in its
 * start-up config. Conversion is src/batch/convert-task.ts; validation, src/validate/serve.ts,
 * is loaded only by validation workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serveConversion } from '../batch/convert-task.js';
import type { FromWorker, WorkerConfig } from './protocol.js';

const setup = workerData as WorkerConfig;
const control = new Int32Array(setup.control);
const port = parentPort!;

try {
  if (setup.kind === 'validate') {
    const { serveValidation } = await import('../validate/serve.js');
    await serveValidation(setup, control, setup.index, port);
  } else await serveConversion(setup, control, setup.index, port);
} catch (error) {
  port.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
}
