// Moved to src/errors.ts; this path stays for the batch modules that still import it.
export { describeWriteError } from '../errors.js';
