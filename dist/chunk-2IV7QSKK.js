import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  isLocalHost,
  programOf,
  readArgs
} from "./chunk-PCBBMPLR.js";
import {
  urlDatabase,
  urlHost
} from "./chunk-GVQ55VA2.js";
import {
  isDynamic,
  isTestDatabase
} from "./chunk-UD7HIGTY.js";

// src/rules/env/lib/target-contexts.ts
var PULL_REQUEST_EXPRESSIONS = /\$\{\{\s*github\.(?:event\.number|event\.pull_request\.number|head_ref|event\.pull_request\.head\.ref)\s*\}\}/;
var PULL_REQUEST_VARIABLES = /* @__PURE__ */ new Set([
  "PR_NUMBER",
  "PR_NUM",
  "PR_ID",
  "PULL_REQUEST_NUMBER",
  "PULL_REQUEST_ID",
  "GITHUB_HEAD_REF",
  "CI_MERGE_REQUEST_IID",
  "CI_MERGE_REQUEST_ID",
  "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME",
  "CI_COMMIT_REF_SLUG",
  "CI_ENVIRONMENT_SLUG",
  "VERCEL_GIT_COMMIT_REF",
  "VERCEL_GIT_PULL_REQUEST_ID",
  "RENDER_GIT_BRANCH",
  "RAILWAY_GIT_BRANCH",
  "HEROKU_PR_NUMBER",
  "BITBUCKET_PR_ID",
  "CIRCLE_PR_NUMBER",
  "BUILDKITE_PULL_REQUEST",
  "CHANGE_ID",
  "SYSTEM_PULLREQUEST_PULLREQUESTNUMBER"
]);
var EXPANSION = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
function ciVariables(value) {
  return value.replace(/\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, "${$1}").replace(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g, "${$1}").replace(
    /\$\(([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+)\)/g,
    (_, name) => `\${${name.replace(/\./g, "_").toUpperCase()}}`
  );
}
var ENVIRONMENT_VARIABLES = /* @__PURE__ */ new Set([
  "RAILS_ENV",
  "RACK_ENV",
  "NODE_ENV",
  "APP_ENV",
  "MIX_ENV",
  "FLASK_ENV",
  "ENVIRONMENT",
  "DJANGO_ENV",
  "ASPNETCORE_ENVIRONMENT"
]);
var TEST_ENVIRONMENTS = /* @__PURE__ */ new Set(["test", "testing", "ci", "e2e"]);
var LOCAL_ENVIRONMENTS = /* @__PURE__ */ new Set(["development", "dev", "local"]);
var CONNECTION_VARIABLE = /(^|_)(DATABASE|DB|PG|POSTGRES|POSTGRESQL|MYSQL|REDIS|MONGO|MONGODB)[A-Z_]*(URL|URI|HOST)$/;
var HOST_VARIABLES = /* @__PURE__ */ new Set(["PGHOST", "MYSQL_HOST", "DB_HOST", "DATABASE_HOST", "REDIS_HOST"]);
var LOCAL_COMPOSE_FILE = /(^|[/._-])(dev|development|local|test|testing|ci|e2e)([._-]|$)/i;
function isLocalComposeFile(path) {
  return LOCAL_COMPOSE_FILE.test(path.split("/").pop() ?? "");
}
function commandContexts(text, commands, assignments, options = {}) {
  const contexts = [];
  const setup = options.path === void 0 ? void 0 : developmentSetupScript(options.path, options.fileText ?? text);
  const workspaces = new WorkspaceSelections();
  for (const command of commands) {
    const inherited = options.scriptWide ? inheritedEnvironment(command, assignments) : [];
    const own = previewReason(text, command, assignments);
    const reason = own ?? workspaces.selectedFor(command, assignments) ?? composeReason(command) ?? environmentReason(command, inherited, setup && !CLOUD_PROGRAMS.has(programOf(command)) ? setup : void 0);
    workspaces.after(command, own);
    if (reason) contexts.push({ environment: reason.environment, reason: reason.reason, span: command.span });
  }
  return contexts;
}
function isServiceName(host) {
  return /^[a-z][a-z0-9_-]*$/i.test(host) && !/\b(prod|production|staging|stage|live)\b/i.test(host);
}
function previewReason(text, command, assignments) {
  const words = command.argSpans.slice(1).map((s) => raw(text, s));
  const named = (value, depth) => {
    if (PULL_REQUEST_EXPRESSIONS.test(value)) return "the pull request number or branch";
    for (const m of ciVariables(value).matchAll(EXPANSION)) {
      const name = m[1];
      if (PULL_REQUEST_VARIABLES.has(name)) return `$${name}`;
      if (depth > 2) continue;
      const set = command.envAssignments.filter((e) => e.name === name).map((e) => raw(text, e.span));
      const earlier = assignments.filter((a) => a.name === name && a.span.end <= command.span.start).map((a) => raw(text, a.span));
      for (const v of [...set, ...earlier]) {
        const inner = named(valueOf(v), depth + 1);
        if (inner) return inner;
      }
    }
    return void 0;
  };
  const workspace = command.envAssignments.filter((e) => e.name === "TF_WORKSPACE").map((e) => valueOf(raw(text, e.span)));
  for (const word of [...words, ...workspace]) {
    const source = named(word, 0);
    if (source) return { environment: "preview", reason: `preview environment named from ${source}` };
  }
  return void 0;
}
var WorkspaceSelections = class {
  selected = /* @__PURE__ */ new Map();
  selectedFor(command, assignments) {
    const named = (a) => a.name === "TF_WORKSPACE";
    if (command.envAssignments.some(named) || assignments.some(named)) return void 0;
    const key = terraformKey(command);
    const evidence = key === void 0 ? void 0 : this.selected.get(key);
    return evidence && { ...evidence, reason: `Terraform workspace selected earlier: ${evidence.reason}` };
  }
  after(command, own) {
    const program = programOf(command);
    if (program === "cd" || program === "pushd" || program === "popd") {
      for (const key2 of [...this.selected.keys()]) if (key2.startsWith(shellOf(command))) this.selected.delete(key2);
      return;
    }
    const key = terraformKey(command);
    if (key === void 0) return;
    const operands = command.argv.slice(1).filter((w) => !w.startsWith("-"));
    if (operands[0] !== "workspace" || !["select", "new"].includes(operands[1] ?? "")) return;
    if (own) this.selected.set(key, own);
    else this.selected.delete(key);
  }
};
function shellOf(command) {
  return `${command.origin.label ?? ""}\0`;
}
function terraformKey(command) {
  if (!["terraform", "tofu"].includes(programOf(command))) return void 0;
  const chdir = command.argv.find((w) => w.startsWith("-chdir="))?.slice("-chdir=".length) ?? ".";
  return shellOf(command) + chdir.replace(/\/+$/, "");
}
function composeReason(command) {
  const program = programOf(command);
  const argv = program === "docker" && command.argv[1] === "compose" ? command.argv.slice(1) : command.argv;
  if (program !== "docker-compose" && !(program === "docker" && command.argv[1] === "compose")) return void 0;
  const args = readArgs(argv, ["-f", "--file", "-p", "--project-name", "--env-file", "--profile"]);
  const files = args.options.filter((o) => o.name === "-f" || o.name === "--file").map((o) => o.value ?? "");
  if (files.length === 0 || files.some((f) => isDynamic(f) || !LOCAL_COMPOSE_FILE.test(f.split("/").pop() ?? ""))) {
    return void 0;
  }
  return { environment: "local", reason: `local compose stack (${files.join(", ")})` };
}
function environmentReason(command, inherited = [], fallback) {
  if (namesOtherHost(command, fallback?.containerNetwork === true)) return void 0;
  let evidence;
  const operands = command.argv.slice(1).flatMap((w) => {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(w);
    return m ? [{ name: m[1], value: m[2] }] : [];
  });
  const own = new Set([...command.envAssignments, ...operands].map((e) => e.name));
  const fromScript = inherited.filter((e) => !own.has(e.name));
  for (const e of [...command.envAssignments, ...operands, ...fromScript]) {
    const name = e.name.toUpperCase();
    const value = e.value.trim();
    if (ENVIRONMENT_VARIABLES.has(name)) {
      const v = value.toLowerCase();
      if (TEST_ENVIRONMENTS.has(v)) evidence ??= { environment: "test", reason: `test environment (${name}=${value})` };
      else if (LOCAL_ENVIRONMENTS.has(v)) {
        evidence ??= { environment: "local", reason: `development environment (${name}=${value})` };
      } else if (name !== "NODE_ENV") return void 0;
    } else if (CONNECTION_VARIABLE.test(name) || HOST_VARIABLES.has(name)) {
      const host = HOST_VARIABLES.has(name) || name.endsWith("HOST") ? value : urlHost(value);
      if (host === void 0 || isDynamic(host)) return void 0;
      const database = urlDatabase(value);
      if (isLocalHost(host) || command.origin.localHosts.includes(host)) {
        const where = command.origin.localHosts.includes(host) ? "the job's service container" : "localhost";
        evidence ??= { environment: "local", reason: `database on ${where} (${name})` };
      } else if (database !== void 0 && isTestDatabase(database)) {
        evidence ??= { environment: "test", reason: `test database ${database} (${name})` };
      } else return void 0;
    }
  }
  return evidence ?? fallback;
}
var DEVELOPMENT_SETUP = /^(?:bin\/(?:setup|dev)|script\/(?:setup|bootstrap))$|^\.devcontainer\//;
var CLOUD_PROGRAMS = /* @__PURE__ */ new Set([
  "terraform",
  "tofu",
  "terragrunt",
  "pulumi",
  "cdk",
  "sst",
  "serverless",
  "sls",
  "aws",
  "gcloud",
  "gsutil",
  "bq",
  "az",
  "azcopy",
  "doctl",
  "heroku",
  "fly",
  "flyctl",
  "railway",
  "vercel",
  "netlify",
  "render",
  "firebase",
  "neonctl",
  "pscale",
  "wrangler",
  "kubectl",
  "helm",
  "oc"
]);
function developmentSetupScript(path, text) {
  if (!DEVELOPMENT_SETUP.test(path)) return void 0;
  const container = path.startsWith(".devcontainer/");
  if (/\b(prod|production|staging|stage|live)\b/i.test(text)) return void 0;
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`)]+/gi)) {
    const host = urlHost(m[0]);
    if (host === void 0 || isDynamic(host) || !(isLocalHost(host) || container && isServiceName(host)))
      return void 0;
  }
  const name = container ? "a dev container script" : path;
  return { environment: "local", reason: `development setup script (${name})`, containerNetwork: container };
}
function inheritedEnvironment(command, assignments) {
  const relevant = (name) => ENVIRONMENT_VARIABLES.has(name) || CONNECTION_VARIABLE.test(name) || HOST_VARIABLES.has(name);
  const before = assignments.filter((a) => a.span.end <= command.span.start && relevant(a.name));
  const always = new Set(before.filter((a) => a.unconditional).map((a) => a.name));
  return before.filter((a) => always.has(a.name)).map((a) => ({ name: a.name, value: a.value }));
}
function namesOtherHost(command, containerNetwork = false) {
  const local = (host) => !isDynamic(host) && (isLocalHost(host) || command.origin.localHosts.includes(host) || containerNetwork && isServiceName(host));
  return command.argv.slice(1).some((word, i, words) => {
    const host = urlHost(word);
    if (host !== void 0 && !local(host)) return true;
    if (word === "-h" || word === "--host") return !local(words[i + 1] ?? "");
    const attached = /^(?:--host=|-h)(.+)$/.exec(word);
    return attached !== null && !local(attached[1]);
  });
}
function raw(text, span) {
  return text.slice(span.start, span.end);
}
function valueOf(assignment) {
  const m = /^[^=:]*[=:]\s*/.exec(assignment);
  return m ? assignment.slice(m[0].length) : assignment;
}

export {
  isLocalComposeFile,
  commandContexts
};
