import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  isComposePath
} from "./chunk-Z7S54ZPA.js";
import {
  isShellSource
} from "./chunk-SGP6KUTB.js";
import {
  isProductionHost,
  productionUrl,
  productionVariable
} from "./chunk-GVQ55VA2.js";

// src/rules/env/lib/config-targets.ts
function isDotenv(path) {
  return /(^|\/)\.env(\.[\w.-]+)?$|\.env$/.test(path);
}
function isProductionDotenv(path) {
  return /(^|\/)\.env\.(production|prod)(\.local)?$/.test(path);
}
var DATABASE_CONFIG = [
  /(^|\/)config\/database\.ya?ml$/,
  /(^|\/)settings(\/[\w-]+)?\.py$|(^|\/)settings_[\w-]+\.py$/,
  /(^|\/)knexfile\.(js|cjs|mjs|ts)$/,
  /(^|\/)ormconfig\.(json|js|ts|ya?ml)$/,
  /(^|\/)(data-?source|database)\.(js|ts)$/,
  /\.prisma$/,
  /(^|\/)appsettings(\.[\w-]+)?\.json$/,
  /(^|\/)(config\/)?(sequelize|config)\.json$/,
  /(^|\/)config\/(dev|prod|runtime|config)\.exs$/,
  /(^|\/)application(-[\w]+)?\.(ya?ml|properties)$/
];
function isDatabaseConfig(path) {
  return DATABASE_CONFIG.some((re) => re.test(path));
}
var DOTENV_LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\n#]*))/gm;
function dotenvTargets(path, text, policy) {
  const found = [];
  for (const m of text.matchAll(DOTENV_LINE)) {
    const value = (m[2] ?? m[3] ?? m[4] ?? "").trim();
    const target = productionVariable(m[1], value, policy);
    const span = { start: m.index, end: m.index + m[0].length };
    if (target) found.push({ ...target, span, unit: span });
  }
  if (isProductionDotenv(path) && text.trim() !== "") {
    const firstLine = { start: 0, end: Math.max(1, text.indexOf("\n")) };
    found.push({
      label: `${path.split("/").pop()} (production settings)`,
      strong: true,
      span: firstLine,
      unit: { start: 0, end: text.length }
    });
  }
  return found;
}
var URL_TOKEN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>),;]+/gi;
var HOST_SETTING = /(?<![\w-])["']?(?:host|hostname|server|data source|address)["']?\s*(?:=>|=|:)\s*["']?(?:tcp:)?([a-z0-9][a-z0-9.-]*[a-z0-9])/gi;
function databaseConfigTargets(text, policy) {
  const found = [];
  for (const m of text.matchAll(URL_TOKEN)) {
    const target = productionUrl(m[0], policy);
    const span = { start: m.index, end: m.index + m[0].length };
    if (target) found.push({ ...target, span, unit: span });
  }
  for (const m of text.matchAll(HOST_SETTING)) {
    const host = m[1];
    if (!host.includes(".") && !isProductionHost(host, policy)) continue;
    if (!isProductionHost(host, policy)) continue;
    const start = m.index + m[0].lastIndexOf(host);
    const span = { start, end: start + host.length };
    if (!found.some((f) => f.span.start <= start && start < f.span.end))
      found.push({ label: `host ${host}`, strong: true, span, unit: span });
  }
  return found;
}

// src/rules/env/lib/applies.ts
var WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
function readsEnvironment(path, text) {
  return WORKFLOW.test(path) || isDotenv(path) || isDatabaseConfig(path) || isComposePath(path) || isShellSource(path, text);
}

export {
  isDotenv,
  isDatabaseConfig,
  dotenvTargets,
  databaseConfigTargets,
  WORKFLOW,
  readsEnvironment
};
