import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/policy/errors.ts
function formatProblem(p) {
  return `${p.file}:${p.line}:${p.column}: ${p.reason}`;
}
var PolicyError = class extends Error {
  name = "PolicyError";
  file;
  line;
  column;
  problems;
  constructor(problems) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    const first = sorted[0] ?? { file: "<policy>", line: 1, column: 1, reason: "invalid policy" };
    super(sorted.length > 0 ? sorted.map(formatProblem).join("\n") : formatProblem(first));
    this.file = first.file;
    this.line = first.line;
    this.column = first.column;
    this.problems = sorted.length > 0 ? sorted : [first];
  }
};

export {
  PolicyError
};
