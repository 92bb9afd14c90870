import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  isProductionName
} from "./chunk-MC2PQM5U.js";
import {
  matchesAny
} from "./chunk-PGE7O3DA.js";

// src/policy/production.ts
function isProduction(policy, key, value) {
  return matchesAny(policy.production[key], value, true);
}

// src/rules/env/lib/targets.ts
var PRODUCTION_ENVIRONMENTS = /* @__PURE__ */ new Set(["production", "prod", "prd", "live"]);
var ENVIRONMENT_VARIABLES = /* @__PURE__ */ new Set([
  "RAILS_ENV",
  "RACK_ENV",
  "NODE_ENV",
  "APP_ENV",
  "APP_ENVIRONMENT",
  "ENVIRONMENT",
  "ENV",
  "DEPLOY_ENV",
  "DEPLOYMENT_ENV",
  "TARGET_ENV",
  "STAGE",
  "FLASK_ENV",
  "MIX_ENV",
  "ASPNETCORE_ENVIRONMENT",
  "DOTNET_ENVIRONMENT",
  "SPRING_PROFILES_ACTIVE",
  "RAILWAY_ENVIRONMENT",
  "VERCEL_ENV",
  "SENTRY_ENVIRONMENT"
]);
var WEAK_VARIABLES = /* @__PURE__ */ new Set(["NODE_ENV"]);
function isProductionEnvironment(value, policy) {
  const v = value.trim().toLowerCase();
  return PRODUCTION_ENVIRONMENTS.has(v) || isProduction(policy, "environments", v);
}
function isProductionHost(host, policy) {
  const h = host.toLowerCase();
  return isProduction(policy, "hosts", h) || isProductionName(h, policy);
}
function urlHost(value) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]*@)?(\[[^\]]+\]|[^/:?#\s]+)/i.exec(value.trim());
  return m?.[1];
}
function urlDatabase(value) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/\s]+\/([^?#/\s]+)/i.exec(value.trim());
  return m?.[1];
}
function productionUrl(value, policy) {
  const host = urlHost(value);
  if (host === void 0) return void 0;
  if (isProductionHost(host, policy)) return { label: `host ${host}`, strong: true };
  const database = urlDatabase(value);
  if (database !== void 0 && isProduction(policy, "databases", database)) {
    return { label: `database ${database}`, strong: true };
  }
  return void 0;
}
var EXPRESSION_NAME = /\$\{\{\s*(?:secrets|vars)\.([A-Za-z0-9_]+)\s*\}\}/g;
function productionVariable(name, value, policy) {
  const upper = name.toUpperCase();
  if (ENVIRONMENT_VARIABLES.has(upper)) {
    const values = upper === "SPRING_PROFILES_ACTIVE" ? value.split(",") : [value];
    if (values.some((v) => isProductionEnvironment(v, policy))) {
      return { label: `${name}=${value.trim()}`, strong: !WEAK_VARIABLES.has(upper) };
    }
  }
  if (upper === "DJANGO_SETTINGS_MODULE") {
    const module = value.trim().split(".").pop() ?? "";
    if (isProductionEnvironment(module, policy)) return { label: `${name}=${value.trim()}`, strong: true };
  }
  if (upper === "TF_WORKSPACE" && isWorkspace(value, policy)) return { label: `${name}=${value.trim()}`, strong: true };
  if ((upper === "KUBE_CONTEXT" || upper === "KUBECONTEXT") && isKubeContext(value, policy)) {
    return { label: `${name}=${value.trim()}`, strong: true };
  }
  if ((upper === "AWS_PROFILE" || upper === "GOOGLE_CLOUD_PROJECT" || upper === "CLOUDSDK_CORE_PROJECT") && isProject(value, policy)) {
    return { label: `${name}=${value.trim()}`, strong: true };
  }
  const url = productionUrl(value, policy);
  if (url) return { label: `${name} with ${url.label}`, strong: true };
  if (/(^|_)(HOST|HOSTNAME|SERVER)$/.test(upper) && /^[a-z0-9.-]+$/i.test(value.trim()) && isProductionHost(value.trim(), policy)) {
    return { label: `${name}=${value.trim()}`, strong: true };
  }
  for (const m of value.matchAll(EXPRESSION_NAME)) {
    if (isProductionName(m[1], policy)) return { label: `${name} from ${m[1]}`, strong: true };
  }
  return void 0;
}
function isKubeContext(value, policy) {
  return isProduction(policy, "kubeContexts", value) || isProductionName(value, policy);
}
function isWorkspace(value, policy) {
  return isProduction(policy, "workspaces", value) || isProductionEnvironment(value, policy);
}
function isProject(value, policy) {
  return isProduction(policy, "projects", value) || isProductionName(value, policy);
}
function isProductionDirectory(dir, policy) {
  const d = dir.replace(/^\.\//, "").replace(/\/+$/, "");
  if (isProduction(policy, "directories", d) || isProduction(policy, "directories", `${d}/`)) return true;
  const last = d.split("/").pop() ?? "";
  return isProductionEnvironment(last, policy);
}

export {
  isProductionEnvironment,
  isProductionHost,
  urlHost,
  urlDatabase,
  productionUrl,
  productionVariable,
  isKubeContext,
  isWorkspace,
  isProject,
  isProductionDirectory
};
