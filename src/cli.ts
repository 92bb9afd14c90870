#!/usr/bin/env node
import { enableCompileCache } from './compile-cache.js';

// Before the rest of the CLI is imported, so that its code is compiled through the cache.
enableCompileCache();
const { runCli } = await import('./cli/main.js');
const status = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
});
process.exitCode = status;
