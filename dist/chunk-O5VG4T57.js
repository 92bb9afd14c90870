import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  defaultPolicy
} from "./chunk-EIH2OVFC.js";
import {
  firstChange,
  headOf,
  placeOf,
  safetyBypass
} from "./chunk-AOPES7MT.js";
import {
  isAgentGuard,
  isClaudeSettings,
  isCodeowners,
  isPolicyFile,
  isWorkflow,
  readsGuardFile,
  wasGuardFile
} from "./chunk-O7FLODLP.js";
import {
  policySources
} from "./chunk-YQYAWUZZ.js";
import {
  entriesOf,
  itemsOf,
  pairOf,
  pairSpan,
  parseYaml,
  plainValue,
  scalarText as scalarText2,
  spanOf,
  valueAt,
  valueOf
} from "./chunk-NLWX5JZZ.js";
import {
  scalarText
} from "./chunk-ZBXMPTUD.js";
import {
  require_dist,
  tooDeepForYaml
} from "./chunk-ZBXWAF4J.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  minimatch
} from "./chunk-L26QLQXM.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/rules/guard/lib/agent-guard-compare.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/rules/guard/lib/guard-files.ts
var import_yaml = __toESM(require_dist(), 1);
var TWO_KEY_ACTION = /(^|\/)two-key(@|\/|$)/i;
var TWO_KEY_CLI = /(^|[\s;&|(])(npx\s+(-y\s+)?)?two-key(@\S+)?\s+check\b/;
function twoKeySteps(text) {
  const doc = tooDeepForYaml(text) === void 0 ? (0, import_yaml.parseDocument)(text, { keepSourceTokens: false }) : void 0;
  if (!doc || doc.errors.length > 0)
    return TWO_KEY_CLI.test(text) || /uses:\s*\S*two-key/i.test(text) ? [{ start: 0, end: 1 }] : [];
  const steps = [];
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if (!(0, import_yaml.isScalar)(pair.key) || !(0, import_yaml.isScalar)(pair.value) || typeof pair.value.value !== "string") return;
      const key = String(pair.key.value);
      const value = pair.value.value;
      const runsTwoKey2 = key === "uses" && TWO_KEY_ACTION.test(value) || key === "run" && TWO_KEY_CLI.test(value);
      if (runsTwoKey2 && pair.key.range)
        steps.push({ start: pair.key.range[0], end: pair.value.range?.[1] ?? pair.key.range[1] });
    }
  });
  return steps;
}

// src/rules/guard/lib/workflow.ts
var import_yaml2 = __toESM(require_dist(), 1);
function readWorkflow(text) {
  const stream = parseYaml(text);
  const root = stream.documents[0]?.root ?? null;
  if (stream.error || stream.documents.length !== 1 || !(0, import_yaml2.isMap)(root)) {
    return { parsed: false, root: null, events: {}, plain: void 0 };
  }
  const workflow = { parsed: true, root, events: {}, plain: plainValue(root) };
  const namePair = pairOf(root, "name");
  const name = scalarText2(namePair?.value);
  if (namePair && name !== void 0) Object.assign(workflow, { namePair, name });
  const onPair = pairOf(root, "on") ?? pairOf(root, "true");
  if (onPair) {
    workflow.onPair = onPair;
    workflow.events = eventsOf(onPair.value);
  }
  return workflow;
}
function eventsOf(node) {
  const single = scalarText2(node);
  if (single !== void 0) return { [single]: null };
  if ((0, import_yaml2.isSeq)(node))
    return Object.fromEntries(itemsOf(node).flatMap((i) => (0, import_yaml2.isScalar)(i) ? [[String(i.value), null]] : []));
  if ((0, import_yaml2.isMap)(node)) return Object.fromEntries(entriesOf(node).map(({ key, pair }) => [key, plainValue(pair.value)]));
  return {};
}
var REVIEW_EVENTS = ["pull_request_review", "pull_request_review_comment"];
function handlesReviews(workflow) {
  return REVIEW_EVENTS.some((e) => e in workflow.events);
}
function workflowRunNames(workflow) {
  const config = workflow.events.workflow_run;
  if (config === null || typeof config !== "object") return [];
  const names = config.workflows;
  if (typeof names === "string") return [names];
  return Array.isArray(names) ? names.filter((n) => typeof n === "string") : [];
}
function displayName(workflow, path) {
  return workflow.name ?? path;
}
var STATUS_PERMISSIONS = ["statuses", "checks"];
function statusPermissions(workflow) {
  const found = [];
  const read = (owner, permissions) => {
    if (!permissions) return;
    if (scalarText2(permissions.value) === "write-all") {
      found.push({ key: `${owner}:write-all`, what: "permissions: write-all", span: pairSpan(permissions) });
    }
    for (const { key, pair } of entriesOf(permissions.value)) {
      if (STATUS_PERMISSIONS.includes(key) && scalarText2(pair.value) === "write") {
        found.push({ key: `${owner}:${key}`, what: `${key}: write`, span: pairSpan(pair) });
      }
    }
  };
  read("workflow", pairOf(workflow.root, "permissions"));
  for (const { key, job } of jobsOf(workflow)) read(`job ${key}`, pairOf(job, "permissions"));
  return found;
}
var STATUS_ROUTE = /\/(?:statuses|check-runs|check-suites)\b|\brepos\/[^\s'"]+\/(?:statuses|check-runs)\b/;
var OCTOKIT_CALL = /\b(?:createCommitStatus|checks\.(?:create|update|rerequestRun|rerequestSuite))\b/;
var STATUS_ACTION = /(?:commit-status|status-action|set-status|checks-action|check-run)/i;
function statusCalls(workflow, text) {
  const found = [];
  for (const { key: jobKey, job } of jobsOf(workflow)) {
    itemsOf(valueOf(job, "steps")).forEach((step) => {
      const uses = scalarText2(valueOf(step, "uses"));
      const at2 = (what, node, offset) => {
        const span = spanAt(node, text, offset) ?? spanOf(step);
        found.push({ key: `job ${jobKey}:${what}:${uses ?? ""}`, what, span });
      };
      if (uses && STATUS_ACTION.test(uses.split("@")[0])) at2(`uses: ${uses}`, valueOf(step, "uses"));
      const run = valueOf(step, "run");
      const runText = scalarText2(run);
      const route = runText === void 0 ? null : STATUS_ROUTE.exec(runText);
      if (route) at2(`a run: step calling ${route[0].replace(/^\//, "")}`, run, route.index);
      const script = valueOf(valueOf(step, "with"), "script");
      const scriptText = scalarText2(script);
      const call = scriptText === void 0 ? null : OCTOKIT_CALL.exec(scriptText) ?? STATUS_ROUTE.exec(scriptText);
      if (call) at2(`a script calling ${call[0].replace(/^\//, "")}`, script, call.index);
    });
  }
  return found;
}
function spanAt(node, text, offset) {
  if (!(0, import_yaml2.isScalar)(node)) return spanOf(node);
  if (offset === void 0) return spanOf(node);
  const mapped = scalarText(node, text);
  if (!mapped) return spanOf(node);
  const start = mapped.map(offset);
  return { start, end: start + 1 };
}
function jobsOf(workflow) {
  return entriesOf(valueOf(workflow.root, "jobs")).map(({ key, pair }) => ({ key, pair, job: pair.value }));
}
function samePlain(a, b) {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => [k, sortKeys(v)])
    );
  }
  return value;
}

