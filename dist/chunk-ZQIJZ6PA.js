import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  CDK_IMPORT,
  PULUMI_IMPORT,
  PULUMI_PROGRAMS,
  isPulumiStackConfig
} from "./chunk-EG3ONA5W.js";
import {
  parserFor
} from "./chunk-BG6M7MHB.js";

// src/parsers/iac-code/imports.ts
function canonicalModule(specifier) {
  let m = /^aws-cdk-lib(?:\/aws-([a-z0-9-]+))?$/.exec(specifier) ?? /^@aws-cdk\/aws-([a-z0-9-]+)$/.exec(specifier);
  if (m) return m[1] ? m[1].replace(/-/g, "_") : "cdk";
  if (specifier === "@aws-cdk/core") return "cdk";
  m = /^@pulumi\/([a-z0-9-]+)(?:\/(.+))?$/.exec(specifier);
  if (m) return [m[1].replace(/-/g, "_"), ...m[2] ? m[2].split("/") : []].join(".");
  m = /^aws_cdk(?:\.aws_([a-z0-9_]+))?((?:\.\w+)*)$/.exec(specifier);
  if (m) return normalisePath(`${m[1] ?? "cdk"}${m[2] ?? ""}`);
  m = /^pulumi_([a-z0-9_]+)((?:\.\w+)*)$/.exec(specifier);
  if (m) return `${m[1]}${m[2] ?? ""}`;
  if (/^pulumi(\.\w+)*$/.test(specifier)) return specifier;
  m = /^github\.com\/pulumi\/pulumi(?:-[a-z0-9-]+)?\/sdk\/(?:v\d+\/)?go\/(.+)$/.exec(specifier);
  if (m) return m[1].split("/").join(".");
  m = /^Pulumi((?:\.\w+)*)$/.exec(specifier);
  if (m) return m[1] ? m[1].slice(1).toLowerCase() : "pulumi";
  return void 0;
}
function normalisePath(path) {
  return path.replace(/(^|\.)cdk\.aws_([a-z0-9_]+)(?=\.|$)/, "$1$2");
}
function resolveName(written, bindings) {
  const parts = written.split(".");
  const bound2 = bindings.names.get(parts[0]);
  if (bound2 !== void 0) return normalisePath([bound2, ...parts.slice(1)].join("."));
  if (parts.length === 1 && bindings.wildcards.length === 1)
    return normalisePath(`${bindings.wildcards[0]}.${written}`);
  return normalisePath(written);
}
function readBindings(root, language, local) {
  const bindings = { names: /* @__PURE__ */ new Map(), wildcards: [] };
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    switch (language) {
      case "python":
        python(node, bindings, local);
        break;
      case "go":
        go(node, bindings);
        break;
      case "csharp":
        csharp(node, bindings);
        break;
      case "java":
        java(node, bindings);
        break;
      default:
        typescript(node, bindings, local);
    }
    for (let i = node.namedChildCount - 1; i >= 0; i--) stack.push(node.namedChild(i));
  }
  return bindings;
}
function readExports(root, language, local) {
  const bindings = readBindings(root, language, local);
  if (language === "python") return bindings;
  const exported = { names: /* @__PURE__ */ new Map(), wildcards: [] };
  for (const statement of named(root)) {
    if (statement.type !== "export_statement") continue;
    const source = stringValue(statement.childForFieldName("source"));
    const from = source === void 0 ? void 0 : moduleBindings(source, local);
    const clause = named(statement).find((c) => c.type === "export_clause");
    const declaration = statement.childForFieldName("declaration");
    if (clause) {
      for (const spec of named(clause)) {
        if (spec.type !== "export_specifier") continue;
        const name = spec.childForFieldName("name")?.text;
        const alias = spec.childForFieldName("alias")?.text ?? name;
        if (!name || !alias) continue;
        const target = source === void 0 ? bound(bindings, name) : from ? memberOf(from, name) : void 0;
        if (target !== void 0) exported.names.set(alias, target);
      }
    } else if (source !== void 0 && from) {
      const namespace = named(statement).find((c) => c.type === "namespace_export");
      const alias = namespace ? named(namespace).find((c) => c.type === "identifier")?.text : void 0;
      if (alias && from.module !== void 0) exported.names.set(alias, from.module);
      else if (!namespace) {
        if (from.module !== void 0) exported.wildcards.push(from.module);
        for (const [k, v] of from.exports?.names ?? []) exported.names.set(k, v);
        exported.wildcards.push(...from.exports?.wildcards ?? []);
      }
    } else if (declaration) {
      for (const declarator of named(declaration)) {
        const name = declarator.type === "variable_declarator" ? declarator.childForFieldName("name") : null;
        if (name?.type === "identifier" && bindings.names.has(name.text))
          exported.names.set(name.text, bindings.names.get(name.text));
      }
    }
  }
  return exported;
}
function moduleBindings(specifier, local) {
  const canonical = canonicalModule(specifier);
  if (canonical !== void 0) return { module: canonical };
  const exports = /^\./.test(specifier) ? local?.(specifier) : void 0;
  return exports ? { exports } : void 0;
}
function memberOf(from, name) {
  if (from.module !== void 0) return normalisePath(`${from.module}.${name}`);
  const exports = from.exports;
  if (exports.names.has(name)) return exports.names.get(name);
  return exports.wildcards.length === 1 ? normalisePath(`${exports.wildcards[0]}.${name}`) : void 0;
}
function bound(bindings, name) {
  return bindings.names.has(name) ? bindings.names.get(name) : void 0;
}
var named = (node) => node.namedChildren.filter((c) => c !== null);
function bindModule(bindings, local, specifier) {
  const canonical = canonicalModule(specifier);
  if (canonical !== void 0) bindings.names.set(local, canonical);
}
function bindAlias(bindings, local, written) {
  const root = written.split(".")[0];
  if (bindings.names.has(root)) bindings.names.set(local, resolveName(written, bindings));
}
function python(node, bindings, local) {
  if (node.type === "import_statement") {
    for (const name of named(node)) {
      if (name.type === "aliased_import") {
        const module = name.childForFieldName("name")?.text;
        const alias = name.childForFieldName("alias")?.text;
        if (module && alias) bindModule(bindings, alias, module);
      } else if (name.type === "dotted_name") {
        const first = name.text.split(".")[0];
        bindModule(bindings, first, first);
      }
    }
  } else if (node.type === "import_from_statement") {
    const module = node.childForFieldName("module_name")?.text;
    const base = module ? canonicalModule(module) : void 0;
    if (base === void 0) {
      const exports = module?.startsWith(".") ? local?.(module) : void 0;
      if (exports) pythonLocalNames(node, exports, bindings);
      return;
    }
    for (const name of named(node)) {
      if (name.type === "wildcard_import") bindings.wildcards.push(base);
      if (name === node.childForFieldName("module_name")) continue;
      const imported = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
      const local2 = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
      if (!imported || !local2 || name.type === "wildcard_import") continue;
      bindings.names.set(local2, normalisePath(`${base}.${imported}`));
    }
  } else if (node.type === "assignment") {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (left?.type === "identifier" && (right?.type === "attribute" || right?.type === "identifier"))
      bindAlias(bindings, left.text, right.text.replace(/\s+/g, ""));
  }
}
function pythonLocalNames(node, exports, bindings) {
  for (const name of named(node)) {
    if (name === node.childForFieldName("module_name")) continue;
    if (name.type === "wildcard_import") {
      for (const [k, v] of exports.names) bindings.names.set(k, v);
      continue;
    }
    const imported = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
    const alias = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
    const target = imported === void 0 ? void 0 : exports.names.get(imported);
    if (alias && target !== void 0) bindings.names.set(alias, target);
  }
}
function typescript(node, bindings, local) {
  if (node.type === "import_statement") {
    const source = stringValue(node.childForFieldName("source"));
    const clause = named(node).find((c) => c.type === "import_clause");
    if (source === void 0 || !clause) return;
    if (canonicalModule(source) === void 0) {
      const exports = source.startsWith(".") ? local?.(source) : void 0;
      if (exports) tsLocalNames(clause, exports, bindings);
      return;
    }
    const base = canonicalModule(source);
    for (const part of named(clause)) {
      if (part.type === "identifier") bindings.names.set(part.text, base);
      else if (part.type === "namespace_import") {
        const local2 = named(part).find((c) => c.type === "identifier")?.text;
        if (local2) bindings.names.set(local2, base);
      } else if (part.type === "named_imports") {
        for (const spec of named(part)) {
          if (spec.type !== "import_specifier") continue;
          const imported = spec.childForFieldName("name")?.text;
          const local2 = spec.childForFieldName("alias")?.text ?? imported;
          if (imported && local2) bindings.names.set(local2, normalisePath(`${base}.${imported}`));
        }
      }
    }
  } else if (node.type === "variable_declarator") {
    const name = node.childForFieldName("name");
    const value = unwrapTs(node.childForFieldName("value"));
    if (!name || !value) return;
    let source;
    if (value.type === "call_expression" && value.childForFieldName("function")?.text === "require") {
      const specifier = stringValue(value.childForFieldName("arguments")?.namedChildren[0] ?? null);
      source = specifier !== void 0 ? canonicalModule(specifier) : void 0;
    } else if (value.type === "member_expression" || value.type === "identifier") {
      const written = value.text.replace(/\s+/g, "");
      if (bindings.names.has(written.split(".")[0])) source = resolveName(written, bindings);
    }
    if (source === void 0) return;
    if (name.type === "identifier") bindings.names.set(name.text, source);
    else if (name.type === "object_pattern") {
      for (const prop of named(name)) {
        if (prop.type === "shorthand_property_identifier_pattern")
          bindings.names.set(prop.text, normalisePath(`${source}.${prop.text}`));
        else if (prop.type === "pair_pattern") {
          const key = prop.childForFieldName("key")?.text;
          const local2 = prop.childForFieldName("value");
          if (key && local2?.type === "identifier") bindings.names.set(local2.text, normalisePath(`${source}.${key}`));
        }
      }
    }
  }
}
function tsLocalNames(clause, exports, bindings) {
  for (const part of named(clause)) {
    if (part.type !== "named_imports") continue;
    for (const spec of named(part)) {
      if (spec.type !== "import_specifier") continue;
      const imported = spec.childForFieldName("name")?.text;
      const alias = spec.childForFieldName("alias")?.text ?? imported;
      const target = imported === void 0 ? void 0 : memberOf({ exports }, imported);
      if (alias && target !== void 0) bindings.names.set(alias, target);
    }
  }
}
function unwrapTs(node) {
  let current = node;
  while (current && /^(parenthesized_expression|as_expression|satisfies_expression|non_null_expression)$/.test(current.type))
    current = current.namedChildren[0] ?? null;
  return current;
}
function stringValue(node) {
  if (!node || node.type !== "string") return void 0;
  return node.text.slice(1, -1);
}
function go(node, bindings) {
  if (node.type !== "import_spec") return;
  const path = node.childForFieldName("path")?.text.slice(1, -1);
  const canonical = path ? canonicalModule(path) : void 0;
  if (!path || canonical === void 0) return;
  const alias = node.childForFieldName("name")?.text;
  if (alias === "_") return;
  if (alias === ".") bindings.wildcards.push(canonical);
  else bindings.names.set(alias ?? path.split("/").pop(), canonical);
}
function csharp(node, bindings) {
  if (node.type !== "using_directive") return;
  const match = /^using\s+(static\s+)?(?:(\w+)\s*=\s*)?([\w.]+)\s*;$/s.exec(node.text.trim());
  if (!match) return;
  const canonical = canonicalModule(match[3]);
  if (canonical === void 0) return;
  if (match[2]) bindings.names.set(match[2], canonical);
  else if (canonical !== "pulumi") bindings.wildcards.push(canonical);
}
function java(node, bindings) {
  if (node.type !== "import_declaration" || node.namedChildren.some((c) => c?.type === "asterisk")) return;
  const path = node.namedChildren.find((c) => c?.type === "scoped_identifier")?.text.replace(/\s+/g, "");
  const service = path && /^software\.amazon\.awscdk\.services\.(\w+)\.(\w+)$/.exec(path);
  if (service) bindings.names.set(service[2], `${service[1]}.${service[2]}`);
}

