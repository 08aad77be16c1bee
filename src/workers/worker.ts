/**
 * Worker entry (esbuild entry → dist/worker.cjs), for `convert` or `validate`: the kind is in its
 * start-up config. Conversion is src/batch/convert-task.ts; validation, src/validate/serve.ts,
 * is started only by validation workers. Built as one CommonJS file that bin/wirestory.js
 * compiles with V8's code cache in each worker (see ./worker-entry.ts), so a worker does not
 * compile the parser from source at every start.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serveConversion } from '../batch/convert-task.js';
import type { FromWorker, WorkerConfig } from './protocol.js';

const setup = workerData as WorkerConfig;
const control = new Int32Array(setup.control);
const port = parentPort!;

async function serve(): Promise<void> {
  if (setup.kind === 'validate') {
    const { serveValidation } = await import('../validate/serve.js');
    await serveValidation(setup, control, setup.index, port);
  } else await serveConversion(setup, control, setup.index, port);
}

serve().catch((error: unknown) => {
  port.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
});