// src/rules/guard/lib/agent-guard-compare.ts
var ASKING_MODES = ["default", "plan"];
function compareAgentGuard(path, baseText, headText) {
  if (headText === void 0) return { same: false, loosenings: [{ reason: `removes ${path}`, side: "base" }] };
  if (baseText === void 0) return { same: false, loosenings: [{ reason: `adds ${path}` }] };
  if (isClaudeSettings(path)) return compareClaudeSettings(baseText, headText);
  const same = sameLines(baseText, headText);
  return { same, loosenings: same ? [] : [{ reason: `changes what ${path} tells or lets the agent do` }] };
}
function sameLines(a, b) {
  const lines = (t) => t.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l !== "").sort();
  return lines(a).join("\n") === lines(b).join("\n");
}
function readSettings(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return void 0;
  return { data, root: parseYaml(text).documents[0]?.root ?? null };
}
function compareClaudeSettings(baseText, headText) {
  const base = readSettings(baseText);
  const head = readSettings(headText);
  if (!head) return { same: false, loosenings: [{ reason: "makes the settings unreadable as JSON" }] };
  if (!base) return { same: false, loosenings: [] };
  const loosenings = [];
  const perms = (s) => record(s.data.permissions);
  for (const entry of strings(perms(head).allow)) {
    if (!strings(perms(base).allow).includes(entry)) {
      loosenings.push({ reason: `allows ${entry} without asking`, ...at(head, ["permissions", "allow"], entry) });
    }
  }
  for (const list of ["deny", "ask"]) {
    for (const entry of strings(perms(base)[list])) {
      if (!strings(perms(head)[list]).includes(entry)) {
        loosenings.push({
          reason: `no longer ${list === "deny" ? "denies" : "asks before"} ${entry}`,
          ...at(base, ["permissions", list], entry),
          side: "base"
        });
      }
    }
  }
  for (const entry of strings(perms(head).additionalDirectories)) {
    if (!strings(perms(base).additionalDirectories).includes(entry)) {
      loosenings.push({
        reason: `lets the agent work in ${entry} too`,
        ...at(head, ["permissions", "additionalDirectories"], entry)
      });
    }
  }
  const mode = perms(head).defaultMode;
  if (!samePlain(mode, perms(base).defaultMode) && !(typeof mode === "string" && ASKING_MODES.includes(mode))) {
    loosenings.push({
      reason: `sets the permission mode to ${String(mode)}`,
      ...at(head, ["permissions", "defaultMode"])
    });
  }
  for (const key of Object.keys({ ...perms(base), ...perms(head) })) {
    if (["allow", "deny", "ask", "additionalDirectories", "defaultMode"].includes(key)) continue;
    if (!samePlain(perms(base)[key], perms(head)[key])) {
      loosenings.push({ reason: `changes permissions.${key}`, ...at(head, ["permissions", key]) });
    }
  }
  if (head.data.disableAllHooks === true && base.data.disableAllHooks !== true) {
    loosenings.push({ reason: "disables every hook", ...at(head, ["disableAllHooks"]) });
  }
  const headHooks = hookEntries(head.data.hooks);
  for (const hook of hookEntries(base.data.hooks)) {
    if (!headHooks.some((h) => h.key === hook.key)) {
      loosenings.push({
        reason: `removes or changes the ${hook.event} hook ${hook.label}`,
        ...at(base, ["hooks", hook.event], hook.command),
        side: "base"
      });
    }
  }
  const guardOf = (s) => ({
    permissions: sortLists(perms(s)),
    hooks: hookEntries(s.data.hooks).map((h) => h.key).sort(),
    disableAllHooks: s.data.disableAllHooks ?? false
  });
  return { same: samePlain(guardOf(base), guardOf(head)), loosenings };
}
function hookEntries(hooks) {
  return Object.entries(record(hooks)).flatMap(
    ([event, groups]) => (Array.isArray(groups) ? groups : []).flatMap((group) => {
      const { matcher, hooks: inner } = record(group);
      return (Array.isArray(inner) ? inner : [group]).map((hook) => ({
        event,
        key: JSON.stringify(sortKeys({ event, matcher: matcher ?? null, hook })),
        label: JSON.stringify(record(hook).command ?? hook),
        ...typeof record(hook).command === "string" ? { command: record(hook).command } : {}
      }));
    })
  );
}
function sortLists(value) {
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : v])
  );
}
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function at(settings, keys, entry) {
  const node = valueAt(settings.root, ...keys);
  let item;
  if (entry !== void 0 && node) {
    (0, import_yaml3.visit)(node, {
      Scalar(_, scalar) {
        if (!item && scalar.value === entry) item = scalar;
      }
    });
  }
  const span = spanOf(item ?? node);
  return span ? { span } : {};
}

