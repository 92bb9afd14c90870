import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  GRANT_TTL_MS,
  grant,
  readPending,
  stateDirOf
} from "./chunk-GMPJ3CLL.js";
import "./chunk-ZHGBYMEX.js";

// src/cli/approve.ts
function approve(id, io, run) {
  if (!run.interactive) {
    io.stderr("two-key: approve must be run by a person in a terminal (stdin and stdout are not a TTY)\n");
    return 2;
  }
  const pending = readPending(run.stateDir, id.toUpperCase(), run.now);
  if (!pending) {
    io.stderr(`two-key: no pending approval ${id} (unknown, expired, already used, or its record was altered)
`);
    return 1;
  }
  grant(run.stateDir, pending, run.now);
  io.stdout(
    [
      `Approved ${pending.id} for ${pending.agent} in ${pending.cwd}:`,
      `  ${pending.summary}`,
      ...pending.reasons.map((r) => `  ${r}`),
      `The identical action may run once in the next ${GRANT_TTL_MS / 6e4} minutes; ask the agent to retry it.`,
      ""
    ].join("\n")
  );
  return 0;
}
function approveCli(id, io) {
  return approve(id, io, {
    stateDir: stateDirOf(process.env),
    now: Date.now(),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY)
  });
}
export {
  approve,
  approveCli
};
