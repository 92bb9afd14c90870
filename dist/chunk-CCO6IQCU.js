import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  resolveTerragrunt
} from "./chunk-XQKURTTO.js";
import {
  isTerragruntConfig,
  isTerragruntFile
} from "./chunk-3DOHBPV7.js";
import {
  loadGrammar
} from "./chunk-BG6M7MHB.js";

// src/engine/terragrunt-files.ts
var MAX_UNITS = 60;
var TERRAGRUNT_ROUNDS = 4;
var MODULE_FILE = /\.(tf|tofu|tfvars)$/i;
var dirOf = (path) => path.slice(0, Math.max(0, path.lastIndexOf("/")));
function terragruntWanted(files, known, tree) {
  const texts = new Map(known.map((k) => [k.path, k.text]));
  const changed = files.filter((f) => f.headText !== void 0 && isTerragruntConfig(f.path, f.headText));
  if (changed.length === 0) return [];
  for (const f of files) if (f.headText !== void 0) texts.set(f.path, f.headText);
  const units = /* @__PURE__ */ new Set();
  for (const file of changed) {
    if (isTerragruntFile(file.path)) units.add(file.path);
    if (isTerragruntFile(file.path) && /^include\b/m.test(file.headText)) continue;
    const around = dirOf(dirOf(file.path));
    const candidates = tree.under(around).filter((p) => p !== file.path && isTerragruntFile(p)).sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b)).slice(0, MAX_UNITS);
    for (const p of candidates) units.add(p);
  }
  const wanted = /* @__PURE__ */ new Set();
  const want = (p) => {
    if (!texts.has(p) && tree.has(p)) wanted.add(p);
  };
  for (const unit of units) {
    if (!texts.has(unit)) {
      want(unit);
      continue;
    }
    const resolved = resolveTerragrunt(unit, (p) => texts.get(p));
    if (!resolved) continue;
    for (const p of resolved.asked) want(p);
    const fed = changed.some((f) => resolved.files.has(f.path));
    if (fed && resolved.moduleDir !== void 0) {
      for (const p of tree.under(resolved.moduleDir))
        if (MODULE_FILE.test(p) && dirOf(p) === resolved.moduleDir) want(p);
    }
  }
  return [...wanted];
}
function treeIndexOf(paths) {
  const sorted = [...paths].sort();
  const all = new Set(sorted);
  return {
    has: (p) => all.has(p),
    under(dir) {
      const prefix = dir === "" ? "" : `${dir.replace(/\/+$/, "")}/`;
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (sorted[mid] < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out = [];
      for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) out.push(sorted[i]);
      return out;
    }
  };
}
async function readTerragruntFiles(files, known, tree, read, room) {
  if (!files.some((f) => f.headText !== void 0 && isTerragruntConfig(f.path, f.headText))) return [];
  await loadGrammar("hcl");
  const found = [];
  for (let round = 0; round < TERRAGRUNT_ROUNDS && found.length < room; round++) {
    const paths = terragruntWanted(files, [...known, ...found], tree).slice(0, room - found.length);
    if (paths.length === 0) break;
    const got = await read(paths);
    if (got.length === 0) break;
    found.push(...got);
  }
  return found;
}

export {
  TERRAGRUNT_ROUNDS,
  terragruntWanted,
  treeIndexOf,
  readTerragruntFiles
};
