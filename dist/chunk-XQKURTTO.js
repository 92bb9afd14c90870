import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  FunctionError,
  UNKNOWN,
  dirOf,
  evaluate,
  joinPath
} from "./chunk-JDMKUC5Z.js";
import {
  parseHcl
} from "./chunk-NRRSUNAF.js";

// src/rules/iac/lib/terragrunt-generate.ts
function generateBlocks(path, text, file, scope) {
  const out = [];
  for (const block of file.blocks) {
    if (block.type !== "generate" || block.labels[0] === void 0) continue;
    const get = (name2) => block.attributes.find((a) => a.name === name2)?.value;
    const disable = get("disable");
    if (disable && evaluate(disable, scope) === true) continue;
    const where = get("path");
    const name = where ? evaluate(where, scope) : UNKNOWN;
    const contents = get("contents");
    if (typeof name !== "string" || !/\.(tf|tofu)$/i.test(name) || !contents) continue;
    const written = contentsOf(text, contents, scope);
    if (written) out.push({ label: block.labels[0], name, source: path, ...written });
  }
  return out;
}
function contentsOf(source, expr, scope) {
  const raw = source.slice(expr.span.start, expr.span.end);
  let bodyStart;
  let bodyEnd;
  if (raw.startsWith("<<")) {
    const newline = raw.indexOf("\n");
    const closing = raw.lastIndexOf("\n");
    if (newline < 0 || closing <= newline) return void 0;
    bodyStart = expr.span.start + newline + 1;
    bodyEnd = expr.span.start + closing + 1;
  } else if (raw.startsWith('"') && !raw.includes("\\")) {
    bodyStart = expr.span.start + 1;
    bodyEnd = expr.span.end - 1;
  } else return void 0;
  const holes = expr.kind === "template" ? expr.parts.filter((p) => typeof p !== "string") : [];
  const pieces = [];
  let text = "";
  let cursor = bodyStart;
  const copy = (end) => {
    if (end <= cursor) return;
    pieces.push({ at: text.length, from: cursor, length: end - cursor, filled: false });
    text += source.slice(cursor, end);
    cursor = end;
  };
  for (const hole of holes) {
    const open = source.lastIndexOf("${", hole.span.start);
    const close = source.indexOf("}", hole.span.end);
    if (open < cursor || close < 0 || close >= bodyEnd) continue;
    const value = evaluate(hole, scope);
    if (value === UNKNOWN || value !== null && typeof value === "object") continue;
    copy(open);
    const shown = value === null ? "null" : String(value);
    pieces.push({ at: text.length, from: open, length: shown.length, filled: true, reads: localsRead(hole) });
    text += shown;
    cursor = close + 1;
  }
  copy(bodyEnd);
  const pieceAt = (offset) => {
    let piece = pieces[0];
    for (const p of pieces) if (p.at <= offset) piece = p;
    return piece;
  };
  const toSource = (offset) => {
    const piece = pieceAt(offset);
    if (!piece) return bodyStart;
    return piece.filled ? piece.from : piece.from + Math.min(offset - piece.at, piece.length);
  };
  const readsAt = (offset) => {
    const lineEnd = text.indexOf("\n", offset);
    const end = lineEnd < 0 ? text.length : lineEnd;
    return pieces.filter((p) => p.filled && p.at < end && p.at + p.length > offset).flatMap((p) => p.reads ?? []);
  };
  return { text, toSource, readsAt };
}
function localsRead(expr) {
  const names = [];
  JSON.stringify(expr, (_key, value) => {
    const t = value;
    if (t?.kind === "traversal" && t.root === "local" && typeof t.steps?.[0] === "string")
      names.push(`local.${t.steps[0]}`);
    return value;
  });
  return names;
}