// src/parsers/iac-code/local-modules.ts
var MAX_DEPTH = 4;
function localExports(fromPath, language, read) {
  const cache = /* @__PURE__ */ new Map();
  const exportsOf = (from, specifier, depth) => {
    if (depth >= MAX_DEPTH) return void 0;
    for (const path of candidates(from, specifier, language)) {
      if (cache.has(path)) return cache.get(path);
      const text = read(path);
      if (text === void 0) continue;
      cache.set(path, void 0);
      const tree = parserFor(language).parse(text);
      if (!tree) return void 0;
      try {
        const found = readExports(tree.rootNode, language, (next) => exportsOf(path, next, depth + 1));
        cache.set(path, found);
        return found;
      } finally {
        tree.delete();
      }
    }
    return void 0;
  };
  return (specifier) => exportsOf(fromPath, specifier, 0);
}
function candidates(from, specifier, language) {
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/")) : "";
  if (language === "python") {
    const dots = /^\.+/.exec(specifier)?.[0].length ?? 0;
    if (dots === 0) return [];
    let base = dir;
    for (let i = 1; i < dots; i++) base = base.includes("/") ? base.slice(0, base.lastIndexOf("/")) : "";
    const rest = specifier.slice(dots).split(".").filter(Boolean).join("/");
    const stem = [base, rest].filter(Boolean).join("/");
    return rest ? [`${stem}.py`, `${stem}/__init__.py`] : [`${stem ? `${stem}/` : ""}__init__.py`];
  }
  if (language !== "typescript" && language !== "tsx") return [];
  const joined = join(dir, specifier.replace(/\.(m|c)?js$/, ""));
  if (joined === void 0) return [];
  return [
    ...[".ts", ".tsx", ".js", ".mjs"].map((ext) => `${joined}${ext}`),
    ...["index.ts", "index.tsx", "index.js"].map((name) => `${joined}/${name}`)
  ];
}
function join(dir, relative) {
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

// src/rules/iac/lib/iac-code-references.ts
function iacCodeReferences(path, text) {
  const dir = dirOf(path);
  const prefix = dir ? `${dir}/` : "";
  if (isPulumiStackConfig(path))
    return [...PULUMI_PROGRAMS.map(([name]) => prefix + name), `${prefix}Pulumi.yaml`, `${prefix}Pulumi.yml`];
  if (/(^|\/)Pulumi\.ya?ml$/.test(path)) {
    const main = pulumiMain(path, text);
    if (main === void 0) return [];
    return PROGRAM_FILE.test(main) ? [main] : PULUMI_PROGRAMS.map(([name]) => `${main ? `${main}/` : ""}${name}`);
  }
  const language = /\.py$/i.test(path) ? "python" : /\.(ts|tsx|js|mjs|cjs)$/i.test(path) ? "typescript" : void 0;
  if (!language) return [];
  if (!text.includes(".")) return [];
  const program = /pulumi|cdk/i.test(text) && (PULUMI_IMPORT.test(text) || CDK_IMPORT.test(text));
  const reexports = language === "typescript" ? text.includes("export") && TS_REEXPORT.test(text) : /(^|\/)__init__\.py$/.test(path);
  if (!program && !reexports) return [];
  const specifiers = language === "python" ? [...text.matchAll(PY_RELATIVE)].map((m) => m[1]) : [...text.matchAll(TS_RELATIVE)].map((m) => m[1]);
  return [...new Set(specifiers)].flatMap((s) => candidates(path, s, language));
}
function pulumiMain(path, text) {
  const dir = dirOf(path);
  const main = /^main:[ \t]*['"]?([^'"#\n]*?)['"]?[ \t]*(?:#.*)?$/m.exec(text)?.[1]?.trim();
  if (!main) return dir;
  const parts = dir ? dir.split("/") : [];
  for (const part of main.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
var PROGRAM_FILE = /\.(ts|js|py|go|cs)$/i;
var TS_RELATIVE = /(?:\bfrom|\brequire\()\s*['"](\.{1,2}\/[^'"\n]+)['"]/g;
var TS_REEXPORT = /^\s*export\s+(?:\*|\{)[^;\n]*\bfrom\s+['"]\.{1,2}\//m;
var PY_RELATIVE = /^[ \t]*from[ \t]+(\.+[\w.]*)[ \t]+import\b/gm;
function dirOf(path) {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}

export {
  resolveName,
  readBindings,
  localExports,
  iacCodeReferences,
  pulumiMain
};
