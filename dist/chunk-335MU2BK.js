import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  GitInputError
} from "./chunk-J6GTIO5W.js";

// src/cli/git-exec.ts
import { execFileSync } from "node:child_process";
function runGit(repo, args, failure, env = process.env) {
  try {
    return execFileSync("git", args, { cwd: repo, env: { ...env, LC_ALL: "C" }, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const stderr = String(error.stderr ?? "").split("\n")[0] ?? "";
    throw new GitInputError(failure(stderr.replace(/^(fatal|error): /, "")));
  }
}
var notARepository = (repo) => () => `not a git repository: ${repo}`;

export {
  runGit,
  notARepository
};
