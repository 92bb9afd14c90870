import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  scansForSecrets
} from "./chunk-KMZZXUNL.js";
import {
  netReads,
  withoutCovered
} from "./chunk-GYFR6RYJ.js";
import {
  readsEnvironment
} from "./chunk-OLZQIAYM.js";
import {
  diffLines,
  guardsGate,
  readsGuardFile,
  wasGuardFile
} from "./chunk-O7FLODLP.js";
import {
  readsCloudFormation,
  readsCodeIac,
  readsManifests,
  readsTerraform
} from "./chunk-EG3ONA5W.js";
import {
  readsMigration
} from "./chunk-UIYDHM7P.js";
import {
  readsCode
} from "./chunk-HM52GXR3.js";
import {
  isShellSource,
  isSourcedByAnother
} from "./chunk-SGP6KUTB.js";
import {
  readsSql
} from "./chunk-7HYHVU3F.js";
import {
  approvalRuleFor,
  isIncluded,
  isNonBlocking,
  isRollbackPath
} from "./chunk-PGE7O3DA.js";
import {
  LineIndex,
  lineInRanges,
  rangesIntersect
} from "./chunk-O3AVP3WD.js";

// src/authorship/known-agents.ts
var KNOWN_AGENTS = [
  {
    name: "GitHub Copilot",
    // The coding agent opens pull requests as "Copilot" (REST) / copilot-swe-agent (GraphQL).
    logins: ["Copilot", "copilot-swe-agent", "copilot-swe-agent[bot]"],
    // 198982749 is the coding agent's account; 175728472 is the Copilot user that co-authors
    // suggestions applied from Copilot code review.
    emails: [/^\d+\+copilot@users\.noreply\.github\.com$/i],
    trailers: [],
    branches: [/^copilot\//],
    bodyMarkers: [
      /<summary>\s*(?:<b>)?\s*Original prompt\s*(?:<\/b>)?\s*<\/summary>/i,
      /<!-- START COPILOT CODING AGENT/
    ]
  },
  {
    name: "Claude Code",
    logins: ["claude[bot]"],
    emails: [/^noreply@anthropic\.com$/i],
    trailers: [],
    branches: [/^claude\//],
    bodyMarkers: [/Generated with \[Claude Code\]/i]
  },
  {
    name: "Cursor",
    logins: ["cursor[bot]"],
    emails: [/^cursoragent@cursor\.com$/i],
    trailers: [],
    branches: [/^cursor\//],
    bodyMarkers: [/cursor\.com\/background-agent\?bcId=/i, /cursor\.com\/agents\?id=/i]
  },
  {
    name: "Devin",
    logins: ["devin-ai-integration[bot]"],
    emails: [],
    trailers: [],
    // Devin names its branches devin/<unix time>-<slug>; a bare "devin/" is also a person's prefix.
    branches: [/^devin\/\d{10}-/],
    bodyMarkers: [/app\.devin\.ai\/sessions\//i]
  },
  {
    name: "OpenAI Codex",
    logins: ["chatgpt-codex-connector[bot]"],
    emails: [],
    trailers: [],
    branches: [/^codex\//],
    bodyMarkers: [/chatgpt\.com\/codex\/tasks\//i]
  },
  {
    name: "Google Jules",
    logins: ["google-labs-jules[bot]"],
    emails: [],
    trailers: [],
    branches: [],
    bodyMarkers: [/jules\.google\.com\/task\//i]
  },
  {
    name: "Amazon Q Developer",
    logins: ["amazon-q-developer[bot]"],
    emails: [],
    trailers: [],
    branches: [],
    bodyMarkers: []
  },
  {
    name: "Gemini Code Assist",
    logins: ["gemini-code-assist[bot]"],
    emails: [],
    trailers: [],
    branches: [],
    bodyMarkers: []
  },
  {
    name: "Aider",
    logins: [],
    emails: [/^(?:aider|noreply)@aider\.chat$/i],
    trailers: [],
    branches: [],
    bodyMarkers: [],
    authorNames: [/\(aider\)$/]
  },
  {
    name: "OpenHands",
    logins: ["openhands-agent"],
    emails: [/^openhands@all-hands\.dev$/i],
    trailers: [],
    // The issue resolver's branches; a bare "openhands-" prefix is also a feature name.
    branches: [/^openhands-fix-(?:issue|pr)-\d+/],
    bodyMarkers: []
  },
  {
    name: "Amp",
    logins: [],
    emails: [/^amp@ampcode\.com$/i],
    trailers: [{ key: "amp-thread-id", value: /ampcode\.com\/threads\//i }],
    branches: [],
    bodyMarkers: [/ampcode\.com\/threads\//i]
  },
  {
    name: "Replit Agent",
    logins: [],
    emails: [],
    trailers: [{ key: "replit-commit-author", value: /^agent$/i }],
    branches: [],
    bodyMarkers: []
  },
  {
    name: "Sweep",
    logins: ["sweep-ai[bot]"],
    emails: [],
    trailers: [],
    branches: [/^sweep\//],
    bodyMarkers: []
  },
  {
    name: "CodeRabbit",
    // Opens pull requests of generated docstrings and unit tests.
    logins: ["coderabbitai[bot]"],
    emails: [],
    trailers: [],
    branches: [/^coderabbitai\//],
    bodyMarkers: []
  }
];
var GENERIC_BODY_MARKERS = [/🤖 Generated with\b/u];

// src/authorship/trailers.ts
var TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;
var GIT_TRAILERS = /^(?:signed-off-by|co-authored-by)$/i;
function parseTrailers(message) {
  const lines = message.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && lines.at(-1).trim() === "") lines.pop();
  let start = lines.length;
  while (start > 0 && lines[start - 1].trim() !== "") start--;
  if (start === 0) return [];
  const logical = [];
  for (const line of lines.slice(start)) {
    if (/^[ \t]/.test(line) && logical.length > 0) logical[logical.length - 1] += ` ${line.trim()}`;
    else logical.push(line);
  }
  const trailers = [];
  for (const line of logical) {
    const m = TRAILER.exec(line);
    if (m) trailers.push({ key: m[1], value: m[2].trim() });
  }
  const all = trailers.length === logical.length;
  const enough = trailers.length * 4 >= logical.length && trailers.some((t) => GIT_TRAILERS.test(t.key));
  return all || enough ? trailers : [];
}
function trailerEmail(value) {
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(value);
  if (bracketed) return bracketed[1];
  return /^[^<>\s@]+@[^<>\s@]+$/.test(value.trim()) ? value.trim() : void 0;
}

// src/authorship/detect.ts
function detectAgent(input, extra = {}) {
  const signals = new Signals();
  if (input.prAuthor) loginSignals(input.prAuthor, extra, signals);
  if (input.branch) branchSignals(input.branch.replace(/^refs\/heads\//, ""), extra, signals);
  if (input.prBody) bodySignals(input.prBody, extra, signals);
  for (const commit of input.commits) commitSignals(commit, extra, signals);
  return { detected: signals.list.length > 0, signals: signals.list };
}
var Signals = class {
  list = [];
  seen = /* @__PURE__ */ new Set();
  add(kind, value, agent) {
    const key = `${kind}\0${value.toLowerCase()}\0${agent ?? ""}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(agent === void 0 ? { kind, value } : { kind, value, agent });
  }
};
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
function loginSignals(login, extra, signals) {
  for (const agent of KNOWN_AGENTS) {
    if (agent.logins.some((l) => same(l, login))) signals.add("login", login, agent.name);
  }
  if (extra.logins?.some((l) => same(l, login))) signals.add("login", login);
}
function branchSignals(branch, extra, signals) {
  for (const agent of KNOWN_AGENTS) {
    if (agent.branches.some((b) => b.test(branch))) signals.add("branch", branch, agent.name);
  }
  if (extra.branchPrefixes?.some((p) => branch.startsWith(p))) signals.add("branch", branch);
}
function bodySignals(body, extra, signals) {
  let named = false;
  for (const agent of KNOWN_AGENTS) {
    for (const marker of agent.bodyMarkers) {
      const m = marker.exec(body);
      if (m) {
        signals.add("body", m[0], agent.name);
        named = true;
      }
    }
  }
  if (!named) {
    for (const marker of GENERIC_BODY_MARKERS) {
      const m = marker.exec(body);
      if (m) signals.add("body", m[0]);
    }
  }
  const lower = body.toLowerCase();
  for (const marker of extra.bodyMarkers ?? []) {
    if (lower.includes(marker.toLowerCase())) signals.add("body", marker);
  }
}
function commitSignals(commit, extra, signals) {
  for (const email of [commit.authorEmail, commit.committerEmail]) {
    if (!email) continue;
    for (const agent of agentsByEmail(email)) signals.add("email", email, agent);
    if (isExtraEmail(email, extra)) signals.add("email", email);
  }
  for (const agent of KNOWN_AGENTS) {
    if (agent.authorNames?.some((n) => n.test(commit.authorName))) {
      signals.add("email", `${commit.authorName} <${commit.authorEmail}>`, agent.name);
    }
  }
  const extraTrailerEmails = (extra.trailers ?? []).map(trailerEmail).filter((e) => e !== void 0);
  for (const trailer of parseTrailers(commit.message)) {
    if (same(trailer.key, "co-authored-by")) {
      const email = trailerEmail(trailer.value);
      if (!email) continue;
      for (const agent of agentsByEmail(email)) signals.add("trailer", trailer.value, agent);
      if (isExtraEmail(email, extra) || extraTrailerEmails.some((e) => same(e, email))) {
        signals.add("trailer", trailer.value);
      }
      continue;
    }
    for (const agent of KNOWN_AGENTS) {
      if (agent.trailers.some((t) => same(t.key, trailer.key) && t.value.test(trailer.value))) {
        signals.add("trailer", trailer.value, agent.name);
      }
    }
  }
}
function agentsByEmail(email) {
  return KNOWN_AGENTS.filter((agent) => [...agent.emails, ...BOT_EMAILS.get(agent)].some((e) => e.test(email))).map(
    (agent) => agent.name
  );
}
function isExtraEmail(email, extra) {
  const bots = (extra.logins ?? []).filter((l) => l.endsWith("[bot]")).map(botEmail);
  return (extra.emails ?? []).some((e) => same(e, email)) || bots.some((e) => e.test(email));
}
var BOT_EMAILS = new Map(
  KNOWN_AGENTS.map((agent) => [agent, agent.logins.filter((l) => l.endsWith("[bot]")).map(botEmail)])
);
function botEmail(login) {
  const escaped = login.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^(?:\\d+\\+)?${escaped}@users\\.noreply\\.github\\.com$`, "i");
}

// src/rules/families.ts
function entry(family, appliesTo, importChecker, appliesInContext) {
  let loading;
  return {
    family,
    appliesTo,
    ...appliesInContext ? { appliesInContext } : {},
    load: () => loading ??= importChecker()
  };
}
var families = [
  entry("sql", readsSql, async () => (await import("./chunk-ZY74J556.js")).sqlChecker),
  entry("orm", readsMigration, async () => (await import("./chunk-IGDNV6Y6.js")).ormChecker),
  entry(
    "shell",
    isShellSource,
    async () => (await import("./chunk-VVM2RYIX.js")).shellChecker,
    (path, _text, context) => isSourcedByAnother(path, context)
  ),
  entry(
    "iac",
    readsCloudFormation,
    async () => (await import("./chunk-6ETSYEZH.js")).cloudFormationChecker
  ),
  entry("iac", readsManifests, async () => (await import("./chunk-FJRZHOPY.js")).manifestChecker),
  entry("iac", readsCodeIac, async () => (await import("./chunk-CZMFVYZJ.js")).codeIacChecker),
  entry("iac", readsTerraform, async () => (await import("./chunk-L66AJ6XQ.js")).terraformChecker),
  entry("code", readsCode, async () => (await import("./chunk-4CKB7XEZ.js")).codeChecker),
  entry("env", readsEnvironment, async () => (await import("./chunk-TFNVAGAJ.js")).envChecker),
  entry("secret", scansForSecrets, async () => (await import("./chunk-DNC7LG64.js")).secretChecker),
  // The files that guard the gate, compared with the YAML reader; every other text only for bypass switches.
  entry("guard", readsGuardFile, async () => (await import("./chunk-4UQGJMIU.js")).guardChecker, wasGuardFile),
  entry("guard", guardsGate, async () => (await import("./chunk-I3MTOBEK.js")).guardTextChecker),
  // Last: the net under the precise readers, for what none of them understands.
  entry("universal", netReads, async () => (await import("./chunk-GGOJL6MT.js")).universalChecker)
];

// src/rules/universal/lib/unread.ts
var NAMED = 20;
function list(paths) {
  const named = paths.slice(0, NAMED).join(", ");
  return paths.length > NAMED ? `${named} and ${paths.length - NAMED} more` : named;
}
function unreadNote(files) {
  const scanned = files.filter((f) => f.scanned).map((f) => f.path);
  const skipped = files.filter((f) => !f.scanned).map((f) => f.path);
  const notes = [];
  if (scanned.length > 0) {
    notes.push(
      `no reader of two-key understands ${scanned.length === 1 ? "this file" : `these ${scanned.length} files`}, so only their SQL-shaped and command-shaped pieces were judged: ${list(scanned)}`
    );
  }
  if (skipped.length > 0) {
    notes.push(`not read (documentation, prose or data): ${list(skipped)}`);
  }
  return notes;
}

// src/core/environment.ts
var DISPOSABLE = /* @__PURE__ */ new Set(["preview", "local", "test"]);
function isDisposable(environment) {
  return DISPOSABLE.has(environment);
}
function disposableContextOf(contexts, finding) {
  const unit = finding.unitSpan;
  if (!unit) return void 0;
  const covering = contexts.filter(
    (c) => c.path === finding.path && (c.side ?? "head") === finding.side && c.span.start <= unit.start && unit.end <= c.span.end
  );
  covering.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  const innermost = covering[0];
  return innermost && isDisposable(innermost.environment) ? innermost : void 0;
}

// src/engine/decision.ts
function decide(findings, agent, policy, notes, contexts = []) {
  const production = findings.filter((f) => f.kind === "production" && !f.rollbackOnly);
  const placed = findings.map((f) => {
    if (f.kind !== "destructive" || !f.blocking || production.some((p) => sameUnit(f, p))) return f;
    const context = disposableContextOf(contexts, f);
    if (!context) return f;
    return { ...f, blocking: false, downgradedBecause: `${context.reason}: not blocking` };
  });
  const destructive = /* @__PURE__ */ new Map();
  for (const f of placed) {
    if (f.kind !== "destructive" || !f.blocking) continue;
    const key = `${f.side}:${f.path}`;
    const list2 = destructive.get(key);
    if (list2) list2.push(f);
    else destructive.set(key, [f]);
  }
  const destructiveUnits = new Set([...destructive.values()].flat().map((f) => f.unitKey));
  const weighed = placed.map((f) => {
    let blocking = f.blocking;
    if (f.kind === "production" && !f.rollbackOnly) {
      const shared = destructiveUnits.has(f.unitKey) || (destructive.get(`${f.side}:${f.path}`) ?? []).some((d) => sameUnit(f, d));
      if (shared) blocking = true;
    }
    if (agent.detected && policy.agents.warnBlocks && f.severity === "warn" && !f.rollbackOnly && f.downgradedBecause === void 0)
      blocking = true;
    return { ...f, blocking };
  });
  const requirements = requirementsFor(weighed, agent, policy);
  return {
    verdict: weighed.some((f) => f.blocking) ? "block" : "allow",
    agent,
    findings: weighed.map(stripEngineFields).sort(byLocation),
    requirements,
    notes
  };
}
function sameUnit(a, b) {
  if (a.unitKey === b.unitKey) return true;
  if (a.path !== b.path || a.side !== b.side || !a.unitSpan || !b.unitSpan) return false;
  return a.unitSpan.start < b.unitSpan.end && b.unitSpan.start < a.unitSpan.end;
}
function requirementsFor(findings, agent, policy) {
  const extra = agent.detected ? policy.agents.extraApprovals : 0;
  const grouped = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.blocking) continue;
    const rule = approvalRuleFor(policy, {
      kind: f.kind,
      ruleId: f.ruleId,
      path: f.path,
      agentAuthored: agent.detected
    });
    const from = [...rule.from].map((who) => who.startsWith("@") ? who : `@${who}`).sort();
    const approvals = rule.count;
    const key = `${approvals}|${from.join(",")}`;
    const group = grouped.get(key) ?? { kinds: /* @__PURE__ */ new Set(), approvals, from };
    group.kinds.add(f.kind);
    grouped.set(key, group);
  }
  return [...grouped.values()].map((g) => ({
    reason: `${[...g.kinds].sort().join(", ")} change${agent.detected && extra ? " (agent-authored)" : ""}`,
    approvals: g.approvals,
    from: g.from
  }));
}
function stripEngineFields(f) {
  const { severity: _severity, unitKey: _unitKey, unitSpan: _unitSpan, ...located } = f;
  return located;
}
function byLocation(a, b) {
  return a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

// src/engine/one-per-construct.ts
function specificity(family) {
  if (family === "universal") return 0;
  if (family === "code") return 1;
  return 2;
}
var overlaps = (a, b) => a.start < b.end && b.start < a.end;
function onePerConstruct(read, isOff) {
  const strong = read.filter(({ finding }) => !isOff(finding.ruleId));
  return read.filter(({ finding, family }) => {
    const rank = specificity(family);
    if (rank === 2) return true;
    return !strong.some(
      (other) => specificity(other.family) > rank && other.finding.kind === finding.kind && (other.finding.side ?? "head") === (finding.side ?? "head") && (other.finding.downgradedBecause === void 0 || finding.downgradedBecause !== void 0) && other.finding.rollbackOnly === finding.rollbackOnly && [other.finding.span, ...other.finding.covers ?? []].some((s) => overlaps(s, finding.span))
    );
  }).map(({ finding }) => finding);
}

// src/engine/pool.ts
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var MAX_WORKERS = 4;
var POOL_THRESHOLD = 64e6;
var WORKER_START_COST = 5e6;
var PER_FILE_COST = 1e3;
async function checkFiles(files, policy, context, workers, checkOne) {
  const asked = workers ?? workersFromEnv();
  const count = workerCount(files, asked);
  const entry2 = count > 1 ? workerEntry() : void 0;
  if (entry2) {
    try {
      const startCost = asked === "auto" ? WORKER_START_COST : 0;
      return await inWorkers(entry2, files, policy, context, count, startCost, checkOne);
    } catch {
    }
  }
  const outcomes = [];
  for (const file of files) outcomes.push(await checkOne(file, policy, context));
  return outcomes;
}
function workersFromEnv() {
  const value = Number(process.env["TWO_KEY_WORKERS"]);
  return Number.isInteger(value) && value >= 1 ? value : "auto";
}
function workerCount(files, workers, cores = availableParallelism()) {
  if (typeof workers === "number") return Math.max(1, Math.min(Math.floor(workers), files.length));
  const work = files.reduce((sum, f) => sum + costOf(f), 0);
  if (work < POOL_THRESHOLD) return 1;
  return Math.max(1, Math.min(cores, MAX_WORKERS, files.length));
}
function costOf(file) {
  return PER_FILE_COST + (file.headText?.length ?? 0) + (file.baseText?.length ?? 0);
}
function workerEntry() {
  if (import.meta.url.endsWith(".ts")) return void 0;
  return fileURLToPath(new URL("./pool-worker.js", import.meta.url));
}
function distribute(costs, workers, startLoads = []) {
  const order = costs.map((cost, index) => ({ cost, index })).sort((a, b) => b.cost - a.cost || a.index - b.index);
  const shares = Array.from({ length: workers }, (_, i) => ({ load: startLoads[i] ?? 0, indices: [] }));
  for (const { cost, index } of order) {
    let least = shares[0];
    for (const share of shares) if (share.load < least.load) least = share;
    least.load += cost;
    least.indices.push(index);
  }
  return shares.map((s) => s.indices.sort((a, b) => a - b)).filter((s) => s.length > 0);
}
async function inWorkers(entry2, files, policy, context, count, startCost, checkOne) {
  const starts = Array.from({ length: count }, (_, i) => i === 0 ? 0 : startCost);
  const [own = [], ...others] = distribute(files.map(costOf), count, starts);
  const { baseTree, files: _files, ...rest } = context;
  const here = async () => {
    const outcomes2 = [];
    for (const index of own) {
      outcomes2.push([index, await checkOne(files[index], policy, context)]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return outcomes2;
  };
  const threads = await import("node:worker_threads");
  const results = await Promise.all([
    ...others.map((indices) => {
      const share = new Set(indices);
      const elsewhere = files.map((f, i) => share.has(i) ? null : textKeysOf(f));
      const sent = files.map((f, i) => share.has(i) ? f : withoutTexts(f));
      return runWorker(
        threads,
        entry2,
        { files: sent, elsewhere, indices, policy, context: rest, hasBaseTree: !!baseTree },
        {
          baseTree,
          files
        }
      );
    }),
    here()
  ]);
  const outcomes = new Array(files.length);
  for (const result of results) for (const [index, outcome] of result) outcomes[index] = outcome;
  return outcomes;
}
var TEXT_KEYS = ["headText", "baseText"];
function textKeysOf(file) {
  return TEXT_KEYS.filter((key) => Object.hasOwn(file, key));
}
function withoutTexts(file) {
  const { headText: _head, baseText: _base, ...rest } = file;
  return rest;
}
function answer(request, { baseTree, files }) {
  if (request.op === "text") return files[request.index]?.[request.key];
  return request.op === "list" ? baseTree?.list(request.arg) : baseTree?.read(request.arg);
}
function runWorker({ MessageChannel, Worker }, entry2, input, answers) {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  port1.on("message", (request) => {
    let reply;
    try {
      reply = answer(request, answers);
    } catch (error) {
      reply = { error: error.message };
    }
    port1.postMessage({ answer: reply });
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  const workerData = { ...input, port: port2, signal };
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry2, { workerData, transferList: [port2] });
    let settled = false;
    worker.once("message", (message) => {
      settled = true;
      port1.close();
      void worker.terminate();
      if (message.outcomes) resolve(message.outcomes);
      else reject(new Error(`a worker failed: ${message.error}`));
    });
    worker.once("error", (error) => {
      settled = true;
      port1.close();
      reject(error);
    });
    worker.once("exit", (code) => {
      port1.close();
      if (!settled) reject(new Error(`a worker exited with code ${code} before it reported`));
    });
  });
}

// src/engine/refinery-unversioned.ts
var UNVERSIONED = /(^|\/)U\d+__[^/]+\.sql$/i;
var RUST_MIGRATION = /^[UV]\d+__[^/]+\.rs$/;
var REFINERY_DEPENDENCY = /^\s*refinery(?:[-_]\w+)?\s*=|^\s*\[(?:dev-)?dependencies\.refinery\]/m;
function refineryEvidencePaths(path) {
  if (!UNVERSIONED.test(path)) return [];
  const out = [];
  const parts = path.split("/").slice(0, -1);
  for (let i = parts.length; i >= 0; i--) {
    const dir = parts.slice(0, i).join("/");
    const prefix = dir ? `${dir}/` : "";
    out.push(`${prefix}Cargo.toml`, `${prefix}refinery.toml`);
  }
  return out;
}
function isRefineryUnversioned(path, context) {
  if (!UNVERSIONED.test(path)) return false;
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const read = (p) => context.files.find((f) => f.path === p)?.headText ?? context.neighbours?.find((n) => n.path === p)?.text ?? context.baseTree?.read(p);
  for (const candidate of refineryEvidencePaths(path)) {
    const text = read(candidate);
    if (text === void 0) continue;
    if (candidate.endsWith("refinery.toml") || REFINERY_DEPENDENCY.test(text)) return true;
  }
  const siblings = [
    ...context.files.map((f) => f.path),
    ...(context.neighbours ?? []).map((n) => n.path),
    ...context.baseTree?.list(dir) ?? []
  ];
  return siblings.some(
    (p) => p.slice(0, p.lastIndexOf("/") + 1) === (dir ? `${dir}/` : "") && RUST_MIGRATION.test(p.slice(p.lastIndexOf("/") + 1))
  );
}

// src/engine/runnable-path.ts
var RUNNABLE_FOLDER = /(^|\/)(migrations?|migrate|db\/migrate|alembic|versions|changelogs?|changesets?|flyway|liquibase|sqitch|deploy|scripts?|bin|sbin|hooks|\.github|\.circleci|\.gitlab|\.buildkite|ci|infra|infrastructure|terraform|ops|k8s|kubernetes|helm|charts|ansible|playbooks|cron|jobs|tasks|release|seeds?|sql|database|db)\//i;
var RUNNABLE_NAME = /(^|\/)(Makefile|Dockerfile|Containerfile|Procfile|Jenkinsfile|Rakefile|Taskfile\.ya?ml|justfile|\.gitlab-ci\.yml|docker-compose[\w.-]*\.ya?ml|compose\.ya?ml|[^/]+\.(sh|bash|zsh|ps1|sql|psql|pgsql|ddl|tf|tfvars|hcl))$/i;
function couldRun(path) {
  return RUNNABLE_FOLDER.test(path) || RUNNABLE_NAME.test(path);
}
function extension(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.includes(".") ? name.slice(name.indexOf(".")).toLowerCase() : "";
}
function renameChangesHowItRuns(file, policy) {
  const before = file.previousPath;
  if (file.status !== "renamed" || before === void 0 || file.headText === void 0) return false;
  const after = file.path;
  return couldRun(before) !== couldRun(after) || isMigration(before) !== isMigration(after) || isNonBlocking(policy, before) !== isNonBlocking(policy, after) || isRollbackPath(policy, before) !== isRollbackPath(policy, after) || isIncluded(policy, before) !== isIncluded(policy, after) || extension(before) !== extension(after);
}
var MIGRATION_FOLDER = /(^|\/)(migrations?|migrate|alembic\/versions|changelogs?|changesets?|flyway|deploy|revert)\//i;
function isMigration(path) {
  return MIGRATION_FOLDER.test(path);
}
function judgedWhole(file) {
  const lines = (file.headText ?? "").split("\n").length;
  return { ...file, headChangedLines: [{ start: 1, end: lines }] };
}

// src/engine/redaction.ts
var REDACTED = "[redacted]";
var MIN_FRAGMENT = 6;
function maskSpans(text, spans) {
  if (spans.length === 0) return text;
  const chars = text.split("");
  for (const span of spans) {
    for (let i = Math.max(0, span.start); i < Math.min(chars.length, span.end); i++) {
      if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = "*";
    }
  }
  return chars.join("");
}
function secretFragments(secret) {
  const fragments = [secret, ...secret.split(/\r?\n|\\n/)].map((s) => s.trim()).filter((s) => s.length >= MIN_FRAGMENT);
  return [...new Set(fragments)].sort((a, b) => b.length - a.length);
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(fragments) {
  let index = indexes.get(fragments);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const fragment of [...fragments].sort((a, b) => b.length - a.length)) {
      const key = fragment.slice(0, MIN_FRAGMENT);
      const list2 = index.get(key);
      if (list2) list2.push(fragment);
      else index.set(key, [fragment]);
    }
    indexes.set(fragments, index);
  }
  return index;
}
function scrub(value, fragments) {
  if (fragments.length === 0 || value.length < MIN_FRAGMENT) return value;
  const index = indexOf(fragments);
  let out = "";
  let copied = 0;
  for (let i = 0; i + MIN_FRAGMENT <= value.length; ) {
    const match = index.get(value.slice(i, i + MIN_FRAGMENT))?.find((f) => value.startsWith(f, i));
    if (match === void 0) {
      i++;
      continue;
    }
    out += value.slice(copied, i) + REDACTED;
    i += match.length;
    copied = i;
  }
  return copied === 0 ? value : out + value.slice(copied);
}

// src/engine/suppression.ts
var MARKER = /(?:--|#|\/\/|\/\*)\s*two-key:\s*allow\s+([a-z0-9-]+\/(?:[a-z0-9-]+|\*)(?:\s*,\s*[a-z0-9-]+\/(?:[a-z0-9-]+|\*))*)(?:\s*(?:--|:|—)\s*(.*?))?\s*(?:\*\/)?\s*$/i;
function findSuppressions(text) {
  const found = [];
  const word = /two-key/gi;
  let line = 1;
  let counted = 0;
  for (let start = 0; start <= text.length; ) {
    word.lastIndex = start;
    const rest = word.exec(text);
    if (!rest) break;
    const at = rest.index;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const nl = text.indexOf("\n", at);
    const lineEnd = nl < 0 ? text.length : nl;
    for (let i = text.indexOf("\n", counted); i >= 0 && i < lineStart; i = text.indexOf("\n", i + 1)) line++;
    counted = lineStart;
    const m = MARKER.exec(text.slice(lineStart, lineEnd));
    if (m) {
      found.push({
        line,
        ruleIds: m[1].split(",").map((s) => s.trim().toLowerCase()),
        reason: (m[2] ?? "").trim()
      });
    }
    start = lineEnd + 1;
  }
  return found;
}
function suppressionFor(suppressions, ruleId, findingLine, unitStartLine, lines) {
  const covers = (s) => s.ruleIds.includes(ruleId) || s.ruleIds.includes(ruleId.split("/")[0] + "/*");
  const onLine = suppressions.find((s) => covers(s) && (s.line === findingLine || s.line === unitStartLine));
  if (onLine) return onLine;
  for (let line = unitStartLine - 1; line >= 1; line--) {
    const text = lines.line(line).trim();
    if (!/^(--|#|\/\/|\/\*|\*)/.test(text)) break;
    const here = suppressions.find((s) => s.line === line && covers(s));
    if (here) return here;
  }
  return void 0;
}

// src/engine/suppression-binding.ts
import { createHash } from "node:crypto";
function unitHash(text, unit) {
  const normalised = text.slice(unit.start, unit.end).replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalised).digest("hex");
}
function keptSuppressions(headText, headChanged) {
  return findSuppressions(headText).filter((s) => !lineInRanges(s.line, headChanged));
}
async function readBaseApprovals(file, readers, policy, context) {
  const baseText = file.baseText ?? "";
  const baseInput = { path: file.previousPath ?? file.path, text: baseText, status: "added" };
  const raw = [];
  for (const reader of readers) {
    try {
      await reader.prepare(baseInput, policy, context);
      raw.push(...reader.check(baseInput, policy, context).findings);
    } catch {
    }
  }
  const lines = new LineIndex(baseText);
  const suppressions = findSuppressions(baseText);
  const approved = /* @__PURE__ */ new Map();
  for (const f of raw) {
    if (f.side === "base") continue;
    const s = suppressionFor(suppressions, f.ruleId, lines.lineOf(f.span.start), lines.lineOf(f.unit.start), lines);
    if (!s) continue;
    const key = `${s.line}:${f.ruleId}`;
    const set = approved.get(key) ?? /* @__PURE__ */ new Set();
    set.add(unitHash(baseText, f.unit));
    approved.set(key, set);
  }
  const lineMap = unchangedLineMap(baseText, file.headText ?? "");
  return {
    baseLineOf: (headLine) => lineMap.get(headLine),
    approves: (baseLine, ruleId, hash) => approved.get(`${baseLine}:${ruleId}`)?.has(hash) ?? false
  };
}
function unchangedLineMap(baseText, headText) {
  const { baseChangedLines, headChangedLines } = diffLines(baseText, headText);
  const baseCount = new LineIndex(baseText).lineCount;
  const headCount = new LineIndex(headText).lineCount;
  const map = /* @__PURE__ */ new Map();
  let baseLine = 1;
  for (let headLine = 1; headLine <= headCount; headLine++) {
    if (lineInRanges(headLine, headChangedLines)) continue;
    while (baseLine <= baseCount && lineInRanges(baseLine, baseChangedLines)) baseLine++;
    if (baseLine > baseCount) break;
    map.set(headLine, baseLine++);
  }
  return map;
}

// src/engine/engine.ts
var READS_DESTRUCTION = /* @__PURE__ */ new Set(["sql", "orm", "shell", "iac", "code", "env"]);
async function check(changeSet, policy, options = {}) {
  const notes = [];
  const findings = [];
  const secrets = [];
  const context = {
    files: changeSet.files,
    neighbours: changeSet.neighbours ?? [],
    ...changeSet.baseTree ? { baseTree: changeSet.baseTree } : {},
    ...changeSet.baseWorkflows ? { baseWorkflows: changeSet.baseWorkflows } : {}
  };
  const contexts = [];
  const unread = [];
  for (const outcome of await checkFiles(changeSet.files, policy, context, options.workers, checkFile)) {
    notes.push(...outcome.notes);
    findings.push(...outcome.findings);
    secrets.push(...outcome.secrets);
    contexts.push(...outcome.contexts);
    if (outcome.unread) unread.push(outcome.unread);
  }
  notes.push(...unreadNote(unread));
  const agent = detectAgent(
    { prAuthor: changeSet.prAuthor, branch: changeSet.branch, prBody: changeSet.prBody, commits: changeSet.commits },
    policy.agents
  );
  const fragments = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  return decide(
    findings.map((f) => redacted(f, fragments)),
    agent,
    policy,
    notes.map((n) => scrub(n, fragments)),
    contexts
  );
}
async function checkFile(changed, policy, context) {
  const outcome = { notes: [], findings: [], secrets: [], contexts: [] };
  const { notes, findings, secrets, contexts } = outcome;
  if (!isIncluded(policy, changed.path)) return outcome;
  const file = renameChangesHowItRuns(changed, policy) ? judgedWhole(changed) : changed;
  const mustRead = couldRun(file.path) || families.some((c) => c.family !== "universal" && c.appliesTo(file.path, "", policy));
  if (file.binary && !mustRead) {
    notes.push(`${file.path}: binary file, not checked`);
    return outcome;
  }
  if (file.binary || file.unreadable !== void 0) {
    const reason = file.unreadable ?? (file.binary === true ? "is binary (it holds a NUL byte)" : "is binary");
    if (mustRead) findings.push(...unreadable(file, reason, policy));
    else notes.push(`${file.path}: ${reason}, not checked`);
    return outcome;
  }
  const text = file.headText ?? file.baseText;
  if (text === void 0) return outcome;
  const applying = families.filter(
    (c) => c.appliesTo(file.path, text, policy) || c.appliesInContext?.(file.path, text, context, policy)
  );
  if (!applying.some((c) => READS_DESTRUCTION.has(c.family))) {
    outcome.unread = { path: file.path, scanned: applying.some((c) => c.family === "universal") };
  }
  if (applying.length === 0) return outcome;
  const input = checkedFile(file);
  const read = [];
  const readers = [];
  for (const family of applying) {
    try {
      const checker = await family.load();
      readers.push(checker);
      await checker.prepare(input, policy, context);
      const result = checker.check(input, policy, context);
      notes.push(...result.notes);
      for (const c of result.contexts ?? []) contexts.push({ ...c, path: file.path });
      for (const finding of result.findings) read.push({ finding, family: checker.family });
    } catch (error) {
      findings.push(
        ...unreadable(file, `could not be read by the ${family.family} checker: ${error.message}`, policy)
      );
    }
  }
  const raw = onePerConstruct(read, (ruleId) => (policy.rules[ruleId] ?? "block") === "off");
  const secretSpans = raw.filter((f) => f.kind === "secret" && f.side !== "base").map((f) => f.span);
  for (const span of secretSpans) secrets.push(...secretFragments(input.text.slice(span.start, span.end)));
  const approvals = file.baseText !== void 0 && keptSuppressions(input.text, file.headChangedLines).length > 0 ? await readBaseApprovals(file, readers, policy, context) : void 0;
  const kept = withoutCovered(dedupe(raw), input.text, input.baseText);
  findings.push(...locate(file, kept, policy, maskSpans(input.text, secretSpans), approvals, notes, context));
  return outcome;
}
function redacted(f, fragments) {
  if (fragments.length === 0) return f;
  return {
    ...f,
    message: scrub(f.message, fragments),
    snippet: scrub(f.snippet, fragments),
    sourceLines: f.sourceLines.map((line) => scrub(line, fragments))
  };
}
function checkedFile(file) {
  const input = { path: file.path, text: file.headText ?? "", status: file.status };
  if (file.baseText !== void 0) input.baseText = file.baseText;
  if (file.previousPath !== void 0) input.previousPath = file.previousPath;
  return input;
}
function dedupe(raw) {
  const seen = /* @__PURE__ */ new Set();
  return raw.filter((f) => {
    const key = `${f.ruleId}:${f.side ?? "head"}:${f.span.start}:${f.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function locate(file, raw, policy, maskedHead, approvals, notes, context) {
  const head = file.headText === void 0 ? void 0 : new LineIndex(maskedHead);
  const base = file.baseText === void 0 ? void 0 : new LineIndex(file.baseText);
  const suppressions = file.headText === void 0 ? [] : findSuppressions(file.headText);
  const rollbackFile = isRollbackPath(policy, file.path) && !isRefineryUnversioned(file.path, context);
  const nonBlockingPath = isNonBlocking(policy, file.path);
  const out = [];
  const reportedSuppressions = /* @__PURE__ */ new Set();
  for (const f of raw) {
    const side = f.side ?? "head";
    const lines = side === "base" ? base : head;
    if (!lines) continue;
    const changed = side === "base" ? file.baseChangedLines : file.headChangedLines;
    const spanLines = lines.lineRangeOf(f.span);
    const unitLines = lines.lineRangeOf(f.unit);
    if (!rangesIntersect(spanLines, changed) && !rangesIntersect(unitLines, changed)) continue;
    const severity = policy.rules[f.ruleId] ?? f.defaultSeverity;
    if (severity === "off") continue;
    const located = { ...toLocated(file.path, lines, f, rollbackFile || f.rollbackOnly), side };
    const weighed = {
      ...located,
      blocking: severity === "block" && !located.rollbackOnly && !nonBlockingPath && !f.downgradedBecause,
      severity: nonBlockingPath ? "warn" : severity,
      unitKey: `${file.path}:${side}:${f.unit.start}`,
      unitSpan: f.unit
    };
    if (side === "base") {
      out.push(weighed);
      continue;
    }
    const suppression = suppressionFor(suppressions, f.ruleId, spanLines.start, unitLines.start, lines);
    if (suppression && !lineInRanges(suppression.line, changed)) {
      const baseLine = approvals?.baseLineOf(suppression.line);
      const hash = unitHash(file.headText ?? "", f.unit);
      if (baseLine !== void 0 && approvals?.approves(baseLine, f.ruleId, hash)) continue;
      const stale = `the two-key: allow on line ${suppression.line} no longer matches: it approved a different statement, so it silences nothing`;
      const note = `${file.path}:${suppression.line}: stale suppression of ${f.ruleId}: what it covers changed since it was approved`;
      if (!notes.includes(note)) notes.push(note);
      out.push({ ...weighed, message: `${weighed.message} (${stale})` });
      continue;
    }
    if (suppression && !reportedSuppressions.has(suppression.line)) {
      reportedSuppressions.add(suppression.line);
      out.push(addedSuppression(file.path, lines, suppression.line, f.ruleId, suppression.reason, policy));
    }
    if (suppression && policy.suppressions.allowAdded) continue;
    out.push(weighed);
  }
  return out;
}
function toLocated(path, lines, f, rollbackOnly) {
  const start = lines.lineOf(f.span.start);
  const endOffset = Math.max(f.span.start, f.span.end - 1);
  const end = lines.lineOf(endOffset);
  const sourceLines = Array.from({ length: end - start + 1 }, (_, i) => lines.line(start + i));
  return {
    ruleId: f.ruleId,
    kind: f.kind,
    blocking: false,
    rollbackOnly,
    path,
    line: start,
    side: "head",
    message: f.message,
    snippet: snippetOf(lines, start, end),
    ...f.downgradedBecause ? { downgradedBecause: f.downgradedBecause } : {},
    column: lines.columnOf(f.span.start),
    endLine: end,
    endColumn: lines.columnOf(endOffset),
    sourceLines
  };
}
function snippetOf(lines, start, end) {
  const text = Array.from(
    { length: Math.min(end, start + 2) - start + 1 },
    (_, i) => lines.line(start + i).trim()
  ).join("\n");
  return text.length > 300 ? text.slice(0, 299) + "\u2026" : text;
}
function addedSuppression(path, lines, line, ruleId, reason, policy) {
  const source = lines.line(line);
  return {
    ruleId: "core/added-suppression",
    kind: "protection",
    blocking: !policy.suppressions.allowAdded,
    rollbackOnly: false,
    path,
    line,
    side: "head",
    message: `this change adds a suppression of ${ruleId}${reason ? ` (${reason})` : ""}; a suppression the change writes itself still needs approval`,
    snippet: source.trim(),
    column: 1,
    endLine: line,
    endColumn: Math.max(1, source.length),
    sourceLines: [source],
    severity: policy.suppressions.allowAdded ? "warn" : "block",
    unitKey: `${path}:suppression:${line}`
  };
}
function unreadable(file, reason, policy) {
  const severity = policy.rules["core/unreadable-file"] ?? "block";
  if (severity === "off") return [];
  const finding = {
    ruleId: "core/unreadable-file",
    kind: "destructive",
    blocking: severity === "block",
    rollbackOnly: false,
    path: file.path,
    line: 1,
    side: file.headText === void 0 && file.status === "removed" ? "base" : "head",
    message: `${file.path} ${reason}; two-key cannot check it, so it needs approval`,
    snippet: "",
    column: 1,
    endLine: 1,
    endColumn: 1,
    sourceLines: [],
    severity,
    unitKey: `${file.path}:unreadable`
  };
  return [finding];
}

export {
  KNOWN_AGENTS,
  parseTrailers,
  trailerEmail,
  families,
  refineryEvidencePaths,
  check,
  checkFile
};
