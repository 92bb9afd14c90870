#!/usr/bin/env node
import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import "./chunk-ZHGBYMEX.js";

// src/compile-cache.ts
import { lstatSync, mkdirSync } from "node:fs";
import nodeModule from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
function enableCompileCache(env = process.env) {
  const enable = nodeModule.enableCompileCache;
  if (!enable || env["CI"] || env["GITHUB_ACTIONS"] || env["TWO_KEY_NO_COMPILE_CACHE"]) return;
  const directory = privateDirectory(join(tmpdir(), `two-key-compile-cache-${process.getuid?.() ?? "user"}`));
  if (directory) enable(directory);
}
function privateDirectory(path) {
  try {
    mkdirSync(path, { recursive: true, mode: 448 });
    const stat = lstatSync(path);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || (stat.mode & 63) !== 0) return void 0;
    return path;
  } catch {
    return void 0;
  }
}

// src/cli.ts
enableCompileCache();
var { runCli } = await import("./chunk-MJYBONMI.js");
var status = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY)
});
process.exitCode = status;