// src/rules/guard/lib/codeowners.ts
function parseCodeowners(text) {
  const rules = [];
  let start = 0;
  text.split("\n").forEach((raw, i) => {
    const lineStart = start;
    start += raw.length + 1;
    const content = stripComment(raw.replace(/\r$/, "")).trim();
    if (content === "") return;
    const [pattern, ...owners] = splitFields(content);
    rules.push({
      pattern,
      owners: owners.map((o) => o.toLowerCase()),
      line: i + 1,
      span: { start: lineStart, end: lineStart + Math.max(1, raw.length) }
    });
  });
  return rules;
}
function stripComment(line) {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === "#") return line.slice(0, i);
  }
  return line;
}
function splitFields(line) {
  return line.split(/(?<!\\)\s+/).filter((f) => f !== "").map((f) => f.replace(/\\(.)/g, "$1"));
}
function matchesPath(pattern, path) {
  let glob = pattern;
  const directoryOnly = glob.endsWith("/");
  if (directoryOnly) glob = glob.slice(0, -1);
  const anchored = glob.startsWith("/") || glob.includes("/");
  glob = glob.replace(/^\//, "");
  if (glob === "" || glob === "*" || glob === "**") return true;
  if (!anchored) glob = `**/${glob}`;
  const options = { dot: true, nocomment: true, nonegate: true };
  if (!directoryOnly && minimatch(path, glob, options)) return true;
  return !glob.endsWith("/*") && minimatch(path, `${glob}/**`, options);
}
function ruleFor(rules, path) {
  for (let i = rules.length - 1; i >= 0; i--) if (matchesPath(rules[i].pattern, path)) return rules[i];
  return void 0;
}
function witnessPaths(rules) {
  const paths = /* @__PURE__ */ new Set(["README.md", "src/index.ts"]);
  for (const { pattern } of rules) {
    const filled = pattern.replace(/^\//, "").replace(/\*\*/g, "d1/d2").replace(/\*/g, "x.x").replace(/\?/g, "q").replace(/\/+/g, "/");
    const base = filled.endsWith("/") ? filled.slice(0, -1) : filled;
    if (base === "" || base === "d1/d2") continue;
    const anchored = pattern.replace(/\/$/, "").includes("/");
    const variants = anchored ? [base] : [base, `nested/${base}`];
    for (const v of variants) {
      if (!pattern.endsWith("/")) paths.add(v);
      paths.add(`${v}/file.x`);
      paths.add(`${v}/deeper/file.x`);
    }
  }
  return [...paths];
}
function ownerLosses(base, head) {
  const losses = [];
  for (const path of witnessPaths([...base, ...head])) {
    const baseRule = ruleFor(base, path);
    if (!baseRule) continue;
    const headRule = ruleFor(head, path);
    const headOwners = new Set(headRule?.owners ?? []);
    const lost = baseRule.owners.filter((o) => !headOwners.has(o));
    if (lost.length > 0) losses.push({ path, lost, baseRule, ...headRule ? { headRule } : {} });
  }
  return losses;
}
function sameRule(a, b) {
  return a.pattern === b.pattern && a.owners.join(" ") === b.owners.join(" ");
}

// src/rules/guard/lib/policy-compare.ts
var import_yaml4 = __toESM(require_dist(), 1);
var SEVERITY_ORDER = { off: 0, warn: 1, block: 2 };
var KEEP_ENTRIES = [
  "paths.include",
  "families.sql.paths",
  "production.hosts",
  "production.databases",
  "production.projects",
  "production.kubeContexts",
  "production.workspaces",
  "production.environments",
  "production.directories",
  "agents.logins",
  "agents.emails",
  "agents.trailers",
  "agents.branchPrefixes",
  "agents.bodyMarkers"
];
var ADD_NOTHING = ["paths.exclude", "paths.nonBlocking", "paths.rollback"];
var COUNTS = ["approvals.default.count", "agents.extraApprovals"];
function comparePolicies(baseText, headText) {
  const base = readPolicyYaml(baseText);
  const head = readPolicyYaml(headText);
  if (!head) {
    const span = { start: 0, end: 1 };
    const reason = headText === void 0 ? "removes the policy file" : "makes the policy unreadable, so what it requires is unknown";
    return {
      same: false,
      relaxations: [{ key: "", reason, span, ...headText === void 0 ? { side: "base" } : {} }]
    };
  }
  if (!base) return { same: false, relaxations: [] };
  if (samePlain(base.plain, head.plain)) return { same: true, relaxations: [] };
  const relaxations = [];
  for (const key of differingKeys(base.plain, head.plain)) {
    const reason = relaxationOf(key, valueAt2(base.plain, key), valueAt2(head.plain, key));
    if (reason === void 0) continue;
    const removed = removedEntry(base.root, key, valueAt2(head.plain, key));
    if (removed) {
      relaxations.push({ key, reason, span: removed, side: "base" });
      continue;
    }
    const inHead = locate(head.root, key);
    const inBase = locate(base.root, key);
    if (inHead?.exact || !inBase?.exact) relaxations.push({ key, reason, span: inHead?.span ?? { start: 0, end: 1 } });
    else relaxations.push({ key, reason, span: inBase.span, side: "base" });
  }
  return { same: false, relaxations };
}
function readPolicyYaml(text) {
  if (text === void 0) return void 0;
  const stream = parseYaml(text);
  const root = stream.documents[0]?.root;
  if (stream.error || stream.documents.length > 1) return void 0;
  if (root === null || root === void 0) return { root: null, plain: {} };
  if (!(0, import_yaml4.isMap)(root)) return void 0;
  return { root, plain: plainValue(root) };
}
function differingKeys(base, head, prefix = "") {
  if (samePlain(base, head)) return [];
  const judgedWhole = [...KEEP_ENTRIES, ...ADD_NOTHING, ...COUNTS].includes(prefix) || prefix.startsWith("rules.");
  if (!judgedWhole && (isRecord(base) || base === void 0) && (isRecord(head) || head === void 0)) {
    const b = base ?? {};
    const h = head ?? {};
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(h)])];
    return keys.flatMap((k) => differingKeys(b[k], h[k], prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}
function relaxationOf(key, base, head) {
  if (key.startsWith("rules.")) {
    const rule = key.slice("rules.".length);
    const before = typeof base === "string" ? SEVERITY_ORDER[base] : void 0;
    const after = typeof head === "string" ? SEVERITY_ORDER[head] : void 0;
    if (after === SEVERITY_ORDER.block) return void 0;
    if (before === void 0) return `sets ${rule} to ${String(head)}, which may be below its default`;
    if (after === void 0) return `removes the setting of ${rule} (was ${String(base)})`;
    return after < before ? `lowers ${rule} from ${String(base)} to ${String(head)}` : void 0;
  }
  if (KEEP_ENTRIES.includes(key)) {
    const gone = listOf(base).filter((e) => !listOf(head).some((h) => samePlain(h, e)));
    return gone.length > 0 ? `removes ${gone.map((e) => JSON.stringify(e)).join(", ")} from ${key}` : void 0;
  }
  if (ADD_NOTHING.includes(key)) {
    const added = listOf(head).filter((e) => !listOf(base).some((b) => samePlain(b, e)));
    return added.length > 0 ? `adds ${added.map((e) => JSON.stringify(e)).join(", ")} to ${key}` : void 0;
  }
  if (COUNTS.includes(key)) {
    const before = base ?? valueAt2(defaultPolicy(), key);
    const after = head ?? valueAt2(defaultPolicy(), key);
    if (typeof before === "number" && typeof after === "number" && after >= before) return void 0;
    return `lowers ${key} from ${String(before)} to ${String(after)}`;
  }
  if (key === "agents.warnBlocks" && head === true) return void 0;
  if (key === "suppressions.allowAdded" && head !== true) return void 0;
  if (key === "extends" && head === "strict") return void 0;
  if (key === "approvals.rules")
    return "changes the approval rules (first match wins, so any change can route a finding to fewer or other reviewers)";
  if (key === "approvals.default.from") return "changes who can give the default approval";
  return `changes ${key} from ${JSON.stringify(base ?? null)} to ${JSON.stringify(head ?? null)}`;
}
function listOf(value) {
  return Array.isArray(value) ? value : value === void 0 || value === null ? [] : [value];
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function valueAt2(data, key) {
  let current = data;
  for (const part of splitKey(key)) current = isRecord(current) ? current[part] : void 0;
  return current;
}
function splitKey(key) {
  if (key === "") return [];
  if (key.startsWith("rules.")) return ["rules", key.slice("rules.".length)];
  return key.split(".");
}
function removedEntry(baseRoot, key, head) {
  if (!KEEP_ENTRIES.includes(key)) return void 0;
  let node = baseRoot;
  for (const part of splitKey(key)) node = pairOf(node, part)?.value;
  const gone = itemsOf(node).find((item) => !listOf(head).some((h) => samePlain(h, plainValue(item))));
  return gone ? spanOf(gone) : void 0;
}
function locate(root, key) {
  let node = root;
  let span = spanOf(root);
  for (const part of splitKey(key)) {
    const pair = pairOf(node, part);
    if (!pair) return span && { span, exact: false };
    span = pairSpan(pair);
    node = pair.value;
  }
  return span && { span, exact: true };
}

// src/rules/guard/lib/workflow-compare.ts
var import_yaml5 = __toESM(require_dist(), 1);
var WIDENING_LISTS = ["types", "workflows"];
function narrowedTriggers(base, head) {
  const out = [];
  const at2 = head.onPair ? { span: pairSpan(head.onPair) } : base.onPair ? { span: pairSpan(base.onPair), side: "base" } : {};
  for (const [event, config] of Object.entries(base.events)) {
    if (!(event in head.events)) out.push({ reason: `stops running on ${event}`, ...at2 });
    else if (narrows(config, head.events[event])) out.push({ reason: `narrows when it runs on ${event}`, ...at2 });
  }
  return out;
}
function narrows(base, head) {
  if (samePlain(base, head) || head === null || head === void 0) return false;
  if (base === null || base === void 0 || typeof base !== "object" || typeof head !== "object") return true;
  const b = base;
  const h = head;
  for (const key of /* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(h)])) {
    if (WIDENING_LISTS.includes(key)) {
      if (h[key] === void 0) continue;
      const headList = [].concat(h[key]);
      if (b[key] === void 0 || [].concat(b[key]).some((v) => !headList.includes(v))) return true;
    } else if (!samePlain(b[key], h[key])) return true;
  }
  return false;
}
function compareGateWorkflow(baseText, headText) {
  const base = readWorkflow(baseText);
  const head = readWorkflow(headText);
  if (!head.parsed) return { same: false, weakenings: [{ reason: "makes the gate workflow unreadable YAML" }] };
  if (!base.parsed)
    return { same: false, weakenings: [{ reason: "changes a gate workflow two-key could not read before" }] };
  if (samePlain(base.plain, head.plain)) return { same: true, weakenings: [] };
  const weakenings = narrowedTriggers(base, head);
  const headJobs = new Map(jobsOf(head).map((j) => [j.key, j]));
  for (const { key, job } of jobsOf(base).filter((j) => runsTwoKey(j.job, baseText))) {
    const now = headJobs.get(key);
    if (!now) {
      weakenings.push({
        reason: `removes the job ${key} that runs two-key`,
        ...spanOf(job) ? { span: spanOf(job), side: "base" } : {}
      });
      continue;
    }
    if (samePlain(plainValue(job), plainValue(now.job))) continue;
    weakenings.push(...jobChanges(key, job, now.job));
  }
  const rest = (w) => {
    const plain = { ...w.plain };
    delete plain.on;
    delete plain.true;
    const jobs = { ...plain.jobs ?? {} };
    for (const { key, job } of jobsOf(base)) if (runsTwoKey(job, baseText)) delete jobs[key];
    plain.jobs = jobs;
    return plain;
  };
  if (!samePlain(rest(base), rest(head))) {
    weakenings.push({
      reason: "changes what the gate workflow does besides the two-key job (permissions, concurrency, other jobs)"
    });
  }
  return { same: false, weakenings };
}
function runsTwoKey(job, text) {
  const span = spanOf(job);
  return span !== void 0 && twoKeySteps(text).some((s) => s.start >= span.start && s.end <= span.end);
}
function jobChanges(key, base, head) {
  const out = [];
  for (const guardKey of ["if", "continue-on-error"]) {
    const pair = pairOf(head, guardKey);
    if (pair && !samePlain(plainValue(pairOf(base, guardKey)?.value), plainValue(pair.value))) {
      out.push({ reason: `sets ${guardKey} on the job ${key} that runs two-key`, span: pairSpan(pair) });
    }
  }
  const stepsOf = (job) => itemsOf(pairOf(job, "steps")?.value);
  const baseSteps = stepsOf(base);
  const headSteps = stepsOf(head);
  const isGateStep = (step) => (0, import_yaml5.isMap)(step) && /two-key/i.test(JSON.stringify(plainValue(step)));
  const baseGate = baseSteps.filter(isGateStep);
  const headGate = headSteps.filter(isGateStep);
  baseGate.forEach((step, i) => {
    const now = headGate[i];
    if (!now) {
      out.push({
        reason: "removes the two-key step",
        ...spanOf(step) ? { span: spanOf(step), side: "base" } : {}
      });
      return;
    }
    for (const stepKey of /* @__PURE__ */ new Set([...keysOf(step), ...keysOf(now)])) {
      if (samePlain(plainValue(pairOf(step, stepKey)?.value), plainValue(pairOf(now, stepKey)?.value))) continue;
      const pair = pairOf(now, stepKey);
      const what = stepKey === "with" || stepKey === "env" ? "changes the inputs of the two-key step" : stepKey === "uses" || stepKey === "run" ? "changes which two-key the step runs" : `${pair ? "sets" : "removes"} ${stepKey} on the two-key step`;
      out.push({ reason: what, ...pair ? { span: pairSpan(pair) } : spanOf(now) ? { span: spanOf(now) } : {} });
    }
  });
  const others = (steps) => steps.filter((s) => !isGateStep(s)).map(plainValue);
  const jobRest = (job) => {
    const plain = { ...plainValue(job) };
    for (const k of ["if", "continue-on-error", "steps"]) delete plain[k];
    return plain;
  };
  if (!samePlain(others(baseSteps), others(headSteps)) || !samePlain(jobRest(base), jobRest(head))) {
    out.push({ reason: `changes other steps or settings of the job ${key} that runs two-key` });
  }
  return out;
}
function keysOf(node) {
  return Object.keys(plainValue(node) ?? {});
}

// src/rules/guard/lib/guard-comparisons.ts
var compared = /* @__PURE__ */ new WeakMap();
function guardComparisons(doc) {
  let found = compared.get(doc);
  if (!found) compared.set(doc, found = compareGuardFile(doc));
  return found;
}
function compareGuardFile(doc) {
  const path = doc.path;
  const before = doc.previousPath ?? doc.path;
  const head = headOf(doc);
  const base = doc.baseText;
  const edited = head !== base;
  const out = [];
  const is = (test) => test(path) || test(before);
  const extendsTarget = doc.policyFiles?.includes(before) || doc.policyFiles?.includes(path);
  if (is(isPolicyFile) || extendsTarget) {
    const label = extendsTarget && !is(isPolicyFile) ? `${before}, which the two-key policy extends` : "the two-key policy";
    const { relaxations } = comparePolicies(base ?? "", head);
    out.push({ kind: "policy", label, path, weakenings: relaxations, edited });
  }
  if (is(isCodeowners))
    out.push({ kind: "codeowners", label: "CODEOWNERS", path, weakenings: codeownersWeakenings(base, head), edited });
  if (is(isAgentGuard)) {
    const { loosenings } = compareAgentGuard(before, base, head);
    out.push({ kind: "agent", label: before, path, weakenings: loosenings, edited });
  }
  if (is(isWorkflow) && base !== void 0) {
    if (twoKeySteps(base).length > 0)
      out.push({
        kind: "gate",
        label: "the workflow that runs two-key",
        path,
        weakenings: gateWeakenings(base, head),
        edited
      });
    const chain = chainRole(doc, base);
    if (chain) out.push({ kind: "chain", label: chain, path, weakenings: chainWeakenings(chain, base, head), edited });
  }
  return out;
}
function codeownersWeakenings(baseText, headText) {
  if (baseText === void 0) return [];
  const base = parseCodeowners(baseText);
  const head = parseCodeowners(headText ?? "");
  const byPlace = /* @__PURE__ */ new Map();
  for (const loss of ownerLosses(base, head)) {
    const baseRule = loss.baseRule;
    const kept = head.some((r) => sameRule(r, baseRule));
    const modified = loss.headRule && loss.headRule.pattern === baseRule.pattern;
    const place = loss.headRule && (kept || modified) ? { span: loss.headRule.span } : { span: baseRule.span, side: "base" };
    const key = `${place.side ?? "head"}:${place.span.start}`;
    const entry = byPlace.get(key) ?? { ...place, reason: "", lost: /* @__PURE__ */ new Set(), patterns: /* @__PURE__ */ new Set() };
    loss.lost.forEach((o) => entry.lost.add(o));
    const now = loss.headRule?.pattern;
    entry.patterns.add(
      now === void 0 ? `${baseRule.pattern} (now unowned)` : now === baseRule.pattern ? now : `${baseRule.pattern} (now decided by ${now})`
    );
    byPlace.set(key, entry);
  }
  return [...byPlace.values()].map(({ span, side, lost, patterns }) => ({
    reason: `paths matching ${[...patterns].join(", ")} no longer need a review from ${[...lost].join(", ")}`,
    ...span ? { span } : {},
    ...side ? { side } : {}
  }));
}
function gateWeakenings(baseText, headText) {
  if (headText === void 0 || twoKeySteps(headText).length === 0) {
    return [
      {
        reason: "stops running two-key, which removes the approval gate",
        span: twoKeySteps(baseText)[0],
        side: "base"
      }
    ];
  }
  return compareGateWorkflow(baseText, headText).weakenings;
}
function chainRole(doc, baseText) {
  const base = readWorkflow(baseText);
  if (!base.parsed) return void 0;
  if (handlesReviews(base)) return "the review bridge (it runs on pull_request_review and wakes the gate up)";
  const name = displayName(base, doc.previousPath ?? doc.path);
  if (doc.gateTriggerNames?.includes(name))
    return `the workflow "${name}" that the gate's workflow_run trigger waits for`;
  return void 0;
}
function chainWeakenings(label, baseText, headText) {
  if (headText === void 0)
    return [
      {
        reason: `deletes ${label}, so the gate no longer re-runs on reviews`,
        span: { start: 0, end: 1 },
        side: "base"
      }
    ];
  const base = readWorkflow(baseText);
  const head = readWorkflow(headText);
  if (!head.parsed) return [{ reason: `makes ${label} unreadable YAML` }];
  if (samePlain(base.plain, head.plain)) return [];
  const out = [];
  if (base.name !== head.name) {
    out.push({
      reason: `renames ${label} from "${base.name ?? "its file name"}" to "${head.name ?? "its file name"}", so the gate's workflow_run trigger no longer names it`,
      ...head.namePair ? {
        span: {
          start: head.namePair.key.range[0],
          end: head.namePair.value?.range?.[1] ?? head.namePair.key.range[1]
        }
      } : {}
    });
  }
  out.push(
    ...narrowedTriggers(base, head).map((w) => ({
      ...w,
      reason: `${w.reason}: ${label} no longer wakes the gate up on every review`
    }))
  );
  const withoutTrigger = (w) => ({
    ...w.plain,
    on: null,
    true: null,
    name: null
  });
  if (!samePlain(withoutTrigger(base), withoutTrigger(head))) out.push({ reason: `changes what ${label} does` });
  return out;
}
function gateTriggerNamesIn(files) {
  const names = /* @__PURE__ */ new Set();
  for (const file of files) {
    if (!isWorkflow(file.path) || file.baseText === void 0 || twoKeySteps(file.baseText).length === 0) continue;
    for (const name of workflowRunNames(readWorkflow(file.baseText))) names.add(name);
  }
  return [...names];
}

// src/rules/guard/agent-guard-change.ts
var agentGuardChange = {
  meta: {
    id: "guard/agent-guard-change",
    family: "guard",
    kind: "protection",
    defaultSeverity: "block",
    description: "A change that loosens a coding agent's guard configuration: Claude Code permissions allowed, denied commands or hooks removed; Cursor, Codex, Gemini and Windsurf rules and permission files rewritten.",
    messages: {
      loosened: "{path}: this change {reason}; it configures what a coding agent may run without asking, so loosening it can let an agent run destructive commands unchecked"
    },
    examples: {
      invalid: [
        {
          code: '{\n  "permissions": {\n    "allow": ["Bash(*)"]\n  }\n}\n',
          base: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
          line: 3,
          path: ".claude/settings.json"
        },
        {
          code: '{\n  "permissions": {\n    "deny": []\n  }\n}\n',
          base: '{\n  "permissions": {\n    "deny": [\n      "Bash(rm -rf:*)"\n    ]\n  }\n}\n',
          line: 4,
          side: "base",
          path: ".claude/settings.json"
        },
        {
          code: '{\n  "hooks": {}\n}\n',
          base: '{\n  "hooks": {\n    "PreToolUse": [\n      {\n        "matcher": "Bash",\n        "hooks": [{ "type": "command", "command": "./guard.sh" }]\n      }\n    ]\n  }\n}\n',
          line: 6,
          side: "base",
          path: ".claude/settings.json"
        },
        { code: "Always ask before running migrations.\n", line: 1, path: ".cursor/rules/db.mdc" }
      ],
      valid: [
        {
          code: '{\n  "model": "opus",\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
          base: '{\n  "model": "sonnet",\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
          path: ".claude/settings.json"
        },
        {
          code: '{\n  "permissions": {\n    "deny": ["Bash(psql:*)", "Bash(rm -rf:*)"]\n  }\n}\n',
          base: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)", "Bash(psql:*)"]\n  }\n}\n',
          path: ".claude/settings.json"
        }
      ]
    }
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === "agent")) {
      for (const w of c.weakenings) {
        const at2 = placeOf(doc, w);
        if (at2) report({ messageId: "loosened", data: { path: c.label, reason: w.reason }, ...at2 });
      }
    }
  }
};

