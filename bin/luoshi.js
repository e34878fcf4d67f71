#!/usr/bin/env node
// Thin launcher: the CLI is `run(argv) → exit code` (src/cli), built to dist/ by `npm install`.
import { run } from '../dist/cli/index.js';

process.exitCode = await run(process.argv.slice(2));