// src/rules/iac/lib/terragrunt.ts
var MAX_READ_DEPTH = 4;
var MAX_INCLUDE_DEPTH = 3;
function resolveTerragrunt(path, read) {
  const unit = {
    path,
    moduleDir: void 0,
    inputs: /* @__PURE__ */ new Map(),
    files: /* @__PURE__ */ new Set(),
    asked: /* @__PURE__ */ new Set(),
    generated: []
  };
  const unitDir = dirOf(path);
  const cache = /* @__PURE__ */ new Map();
  const load = (p) => {
    if (cache.has(p)) return cache.get(p);
    unit.asked.add(p);
    const text = read(p);
    let parsed;
    if (text !== void 0) {
      const file = parseHcl(text);
      const locals = /* @__PURE__ */ new Map();
      for (const block of file.blocks)
        if (block.type === "locals") for (const a of block.attributes) locals.set(a.name, a.value);
      parsed = { path: p, text, file, locals };
      unit.files.add(p);
    }
    cache.set(p, parsed);
    return parsed;
  };
  const self = load(path);
  if (!self) return void 0;
  const resolveFrom = (dir, p) => p.startsWith("/") ? joinPath("", p) : joinPath(dir, p);
  const resolve = (p) => resolveFrom(unitDir, p);
  const scopeOf = (config, exposed2, depth, ctx = unitDir) => {
    const scope = {
      local: (name) => config.locals.get(name),
      variable: () => UNKNOWN,
      root: (name) => {
        if (name === "include") {
          const object = {};
          for (const [label, value] of exposed2) {
            if (label === "" && value && typeof value === "object") Object.assign(object, value);
            else object[label] = value;
          }
          return object;
        }
        return void 0;
      },
      call: (name, args) => callTerragrunt(name, args, config, depth, ctx)
    };
    return scope;
  };
  const callTerragrunt = (name, args, config, depth, ctx) => {
    const text = (i) => typeof args[i] === "string" ? args[i] : void 0;
    switch (name) {
      case "find_in_parent_folders": {
        if (args.some((a) => a === UNKNOWN)) return UNKNOWN;
        const wanted = text(0) ?? "terragrunt.hcl";
        for (let dir = dirOf(ctx), last = false; !last; dir = dirOf(dir)) {
          last = dir === "";
          const candidate = joinPath(dir, wanted);
          if (load(candidate)) return `/${candidate}`;
        }
        if (args.length > 1) return args[1];
        throw new FunctionError(`no ${wanted} in a parent folder`);
      }
      case "get_terragrunt_dir":
        return `/${ctx}`;
      case "get_original_terragrunt_dir":
        return `/${unitDir}`;
      case "get_parent_terragrunt_dir":
        return `/${dirOf(config.path)}`;
      case "get_repo_root":
        return "";
      case "path_relative_to_include":
        return relative(dirOf(config.path), unitDir);
      case "path_relative_from_include":
        return relative(unitDir, dirOf(config.path));
      case "dirname":
        return text(0) === void 0 ? void 0 : text(0).replace(/\/[^/]*$/, "") || "/";
      case "basename":
        return text(0) === void 0 ? void 0 : text(0).replace(/^.*\//, "");
      case "read_terragrunt_config": {
        const target = text(0);
        if (target === void 0 || depth >= MAX_READ_DEPTH) return UNKNOWN;
        const other = load(resolveFrom(ctx, target));
        if (!other) {
          if (args.length > 1) return args[1];
          throw new FunctionError(`${target} cannot be read`);
        }
        return configValue(other, /* @__PURE__ */ new Map(), depth + 1, dirOf(other.path));
      }
      default:
        return void 0;
    }
  };
  const configValue = (config, exposed2, depth, ctx = unitDir) => {
    const scope = scopeOf(config, exposed2, depth, ctx);
    const locals = {};
    for (const [name, expr] of config.locals) {
      const value = evaluate(expr, scope);
      if (value !== UNKNOWN) locals[name] = value;
    }
    const inputs = {};
    for (const [name, input] of inputsOf(config, scope)) if (input.value !== UNKNOWN) inputs[name] = input.value;
    return { locals, inputs };
  };
  const exposed = /* @__PURE__ */ new Map();
  const selfScopeNoIncludes = scopeOf(self, exposed, 0);
  const merged = /* @__PURE__ */ new Map();
  let source;
  let deep = false;
  const generated = /* @__PURE__ */ new Map();
  const addGenerated = (config, scope) => {
    for (const g of generateBlocks(config.path, config.text, config.file, scope)) generated.set(g.label, g);
  };
  const includeParents = (config, depth, seen) => {
    const scope = config === self ? selfScopeNoIncludes : scopeOf(config, /* @__PURE__ */ new Map(), 0);
    for (const block of config.file.blocks) {
      if (block.type !== "include") continue;
      const label = block.labels[0] ?? "";
      const where = attribute(block, "path");
      const target = where ? evaluate(where, scope) : UNKNOWN;
      if (typeof target !== "string") continue;
      const parentPath = resolve(target);
      if (seen.has(parentPath)) continue;
      const parent = load(parentPath);
      if (!parent) continue;
      const parentScope = scopeOf(parent, /* @__PURE__ */ new Map(), 0);
      const expose = attribute(block, "expose");
      if (config === self && expose && evaluate(expose, scope) === true)
        exposed.set(label, configValue(parent, /* @__PURE__ */ new Map(), 0));
      const strategy = attribute(block, "merge_strategy");
      const how = strategy ? evaluate(strategy, scope) : "shallow";
      if (how === "no_merge") continue;
      if (depth < MAX_INCLUDE_DEPTH) includeParents(parent, depth + 1, /* @__PURE__ */ new Set([...seen, parentPath]));
      for (const [name, input] of inputsOf(parent, parentScope)) merged.set(name, input);
      addGenerated(parent, parentScope);
      const parentSource = terraformSource(parent);
      if (parentSource) source = { expr: parentSource, config: parent };
      if (how === "deep") deep = true;
    }
  };
  includeParents(self, 0, /* @__PURE__ */ new Set([path]));
  const selfScope = scopeOf(self, exposed, 0);
  for (const [name, input] of inputsOf(self, selfScope)) {
    const under = merged.get(name);
    if (deep && under && isMap(under.value) && isMap(input.value))
      merged.set(name, { ...input, value: deepMerge(under.value, input.value) });
    else merged.set(name, input);
  }
  unit.inputs = merged;
  addGenerated(self, selfScope);
  unit.generated = [...generated.values()];
  const ownSource = terraformSource(self);
  if (ownSource) source = { expr: ownSource, config: self };
  if (source) {
    const value = evaluate(source.expr, scopeOf(source.config, exposed, 0));
    if (typeof value === "string") unit.moduleDir = localModuleDir(value, resolve);
  }
  return unit;
}
function attribute(block, name) {
  return block.attributes.find((a) => a.name === name)?.value;
}
function terraformSource(config) {
  const block = config.file.blocks.find((b) => b.type === "terraform");
  return block ? attribute(block, "source") : void 0;
}
function localModuleDir(source, resolve) {
  const local = source.replace(/\?.*$/, "").replace("//", "/");
  if (!/^(\.\.?\/|\/)/.test(local) || /^\/\//.test(local)) return void 0;
  return resolve(local);
}
function inputsOf(config, scope) {
  const out = /* @__PURE__ */ new Map();
  const attr = config.file.attributes.find((a) => a.name === "inputs");
  if (!attr) return out;
  if (attr.value.kind === "object") {
    for (const { key, value } of attr.value.entries) {
      const name = evaluate(key, scope);
      if (typeof name !== "string") continue;
      out.set(name, {
        value: evaluate(value, scope),
        expr: value,
        path: config.path,
        span: { start: key.span.start, end: value.span.end },
        names: namesRead(value, config)
      });
    }
    return out;
  }
  const whole = evaluate(attr.value, scope);
  if (!isMap(whole)) return out;
  for (const [name, value] of Object.entries(whole))
    out.set(name, {
      value,
      expr: attr.value,
      path: config.path,
      span: attr.span,
      names: namesRead(attr.value, config)
    });
  return out;
}
function namesRead(expr, config) {
  const names = /* @__PURE__ */ new Set();
  const visit = (e, depth) => {
    if (depth > 16) return;
    JSON.stringify(e, (_key, value) => {
      const t = value;
      if (t?.kind !== "traversal") return value;
      for (const step of t.steps ?? []) if (typeof step === "string") names.add(step);
      const first = t.steps?.[0];
      if (t.root === "local" && typeof first === "string") {
        const definition = config.locals.get(first);
        if (definition && !names.has(`local.${first}`)) {
          names.add(`local.${first}`);
          visit(definition, depth + 1);
        }
      }
      return value;
    });
  };
  visit(expr, 0);
  return names;
}
function isMap(v) {
  return v !== UNKNOWN && v !== null && typeof v === "object" && !Array.isArray(v);
}
function deepMerge(under, over) {
  const out = { ...under };
  for (const [k, v] of Object.entries(over)) {
    const u = out[k];
    out[k] = u !== void 0 && isMap(u) && isMap(v) ? deepMerge(u, v) : v;
  }
  return out;
}
function relative(from, to) {
  const a = from ? from.split("/") : [];
  const b = to ? to.split("/") : [];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/") || ".";
}
function changedEntries(baseText, headText) {
  const entries = (text) => {
    const file = parseHcl(text);
    const out = /* @__PURE__ */ new Map();
    for (const block of file.blocks)
      if (block.type === "locals")
        for (const a of block.attributes) out.set(`local.${a.name}`, { source: sourceOf(a.value), span: a.span });
    const inputs = file.attributes.find((a) => a.name === "inputs")?.value;
    if (inputs?.kind === "object") {
      for (const { key, value } of inputs.entries)
        if (key.kind === "literal" && typeof key.value === "string")
          out.set(`inputs.${key.value}`, {
            source: sourceOf(value),
            span: { start: key.span.start, end: value.span.end }
          });
    }
    return out;
  };
  const before = baseText === void 0 ? /* @__PURE__ */ new Map() : entries(baseText);
  return [...entries(headText)].filter(([name, entry]) => before.get(name)?.source !== entry.source).map(([name, entry]) => ({ name, span: entry.span }));
}
function sourceOf(expr) {
  return JSON.stringify(expr, (key, value) => key === "span" ? void 0 : value);
}

export {
  resolveTerragrunt,
  changedEntries,
  sourceOf
};