// src/rules/guard/codeowners-change.ts
var codeownersChange = {
  meta: {
    id: "guard/codeowners-change",
    family: "guard",
    kind: "protection",
    defaultSeverity: "block",
    description: "A CODEOWNERS change that leaves a path with fewer or other owners: an owner removed, a line removed, or a later line that overrides a path.",
    messages: {
      ownerLost: "after this CODEOWNERS change, {reason}"
    },
    examples: {
      invalid: [
        {
          code: "* @acme/dev\n",
          base: "* @acme/dev\n/db/ @acme/dba\n",
          line: 2,
          side: "base",
          path: ".github/CODEOWNERS"
        },
        {
          code: "* @acme/dev\n/db/ @acme/dev\n",
          base: "* @acme/dev\n/db/ @acme/dba @acme/dev\n",
          line: 2,
          path: ".github/CODEOWNERS"
        },
        {
          code: "/db/ @acme/dba\n/db/scratch/ @acme/dev\n",
          base: "/db/ @acme/dba\n",
          line: 2,
          path: "CODEOWNERS"
        }
      ],
      valid: [
        {
          code: "* @acme/dev\n/db/ @acme/dba @acme/sre\n",
          base: "* @acme/dev\n/db/ @acme/dba\n",
          path: ".github/CODEOWNERS"
        }
      ]
    }
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === "codeowners")) {
      for (const w of c.weakenings) {
        const at2 = placeOf(doc, w);
        if (at2) report({ messageId: "ownerLost", data: { reason: w.reason }, ...at2 });
      }
    }
  }
};

