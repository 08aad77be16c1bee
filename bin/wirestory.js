#!/usr/bin/env node
// Thin launcher: the command lives in the compiled bundle (built by `npm run build` / `prepare`).
import { main } from '../dist/cli.js';

main(process.argv.slice(2));
