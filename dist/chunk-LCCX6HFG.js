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
} from "./chunk-HF746HSC.js";
import {
  parseHcl
} from "./chunk-NRRSUNAF.js";

// src/rules/iac/lib/terragrunt.ts
var MAX_READ_DEPTH = 4;
function resolveTerragrunt(path, read) {
  const unit = { path, moduleDir: void 0, inputs: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Set(), asked: /* @__PURE__ */ new Set() };
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
      parsed = { path: p, file, locals };
      unit.files.add(p);
    }
    cache.set(p, parsed);
    return parsed;
  };
  const self = load(path);
  if (!self) return void 0;
  const resolve = (p) => p.startsWith("/") ? joinPath("", p) : joinPath(unitDir, p);
  const scopeOf = (config, exposed2, depth) => {
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
      call: (name, args) => callTerragrunt(name, args, config, depth)
    };
    return scope;
  };
  const callTerragrunt = (name, args, config, depth) => {
    const text = (i) => typeof args[i] === "string" ? args[i] : void 0;
    switch (name) {
      case "find_in_parent_folders": {
        if (args.some((a) => a === UNKNOWN)) return UNKNOWN;
        const wanted = text(0) ?? "terragrunt.hcl";
        for (let dir = dirOf(unitDir), last = false; !last; dir = dirOf(dir)) {
          last = dir === "";
          const candidate = joinPath(dir, wanted);
          if (load(candidate)) return `/${candidate}`;
        }
        if (args.length > 1) return args[1];
        throw new FunctionError(`no ${wanted} in a parent folder`);
      }
      case "get_terragrunt_dir":
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
        const other = load(resolve(target));
        if (!other) {
          if (args.length > 1) return args[1];
          throw new FunctionError(`${target} cannot be read`);
        }
        return configValue(other, /* @__PURE__ */ new Map(), depth + 1);
      }
      default:
        return void 0;
    }
  };
  const configValue = (config, exposed2, depth) => {
    const scope = scopeOf(config, exposed2, depth);
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
  for (const block of self.file.blocks) {
    if (block.type !== "include") continue;
    const label = block.labels[0] ?? "";
    const where = attribute(block, "path");
    const target = where ? evaluate(where, selfScopeNoIncludes) : UNKNOWN;
    if (typeof target !== "string") continue;
    const parent = load(resolve(target));
    if (!parent) continue;
    const parentScope = scopeOf(parent, /* @__PURE__ */ new Map(), 0);
    const expose = attribute(block, "expose");
    if (expose && evaluate(expose, selfScopeNoIncludes) === true) exposed.set(label, configValue(parent, /* @__PURE__ */ new Map(), 0));
    const strategy = attribute(block, "merge_strategy");
    const how = strategy ? evaluate(strategy, selfScopeNoIncludes) : "shallow";
    if (how === "no_merge") continue;
    for (const [name, input] of inputsOf(parent, parentScope)) merged.set(name, input);
    const parentSource = terraformSource(parent);
    if (parentSource) source = { expr: parentSource, config: parent };
    if (how === "deep") deep = true;
  }
  const selfScope = scopeOf(self, exposed, 0);
  for (const [name, input] of inputsOf(self, selfScope)) {
    const under = merged.get(name);
    if (deep && under && isMap(under.value) && isMap(input.value))
      merged.set(name, { ...input, value: deepMerge(under.value, input.value) });
    else merged.set(name, input);
  }
  unit.inputs = merged;
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