// src/rules/guard/gate-workflow-change.ts
var gateWorkflowChange = {
  meta: {
    id: "guard/gate-workflow-change",
    family: "guard",
    kind: "protection",
    defaultSeverity: "block",
    description: "A change to a workflow that runs two-key that removes or alters the two-key step, puts a condition on it, narrows its trigger or changes anything else it does.",
    messages: {
      weakened: "this change {reason}; the gate that holds risky changes for approval depends on this workflow"
    },
    examples: {
      invalid: [
        {
          code: "on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo skipped\n",
          base: "on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
          line: 6,
          side: "base",
          path: ".github/workflows/two-key.yml"
        },
        {
          code: "on: pull_request_target\njobs:\n  gate:\n    if: false\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
          base: "on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
          line: 4,
          path: ".github/workflows/two-key.yml"
        },
        {
          code: "on:\n  pull_request_target:\n    branches: [release]\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
          base: "on:\n  pull_request_target:\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
          line: 1,
          path: ".github/workflows/two-key.yml"
        },
        {
          code: "on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n        with:\n          policy: .github/lax.yml\n",
          base: "on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
          line: 7,
          path: ".github/workflows/two-key.yml"
        }
      ],
      valid: [
        {
          code: "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n",
          path: ".github/workflows/ci.yml"
        },
        {
          code: "on: [pull_request_target]\njobs:\n  gate:\n    runs-on: 'ubuntu-latest'\n    steps:\n      # the gate\n      - uses: acme/two-key@v1\n",
          base: "on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
          path: ".github/workflows/two-key.yml"
        }
      ]
    }
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === "gate")) {
      for (const w of c.weakenings) {
        const at2 = placeOf(doc, w);
        if (at2) report({ messageId: "weakened", data: { reason: w.reason }, ...at2 });
      }
    }
  }
};

