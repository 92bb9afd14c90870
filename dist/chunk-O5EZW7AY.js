import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/rules/sql/lib/analysed.ts
var analysed = /* @__PURE__ */ new WeakMap();
function recordSqlAnalysis(file, analysis) {
  analysed.set(file, analysis);
}
function sqlAnalysisOf(file) {
  return analysed.get(file);
}

export {
  recordSqlAnalysis,
  sqlAnalysisOf
};
