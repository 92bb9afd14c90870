import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  isTerraformFile,
  isTfvarsFile
} from "./chunk-3DOHBPV7.js";
import {
  parseHcl
} from "./chunk-NRRSUNAF.js";

// src/parsers/hcl/functions.ts
var FunctionError = class extends Error {
};
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var str = (v) => typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
var num = (v) => typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? Number(v) : void 0;
var fail = (message) => {
  throw new FunctionError(message);
};
function re2(pattern, global = false) {
  let body = pattern;
  let flags = global ? "g" : "";
  const leading = /^\(\?([imsU]+)\)/.exec(body);
  if (leading) {
    if (leading[1].includes("U")) return void 0;
    flags += leading[1];
    body = body.slice(leading[0].length);
  }
  if (/\(\?[a-zA-Z-]+[:)]/.test(body) || /\\[zApPQE]/.test(body.replace(/\\\\/g, ""))) return void 0;
  body = body.replace(/\(\?P</g, "(?<");
  try {
    return new RegExp(body, flags);
  } catch {
    return void 0;
  }
}
function groupsOf(match) {
  if (match.groups) return Object.fromEntries(Object.entries(match.groups).map(([k, v]) => [k, v ?? ""]));
  return match.slice(1).map((g) => g ?? "");
}
function regexAll(pattern, text) {
  if (typeof pattern !== "string" || typeof text !== "string") return void 0;
  const regex = re2(pattern, true);
  if (!regex) return void 0;
  const out = [];
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    out.push(match.length > 1 ? groupsOf(match) : match[0]);
    if (match[0] === "") regex.lastIndex++;
  }
  return out;
}
function format(spec, args) {
  let next = 0;
  let ok = true;
  const text = spec.replace(
    /%([-+# 0]*)(\d*)(?:\.(\d+))?([a-zA-Z%])/g,
    (whole, flagText, width, precision, verb) => {
      if (verb === "%") return "%";
      if (flagText || width) ok = false;
      const value = args[next++];
      if (value === void 0) return fail("format: not enough arguments");
      switch (verb) {
        case "s":
        case "v": {
          const s = verb === "v" && typeof value === "object" && value !== null ? JSON.stringify(value) : str(value);
          if (s === void 0) ok = false;
          return s ?? whole;
        }
        case "q":
          return JSON.stringify(str(value) ?? fail("format: %q of a non-string"));
        case "t":
          return typeof value === "boolean" ? String(value) : fail("format: %t of a non-bool");
        case "d": {
          const n = num(value);
          return n !== void 0 && Number.isInteger(n) ? String(n) : fail("format: %d of a non-integer");
        }
        case "f": {
          const n = num(value) ?? fail("format: %f of a non-number");
          return n.toFixed(precision === void 0 ? 6 : Number(precision));
        }
        default:
          ok = false;
          return whole;
      }
    }
  );
  return ok ? text : void 0;
}
function flatten(list) {
  return list.flatMap((v) => Array.isArray(v) ? flatten(v) : [v]);
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function sortedObject(entries) {
  return Object.fromEntries(entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
var FUNCTIONS = {
  tobool: ([v]) => typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : v === null ? null : fail("tobool"),
  tonumber: ([v]) => v === null ? null : num(v) ?? fail("tonumber"),
  tostring: ([v]) => v === null ? null : str(v) ?? fail("tostring"),
  toset: ([v]) => Array.isArray(v) ? v.filter((x, i) => v.findIndex((y) => same(x, y)) === i) : void 0,
  tolist: ([v]) => Array.isArray(v) ? v : void 0,
  tomap: ([v]) => v !== void 0 && isObject(v) ? v : void 0,
  length: ([v]) => typeof v === "string" ? [...v].length : Array.isArray(v) ? v.length : v !== void 0 && isObject(v) ? Object.keys(v).length : fail("length"),
  keys: ([v]) => v !== void 0 && isObject(v) ? Object.keys(v).sort() : void 0,
  values: ([v]) => v !== void 0 && isObject(v) ? Object.keys(v).sort().map((k) => v[k]) : void 0,
  lower: ([v]) => str(v)?.toLowerCase(),
  upper: ([v]) => str(v)?.toUpperCase(),
  title: ([v]) => str(v)?.replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: ([v]) => str(v)?.trim(),
  trimprefix: ([v, p]) => {
    const s = str(v);
    const prefix = str(p);
    return s === void 0 || prefix === void 0 ? void 0 : s.startsWith(prefix) ? s.slice(prefix.length) : s;
  },
  trimsuffix: ([v, p]) => {
    const s = str(v);
    const suffix = str(p);
    return s === void 0 || suffix === void 0 ? void 0 : suffix && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s;
  },
  startswith: ([v, p]) => typeof v === "string" && typeof p === "string" ? v.startsWith(p) : void 0,
  endswith: ([v, p]) => typeof v === "string" && typeof p === "string" ? v.endsWith(p) : void 0,
  strcontains: ([v, p]) => typeof v === "string" && typeof p === "string" ? v.includes(p) : void 0,
  substr: ([v, o, l]) => {
    const s = str(v);
    if (s === void 0 || typeof o !== "number" || typeof l !== "number") return void 0;
    const chars = [...s];
    const start = o < 0 ? chars.length + o : o;
    return chars.slice(start, l < 0 ? void 0 : start + l).join("");
  },
  replace: ([v, from, to]) => {
    const s = str(v);
    const f = str(from);
    const t = str(to);
    if (s === void 0 || f === void 0 || t === void 0) return void 0;
    if (f.length > 1 && f.startsWith("/") && f.endsWith("/")) {
      const regex = re2(f.slice(1, -1), true);
      return regex ? s.replace(regex, t.replace(/\$\{(\w+)\}/g, "$$$1")) : void 0;
    }
    return f === "" ? s : s.split(f).join(t);
  },
  split: ([sep, v]) => typeof sep === "string" && typeof v === "string" ? v === "" ? [] : v.split(sep) : void 0,
  join: ([sep, ...lists]) => {
    if (typeof sep !== "string" || !lists.every(Array.isArray)) return void 0;
    const items = lists.flat().map(str);
    return items.every((i) => i !== void 0) ? items.join(sep) : void 0;
  },
  format: ([spec, ...args]) => typeof spec === "string" ? format(spec, args) : void 0,
  regex: ([pattern, text]) => {
    const all = regexAll(pattern ?? null, text ?? null);
    if (all === void 0 || !Array.isArray(all)) return void 0;
    return all.length > 0 ? all[0] : fail("regex: no match");
  },
  regexall: ([pattern, text]) => regexAll(pattern ?? null, text ?? null),
  contains: ([list, value]) => Array.isArray(list) && value !== void 0 ? list.some((v) => same(v, value)) : void 0,
  index: ([list, value]) => {
    if (!Array.isArray(list) || value === void 0) return void 0;
    const at = list.findIndex((v) => same(v, value));
    return at >= 0 ? at : fail("index: not found");
  },
  element: ([list, at]) => {
    if (!Array.isArray(list) || typeof at !== "number") return void 0;
    if (list.length === 0) return fail("element of an empty list");
    return list[(Math.floor(at) % list.length + list.length) % list.length];
  },
  lookup: ([map, key, fallback]) => {
    if (map === void 0 || !isObject(map) || typeof key !== "string") return void 0;
    if (key in map) return map[key];
    return fallback !== void 0 ? fallback : fail("lookup: no such key");
  },
  merge: (maps) => {
    if (!maps.every((m) => m === null || isObject(m))) return void 0;
    return Object.assign({}, ...maps.filter((m) => m !== null));
  },
  concat: (lists) => lists.every(Array.isArray) ? lists.flat() : void 0,
  flatten: ([list]) => Array.isArray(list) ? flatten(list) : void 0,
  distinct: ([list]) => Array.isArray(list) ? list.filter((x, i) => list.findIndex((y) => same(x, y)) === i) : void 0,
  compact: ([list]) => Array.isArray(list) ? list.filter((v) => v !== null && v !== "") : void 0,
  reverse: ([list]) => Array.isArray(list) ? [...list].reverse() : void 0,
  slice: ([list, from, to]) => Array.isArray(list) && typeof from === "number" && typeof to === "number" ? list.slice(from, to) : void 0,
  zipmap: ([keys, values]) => {
    if (!Array.isArray(keys) || !Array.isArray(values) || keys.length !== values.length) return void 0;
    const entries = keys.map((k, i) => [str(k), values[i]]);
    return entries.every(([k]) => k !== void 0) ? sortedObject(entries) : void 0;
  },
  one: ([list]) => {
    if (!Array.isArray(list)) return void 0;
    return list.length === 0 ? null : list.length === 1 ? list[0] : fail("one: more than one element");
  },
  coalesce: (values) => values.find((v) => v !== null && v !== "") ?? fail("coalesce: no non-null argument"),
  coalescelist: (lists) => lists.find((l) => Array.isArray(l) && l.length > 0) ?? fail("coalescelist: all empty"),
  alltrue: ([list]) => Array.isArray(list) ? list.every((v) => v === true || v === "true") : void 0,
  anytrue: ([list]) => Array.isArray(list) ? list.some((v) => v === true || v === "true") : void 0,
  sum: ([list]) => Array.isArray(list) && list.every((v) => typeof v === "number") ? list.reduce((a, b) => a + b, 0) : void 0,
  min: (values) => values.length > 0 && values.every((v) => typeof v === "number") ? Math.min(...values) : void 0,
  max: (values) => values.length > 0 && values.every((v) => typeof v === "number") ? Math.max(...values) : void 0,
  abs: ([v]) => typeof v === "number" ? Math.abs(v) : void 0,
  floor: ([v]) => typeof v === "number" ? Math.floor(v) : void 0,
  ceil: ([v]) => typeof v === "number" ? Math.ceil(v) : void 0,
  signum: ([v]) => typeof v === "number" ? Math.sign(v) : void 0,
  range: (args) => {
    if (!args.every((a) => typeof a === "number") || args.length === 0 || args.length > 3) return void 0;
    const [start, end, step] = args.length === 1 ? [0, args[0], 1] : [args[0], args[1], args[2] ?? 1];
    if (step === 0 || Math.abs((end - start) / step) > 1024) return void 0;
    const out = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
    return out;
  }
};
function callFunction(name, args) {
  const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : void 0;
  return fn ? fn(args) : void 0;
}

// src/parsers/hcl/evaluate.ts
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
var MAX_DEPTH = 32;
function evaluate(expr, scope, depth = 0) {
  try {
    return ev(expr, scope, depth, /* @__PURE__ */ new Map());
  } catch (error) {
    if (error instanceof FunctionError) return UNKNOWN;
    throw error;
  }
}
function ev(expr, scope, depth, bound) {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const next = (e) => ev(e, scope, depth + 1, bound);
  switch (expr.kind) {
    case "literal":
      return expr.value;
    case "template": {
      let text = "";
      for (const part of expr.parts) {
        if (typeof part === "string") text += part;
        else {
          const value = next(part);
          if (value === UNKNOWN || typeof value === "object" && value !== null) return UNKNOWN;
          text += String(value);
        }
      }
      return text;
    }
    case "traversal":
      return traverse(expr, scope, depth, bound);
    case "access":
      return follow(next(expr.target), expr.steps, next);
    case "unary": {
      const value = next(expr.operand);
      if (expr.operator === "!") return typeof value === "boolean" ? !value : UNKNOWN;
      if (expr.operator === "-") return typeof value === "number" ? -value : UNKNOWN;
      return UNKNOWN;
    }
    case "binary": {
      const value = binary(expr.operator, expr.left, expr.right, next);
      if (value !== UNKNOWN || !COMPARISONS.has(expr.operator)) return value;
      const measure = (e) => bounds(e, scope, depth + 1, bound);
      return compareBounds(expr.operator, measure(expr.left), measure(expr.right));
    }
    case "conditional": {
      const condition = next(expr.condition);
      if (condition === true || condition === "true") return next(expr.whenTrue);
      if (condition === false || condition === "false") return next(expr.whenFalse);
      const whenTrue = next(expr.whenTrue);
      return whenTrue !== UNKNOWN && sameValue(whenTrue, next(expr.whenFalse)) ? whenTrue : UNKNOWN;
    }
    case "tuple": {
      const items = expr.items.map(next);
      return items.some((v) => v === UNKNOWN) ? UNKNOWN : items;
    }
    case "object": {
      const object = {};
      for (const entry of expr.entries) {
        const key = next(entry.key);
        const value = next(entry.value);
        if (key === UNKNOWN || value === UNKNOWN || typeof key === "object") return UNKNOWN;
        object[String(key)] = value;
      }
      return object;
    }
    case "for":
      return forExpression(expr, scope, depth, bound);
    case "call":
      return expr.expandsLast ? UNKNOWN : call(expr, next, scope);
    case "other":
      return UNKNOWN;
  }
}
function traverse(expr, scope, depth, bound) {
  const next = (e) => ev(e, scope, depth + 1, bound);
  const own = bound.get(expr.root);
  if (own !== void 0) return follow(own, expr.steps, next);
  const [first, ...rest] = expr.steps;
  if (typeof first !== "string") return UNKNOWN;
  let value;
  if (expr.root === "local") {
    const definition = scope.local(first);
    value = definition ? ev(definition, scope, depth + 1, /* @__PURE__ */ new Map()) : UNKNOWN;
  } else if (expr.root === "var") value = scope.variable(first);
  else if (expr.root === "terraform" && first === "workspace") value = scope.workspace ?? UNKNOWN;
  else if (scope.root) return follow(scope.root(expr.root) ?? UNKNOWN, expr.steps, next);
  else return UNKNOWN;
  return follow(value, rest, next);
}
function follow(start, steps, next) {
  let value = start;
  for (const step of steps) {
    if (value === UNKNOWN || value === null || typeof value !== "object") return UNKNOWN;
    const key = typeof step === "object" ? next(step) : step;
    if (key === UNKNOWN || typeof key !== "string" && typeof key !== "number") return UNKNOWN;
    const index = typeof key === "string" && /^\d+$/.test(key) ? Number(key) : key;
    const found = Array.isArray(value) ? typeof index === "number" ? value[index] : void 0 : value[String(key)];
    if (found === void 0) throw new FunctionError(`no element ${String(key)}`);
    value = found;
  }
  return value;
}
function forExpression(expr, scope, depth, bound) {
  const collection = ev(expr.collection, scope, depth + 1, bound);
  if (collection === UNKNOWN || collection === null || typeof collection !== "object") return UNKNOWN;
  const elements = Array.isArray(collection) ? collection.map((v, i) => [i, v]) : Object.keys(collection).sort().map((k) => [k, collection[k]]);
  const tuple = [];
  const object = {};
  for (const [key, value] of elements) {
    const inner = new Map(bound);
    inner.set(expr.valueName, value);
    if (expr.keyName !== void 0) inner.set(expr.keyName, key);
    const next = (e) => ev(e, scope, depth + 1, inner);
    if (expr.condition) {
      const keep = next(expr.condition);
      if (keep === UNKNOWN) return UNKNOWN;
      if (keep !== true) continue;
    }
    const item = next(expr.valueExpr);
    if (item === UNKNOWN) return UNKNOWN;
    if (!expr.keyExpr) {
      tuple.push(item);
      continue;
    }
    const name = next(expr.keyExpr);
    if (name === UNKNOWN || typeof name === "object" && name !== null) return UNKNOWN;
    const k = String(name);
    if (expr.grouped) object[k] = [...object[k] ?? [], item];
    else if (k in object) throw new FunctionError(`duplicate key ${k}`);
    else object[k] = item;
  }
  return expr.keyExpr ? object : tuple;
}
var COMPARISONS = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "==", "!="]);
function binary(operator, left, right, next) {
  const a = next(left);
  if (operator === "&&" && a === false) return false;
  if (operator === "||" && a === true) return true;
  const b = next(right);
  if (operator === "&&") return b === false ? false : a === true && typeof b === "boolean" ? b : UNKNOWN;
  if (operator === "||") return b === true ? true : a === false && typeof b === "boolean" ? b : UNKNOWN;
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  if (operator === "==") return sameValue(a, b);
  if (operator === "!=") return !sameValue(a, b);
  if (typeof a !== "number" || typeof b !== "number") return UNKNOWN;
  switch (operator) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? UNKNOWN : a / b;
    case "%":
      return b === 0 ? UNKNOWN : a % b;
    default:
      return UNKNOWN;
  }
}
function bounds(expr, scope, depth, bound) {
  if (depth > MAX_DEPTH) return void 0;
  const value = ev(expr, scope, depth, bound);
  if (typeof value === "number") return [value, value];
  if (value !== UNKNOWN) return void 0;
  if (expr.kind === "traversal" && expr.root === "local" && expr.steps.length === 1) {
    const definition = typeof expr.steps[0] === "string" ? scope.local(expr.steps[0]) : void 0;
    return definition ? bounds(definition, scope, depth + 1, /* @__PURE__ */ new Map()) : void 0;
  }
  if (expr.kind !== "call" || expr.name !== "length" || expr.args.length !== 1) return void 0;
  const [inner] = expr.args;
  if (inner?.kind === "call" && inner.name === "regexall" && inner.args[0]) {
    const pattern = ev(inner.args[0], scope, depth + 1, bound);
    if (typeof pattern === "string" && /^(\^|\\A)/.test(pattern)) return [0, 1];
  }
  return [0, Infinity];
}
function compareBounds(operator, a, b) {
  if (!a || !b) return UNKNOWN;
  const [aLow, aHigh] = a;
  const [bLow, bHigh] = b;
  switch (operator) {
    case ">":
      return aLow > bHigh ? true : aHigh <= bLow ? false : UNKNOWN;
    case ">=":
      return aLow >= bHigh ? true : aHigh < bLow ? false : UNKNOWN;
    case "<":
      return aHigh < bLow ? true : aLow >= bHigh ? false : UNKNOWN;
    case "<=":
      return aHigh <= bLow ? true : aLow > bHigh ? false : UNKNOWN;
    case "==":
      return aHigh < bLow || bHigh < aLow ? false : UNKNOWN;
    case "!=":
      return aHigh < bLow || bHigh < aLow ? true : UNKNOWN;
    default:
      return UNKNOWN;
  }
}
function call(expr, next, scope) {
  if (expr.name === "can") {
    if (expr.args.length !== 1) return UNKNOWN;
    try {
      return next(expr.args[0]) === UNKNOWN ? UNKNOWN : true;
    } catch (error) {
      if (error instanceof FunctionError) return false;
      throw error;
    }
  }
  if (expr.name === "try") {
    for (const arg of expr.args) {
      try {
        return next(arg);
      } catch (error) {
        if (!(error instanceof FunctionError)) throw error;
      }
    }
    return UNKNOWN;
  }
  const args = expr.args.map(next);
  const own = scope.call?.(expr.name, args);
  if (own !== void 0) return own;
  if (args.some((a) => a === UNKNOWN)) {
    if (expr.name === "coalesce" && args[0] !== UNKNOWN && args[0] !== null && args[0] !== "") return args[0];
    return UNKNOWN;
  }
  return callFunction(expr.name, args) ?? UNKNOWN;
}
function sameValue(a, b) {
  if (a === UNKNOWN || b === UNKNOWN) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

// src/rules/iac/lib/terraform-module.ts
var AUTO_LOADED = /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)$/i;
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function versionOf(file, side) {
  if (side === "head") return file.headText === void 0 ? void 0 : { path: file.path, text: file.headText };
  return file.baseText === void 0 ? void 0 : { path: file.previousPath ?? file.path, text: file.baseText };
}
var cache = /* @__PURE__ */ new WeakMap();
function moduleOf(files, side, dir, neighbours = []) {
  let byKey = cache.get(files);
  if (!byKey) cache.set(files, byKey = /* @__PURE__ */ new Map());
  const key = `${side}:${dir}`;
  let module = byKey.get(key);
  if (!module) {
    const versions = files.flatMap((f) => {
      const version = versionOf(f, side);
      return version && dirOf(version.path) === dir ? [version] : [];
    });
    const touched = new Set(files.flatMap((f) => [f.path, f.previousPath ?? f.path]));
    versions.push(...neighbours.filter((n) => dirOf(n.path) === dir && !touched.has(n.path)));
    module = buildModule(dir, versions);
    byKey.set(key, module);
  }
  return module;
}
function buildModule(dir, files) {
  const module = {
    dir,
    resources: /* @__PURE__ */ new Map(),
    modules: /* @__PURE__ */ new Map(),
    providers: /* @__PURE__ */ new Map(),
    moves: [],
    removals: [],
    scope: { local: () => void 0, variable: () => UNKNOWN },
    locals: /* @__PURE__ */ new Map(),
    variables: /* @__PURE__ */ new Map(),
    workspaces: ["default"],
    unreadable: [],
    tfvars: [],
    stacks: []
  };
  const locals = /* @__PURE__ */ new Map();
  const defaults = /* @__PURE__ */ new Map();
  const assigned = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  for (const file of files) {
    const isConfig = isTerraformFile(file.path);
    if (!isConfig && !isTfvarsFile(file.path)) continue;
    const parsed = parseHcl(file.text);
    if (parsed.errors.length > 0) module.unreadable.push(file.path);
    if (!isConfig) {
      for (const attribute of parsed.attributes) push(assigned, attribute.name, attribute.value);
      module.tfvars.push({ path: file.path, names: new Set(parsed.attributes.map((a) => a.name)) });
      byFile.set(file.path, new Map(parsed.attributes.map((a) => [a.name, a.value])));
      continue;
    }
    for (const block of parsed.blocks) {
      readTopBlock(module, block, file.path, locals, defaults);
      if (block.type === "locals")
        for (const attribute of block.attributes) module.locals.set(attribute.name, { attribute, path: file.path });
      const fallback = block.type === "variable" ? block.attributes.find((a) => a.name === "default") : void 0;
      if (fallback && block.labels[0] !== void 0)
        module.variables.set(block.labels[0], { attribute: fallback, path: file.path });
      collectWorkspaces(block, module.workspaces);
    }
  }
  const empty = { local: () => void 0, variable: () => UNKNOWN };
  module.scope = {
    local: (name) => locals.get(name),
    variable: (name) => {
      const candidates = [];
      const fallback = defaults.get(name);
      if (fallback) candidates.push(evaluate(fallback, empty));
      for (const value of assigned.get(name) ?? []) candidates.push(evaluate(value, empty));
      const [first] = candidates;
      return first !== void 0 && candidates.every((c) => sameValue(c, first)) ? first : UNKNOWN;
    }
  };
  const auto = [...byFile].filter(([path]) => AUTO_LOADED.test(path)).map(([, values]) => values);
  const named = [...byFile].filter(([path]) => !AUTO_LOADED.test(path));
  const stackScope = (own) => ({
    local: (name) => locals.get(name),
    variable: (name) => {
      const set = own?.get(name) ?? [...auto].reverse().find((values) => values.has(name))?.get(name) ?? defaults.get(name);
      return set ? evaluate(set, empty) : UNKNOWN;
    }
  });
  module.stacks = named.length > 0 ? named.map(([path, values]) => ({ path, scope: stackScope(values) })) : [{ path: void 0, scope: stackScope(void 0) }];
  for (const removal of module.removals) {
    const lifecycle = removal.block.blocks.find((b) => b.type === "lifecycle");
    const destroy = lifecycle?.attributes.find((a) => a.name === "destroy");
    removal.destroy = destroy ? evaluate(destroy.value, module.scope) : true;
  }
  return module;
}
function readTopBlock(module, block, path, locals, defaults) {
  const [first, second] = block.labels;
  switch (block.type) {
    case "resource":
    case "data":
      if (first !== void 0 && second !== void 0) {
        const mode = block.type === "resource" ? "managed" : "data";
        const address = `${mode === "data" ? "data." : ""}${first}.${second}`;
        module.resources.set(address, { address, mode, type: first, name: second, block, path });
      }
      return;
    case "module":
      if (first !== void 0) {
        const source = block.attributes.find((a) => a.name === "source")?.value;
        module.modules.set(`module.${first}`, {
          address: `module.${first}`,
          name: first,
          source: source?.kind === "literal" && typeof source.value === "string" ? source.value : void 0,
          block,
          path
        });
      }
      return;
    case "provider":
      if (first !== void 0) {
        const alias = block.attributes.find((a) => a.name === "alias")?.value;
        const suffix = alias?.kind === "literal" && typeof alias.value === "string" ? `.${alias.value}` : "";
        const address = `provider.${first}${suffix}`;
        module.providers.set(address, { address, name: first, block, path });
      }
      return;
    case "moved": {
      const from = addressOf(block, "from");
      const to = addressOf(block, "to");
      if (from && to) module.moves.push({ from, to, block, path });
      return;
    }
    case "removed": {
      const from = addressOf(block, "from");
      if (from) module.removals.push({ from, destroy: true, block, path });
      return;
    }
    case "locals":
      for (const attribute of block.attributes) locals.set(attribute.name, attribute.value);
      return;
    case "variable": {
      const fallback = block.attributes.find((a) => a.name === "default");
      if (first !== void 0 && fallback) defaults.set(first, fallback.value);
      return;
    }
    default:
      return;
  }
}
function collectWorkspaces(block, into) {
  const visit = (expr) => {
    switch (expr.kind) {
      case "binary": {
        const isWorkspace = (e) => e.kind === "traversal" && e.root === "terraform" && e.steps[0] === "workspace";
        const other = isWorkspace(expr.left) ? expr.right : isWorkspace(expr.right) ? expr.left : void 0;
        if (other?.kind === "literal" && typeof other.value === "string" && !into.includes(other.value))
          into.push(other.value);
        visit(expr.left);
        visit(expr.right);
        return;
      }
      case "unary":
        return visit(expr.operand);
      case "conditional":
        [expr.condition, expr.whenTrue, expr.whenFalse].forEach(visit);
        return;
      case "tuple":
        return expr.items.forEach(visit);
      case "object":
        return expr.entries.forEach((e) => visit(e.value));
      case "call":
        return expr.args.forEach(visit);
      default:
        return;
    }
  };
  for (const attribute of block.attributes) visit(attribute.value);
  for (const child of block.blocks) collectWorkspaces(child, into);
}
function addressOf(block, name) {
  const value = block.attributes.find((a) => a.name === name)?.value;
  if (value?.kind !== "traversal") return void 0;
  const names = value.steps.filter((s) => typeof s === "string");
  return [value.root, ...names].join(".");
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function headAddressOf(address, head) {
  let current = address;
  const seen = /* @__PURE__ */ new Set();
  while (!seen.has(current)) {
    seen.add(current);
    if (head.resources.has(current) || head.modules.has(current)) return current;
    const move = head.moves.find((m) => m.from === current);
    if (!move) break;
    current = move.to;
  }
  const into = /^(module\.[^.]+)\./.exec(current);
  if (current !== address && into && head.modules.has(into[1])) return current;
  return void 0;
}
function joinPath(dir, relative) {
  const parts = dir === "" ? [] : dir.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

export {
  FunctionError,
  UNKNOWN,
  evaluate,
  sameValue,
  AUTO_LOADED,
  dirOf,
  versionOf,
  moduleOf,
  buildModule,
  headAddressOf,
  joinPath
};