// src/rules/guard/guard-file-edit.ts
var guardFileEdit = {
  meta: {
    id: "guard/guard-file-edit",
    family: "guard",
    kind: "protection",
    defaultSeverity: "warn",
    description: "An edit to a guard file (policy, CODEOWNERS, gate or bridge workflow, agent settings) that weakens nothing two-key can tell: a reorder, a reformat, an owner or a check added. A note, never blocking.",
    messages: {
      edited: "{label} changed, but nothing it guards got weaker (a reorder, a reformat, an owner or a check added); shown so a reviewer sees it"
    },
    examples: {
      invalid: [
        {
          code: "* @acme/dev\n/db/ @acme/dba @acme/sre\n",
          base: "* @acme/dev\n/db/ @acme/dba\n",
          line: 2,
          path: ".github/CODEOWNERS"
        },
        {
          code: "name: two-key\non: [pull_request_target]\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
          base: "name: two-key\non: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
          line: 2,
          path: ".github/workflows/two-key.yml"
        }
      ],
      valid: [
        { code: "rules:\n  sql/drop-table: warn\n", path: "docs/two-key.yml" },
        {
          code: "* @acme/dev\n/db/ @acme/dba\n",
          base: "* @acme/dev\n/db/ @acme/dev\n",
          path: ".gitignore"
        }
      ]
    }
  },
  check(doc, report) {
    const comparisons = guardComparisons(doc);
    if (comparisons.length === 0 || comparisons.some((c) => c.weakenings.length > 0)) return;
    if (!comparisons.some((c) => c.edited)) return;
    const at2 = firstChange(doc);
    const label = [...new Set(comparisons.map((c) => c.label))].join(" and ");
    if (at2) report({ messageId: "edited", data: { label }, ...at2 });
  }
};

