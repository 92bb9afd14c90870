import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  notARepository,
  runGit
} from "./chunk-335MU2BK.js";
import "./chunk-J6GTIO5W.js";
import "./chunk-ZHGBYMEX.js";

// src/cli/git-hook.ts
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
var MARKER = "# two-key pre-commit hook";
var PRE_COMMIT_HOOK = `#!/bin/sh
${MARKER} (written by \`two-key hook-git install\`; remove this file to uninstall)
if command -v two-key >/dev/null 2>&1; then
  exec two-key check --staged
fi
exec npx --no-install two-key check --staged
`;
function hooksDir(repo) {
  const dir = runGit(repo, ["rev-parse", "--git-path", "hooks"], notARepository(repo)).trim();
  return isAbsolute(dir) ? dir : join(repo, dir);
}
function installPreCommitHook(repo) {
  const path = join(hooksDir(repo), "pre-commit");
  if (existsSync(path)) {
    const current = readFileSync(path, "utf8");
    if (current === PRE_COMMIT_HOOK) return { status: "unchanged", path };
    if (!current.includes(MARKER)) return { status: "foreign", path };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, PRE_COMMIT_HOOK);
  chmodSync(path, 493);
  return { status: "written", path };
}
export {
  PRE_COMMIT_HOOK,
  installPreCommitHook
};