// src/rules/guard/policy-change.ts
var policyChange = {
  meta: {
    id: "guard/policy-change",
    family: "guard",
    kind: "protection",
    defaultSeverity: "block",
    description: "A change that relaxes the two-key policy (.github/two-key.yml, or a file the base policy extends): a lower severity, fewer approvals, a path or production name removed, an exemption added.",
    messages: {
      relaxed: "this change {reason} in {label}; the policy decides what later changes need, so relaxing it needs approval"
    },
    examples: {
      invalid: [
        {
          code: "rules:\n  sql/drop-table: warn\n",
          base: "rules:\n  sql/drop-table: block\n",
          line: 2,
          path: ".github/two-key.yml"
        },
        {
          code: "approvals:\n  default:\n    count: 1\n",
          base: "approvals:\n  default:\n    count: 2\n",
          line: 3,
          path: ".github/two-key.yml"
        },
        {
          code: "paths:\n  exclude:\n    - db/legacy/**\n",
          base: "paths:\n  exclude: []\n",
          line: 2,
          path: ".github/two-key.yml"
        },
        {
          code: "production:\n  hosts: [db.prod.internal]\n",
          base: "production:\n  hosts:\n    - db.prod.internal\n    - replica.prod.internal\n",
          line: 4,
          side: "base",
          path: ".github/two-key.yml"
        }
      ],
      valid: [
        { code: "rules:\n  sql/drop-table: warn\n", path: "docs/two-key.yml" },
        {
          code: "rules:\n  sql/truncate: block\n  sql/drop-table: block\n",
          base: "rules:\n  sql/drop-table: block\n",
          path: ".github/two-key.yml"
        }
      ]
    }
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === "policy")) {
      for (const w of c.weakenings) {
        const at2 = placeOf(doc, w);
        if (at2) report({ messageId: "relaxed", data: { reason: w.reason, label: c.label }, ...at2 });
      }
    }
  }
};

// src/rules/guard/status-writer.ts
var statusWriter = {
  meta: {
    id: "guard/status-writer",
    family: "guard",
    kind: "protection",
    defaultSeverity: "block",
    description: "A workflow the change gives statuses: write or checks: write, or that newly calls the commit statuses or check runs API (gh api, curl, actions/github-script, a status action): it could post a forged two-key success.",
    messages: {
      permission: "this workflow gets {what}: a workflow that can write commit statuses or check runs can post a two-key success on any commit",
      call: "this workflow has {what}: it can post a commit status or check run, such as a forged two-key success"
    },
    examples: {
      invalid: [
        {
          code: "on: pull_request\npermissions:\n  statuses: write\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n",
          line: 3,
          path: ".github/workflows/ok.yml"
        },
        {
          code: "on: pull_request\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo posting\n          gh api repos/${{ github.repository }}/statuses/${{ github.sha }} -f state=success -f context=two-key\n",
          line: 8,
          path: ".github/workflows/ok.yml"
        },
        {
          code: "on: pull_request\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            await github.rest.repos.createCommitStatus({ ...context.repo, sha: context.sha, state: 'success', context: 'two-key' })\n",
          line: 9,
          path: ".github/workflows/ok.yml"
        }
      ],
      valid: [
        {
          code: "on: pull_request\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n",
          path: ".github/workflows/ci.yml"
        },
        {
          code: "on: pull_request\npermissions:\n  contents: read\n  statuses: write\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n",
          base: "on: pull_request\npermissions:\n  statuses: write\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n",
          path: ".github/workflows/ci.yml"
        }
      ]
    }
  },
  check(doc, report) {
    const head = headOf(doc);
    if (head === void 0 || !isWorkflow(doc.path)) return;
    const now = readWorkflow(head);
    if (!now.parsed) return;
    const before = doc.baseText === void 0 ? void 0 : readWorkflow(doc.baseText);
    const had = (list) => new Set(before?.parsed ? list(before).map((w) => w.key) : []);
    const hadPermissions = had(statusPermissions);
    for (const grant of statusPermissions(now)) {
      if (!hadPermissions.has(grant.key))
        report({ messageId: "permission", data: { what: grant.what }, span: grant.span });
    }
    const hadCalls = new Set(before?.parsed ? statusCalls(before, doc.baseText).map((w) => w.key) : []);
    for (const call of statusCalls(now, head)) {
      if (!hadCalls.has(call.key)) report({ messageId: "call", data: { what: call.what }, span: call.span });
    }
  }
};

// src/rules/guard/trigger-chain-change.ts
var triggerChainChange = {
  meta: {
    id: "guard/trigger-chain-change",
    family: "guard",
    kind: "protection",
    defaultSeverity: "block",
    description: "A change to a workflow the gate needs in order to run: the review bridge (any workflow on pull_request_review) or a workflow the gate's workflow_run trigger names, deleted, renamed, its trigger narrowed or its work changed.",
    messages: {
      weakened: "this change {reason}; reviews would stop re-running the gate, so its verdict could go stale"
    },
    examples: {
      invalid: [
        {
          code: "name: review relay\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
          base: "name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
          line: 1,
          path: ".github/workflows/two-key-review-bridge.yml"
        },
        {
          code: "name: two-key review bridge\non:\n  pull_request_review:\n    types: [edited]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
          base: "name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
          line: 2,
          path: ".github/workflows/two-key-review-bridge.yml"
        },
        {
          code: "",
          base: "name: two-key review bridge\non:\n  pull_request_review:\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
          line: 1,
          side: "base",
          path: ".github/workflows/two-key-review-bridge.yml"
        }
      ],
      valid: [
        {
          code: "name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
          base: "name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
          path: ".github/workflows/two-key-review-bridge.yml"
        },
        {
          code: "name: lint\non: pull_request\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n",
          base: "name: lint\non: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n",
          path: ".github/workflows/lint.yml"
        }
      ]
    }
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === "chain")) {
      for (const w of c.weakenings) {
        const at2 = placeOf(doc, w);
        if (at2) report({ messageId: "weakened", data: { reason: w.reason }, ...at2 });
      }
    }
  }
};

// src/rules/guard/lib/index.ts
var guardFileRules = [
  policyChange,
  codeownersChange,
  gateWorkflowChange,
  triggerChainChange,
  statusWriter,
  agentGuardChange,
  guardFileEdit
];
var guardRules = [...guardFileRules, safetyBypass];

// src/rules/guard/lib/checker.ts
var triggerNames = /* @__PURE__ */ new WeakMap();
function gateTriggerNamesOf(context) {
  let names = triggerNames.get(context);
  if (!names) {
    const baseWorkflows = (context.baseWorkflows ?? []).map((w) => ({ path: w.path, baseText: w.text }));
    triggerNames.set(context, names = gateTriggerNamesIn([...context.files, ...baseWorkflows]));
  }
  return names;
}
var guardChecker = {
  family: "guard",
  rules: guardFileRules,
  appliesTo: readsGuardFile,
  appliesInContext: wasGuardFile,
  prepare: async () => {
  },
  check(file, policy, context) {
    const doc = {
      ...file,
      policyFiles: policySources(policy),
      gateTriggerNames: gateTriggerNamesOf(context)
    };
    return { findings: runRules(guardFileRules, doc, () => false), notes: [] };
  }
};

export {
  guardChecker
};
