import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  adapters,
  appendAudit
} from "./chunk-IH5GJX2A.js";
import {
  AGENT_NAMES,
  HookInputError
} from "./chunk-IMX7FK3S.js";
import {
  repositoryRoot,
  runtimePolicy
} from "./chunk-GNL7QIKQ.js";
import {
  actionHash,
  consumeGrant,
  recordPending,
  stateDirOf
} from "./chunk-GMPJ3CLL.js";
import "./chunk-JWIUDYGN.js";
import "./chunk-BBWLKOMW.js";
import "./chunk-3UXB7SWX.js";
import "./chunk-WDX2CRTG.js";
import "./chunk-PWAZK2YD.js";
import "./chunk-7DLIBZMO.js";
import "./chunk-DDB6ZLY5.js";
import "./chunk-HU7KHN2P.js";
import "./chunk-EDGMJUJL.js";
import "./chunk-O5VG4T57.js";
import "./chunk-EIH2OVFC.js";
import "./chunk-4FNLEWMR.js";
import "./chunk-4UXJRGLV.js";
import "./chunk-AOPES7MT.js";
import "./chunk-WG42RVUK.js";
import "./chunk-3PML2GVG.js";
import "./chunk-P6RYG27D.js";
import "./chunk-ZQIJZ6PA.js";
import "./chunk-LIWINHBA.js";
import "./chunk-MW2464UR.js";
import "./chunk-ICKOAMR6.js";
import "./chunk-JMVSX7PE.js";
import "./chunk-XQKURTTO.js";
import "./chunk-JBCSFPUI.js";
import "./chunk-YVSR3L74.js";
import "./chunk-JDMKUC5Z.js";
import "./chunk-ODTQXCHN.js";
import {
  check
} from "./chunk-4QNIKBWI.js";
import "./chunk-KMZZXUNL.js";
import "./chunk-GYFR6RYJ.js";
import "./chunk-OLZQIAYM.js";
import {
  diffLines
} from "./chunk-O7FLODLP.js";
import "./chunk-YQYAWUZZ.js";
import "./chunk-EG3ONA5W.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-Z7S54ZPA.js";
import "./chunk-UIYDHM7P.js";
import "./chunk-KXNIZ2VW.js";
import {
  infrastructureDeleteOf
} from "./chunk-X54T4A62.js";
import "./chunk-3RSMXYZE.js";
import "./chunk-K62ZBVT7.js";
import "./chunk-2IV7QSKK.js";
import "./chunk-PCBBMPLR.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-IXLGDSIJ.js";
import "./chunk-DDJ2I2V4.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-HM52GXR3.js";
import "./chunk-HJNDF2KS.js";
import "./chunk-SGP6KUTB.js";
import "./chunk-GVQ55VA2.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-W4I5MKF7.js";
import "./chunk-R3RUAV57.js";
import "./chunk-PO5BOZ4F.js";
import "./chunk-O5EZW7AY.js";
import "./chunk-25IFS2WD.js";
import {
  parseShell
} from "./chunk-UD7HIGTY.js";
import {
  baseName
} from "./chunk-FJFFMLKF.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-7HYHVU3F.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-PGE7O3DA.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import {
  loadGrammar
} from "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";

// src/cli/hook.ts
import { writeSync } from "node:fs";

// src/hook/run.ts
import { readFileSync } from "node:fs";

// src/hook/judge.ts
import { isAbsolute, relative } from "node:path";

// src/hook/environment.ts
var REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
var IGNORED = /* @__PURE__ */ new Set(["PWD", "OLDPWD", "HOME", "PATH", "SHELL", "USER", "RANDOM", "LINENO", "SECONDS", "IFS"]);
function environmentPrelude(command, env) {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  for (const match of command.matchAll(REFERENCE)) {
    const name = match[1];
    if (seen.has(name) || IGNORED.has(name)) continue;
    seen.add(name);
    const value = env[name];
    if (value === void 0 || value.includes("\n")) continue;
    lines.push(`${name}=${shellQuote(value)}`);
  }
  return lines;
}
function shellQuote(value) {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

// src/hook/judge.ts
var SCRATCH = ".two-key-hook";
async function judge(actions, context2) {
  const stops = [];
  const commandFiles = [];
  const writeFiles = [];
  const firstLines = /* @__PURE__ */ new Map();
  actions.forEach((action, i) => {
    if (action.kind === "shell") {
      const prelude = environmentPrelude(action.command, context2.env);
      const path = `${SCRATCH}/command-${i}.sh`;
      firstLines.set(path, prelude.length + 1);
      commandFiles.push(scriptFile(path, [...prelude, action.command].join("\n") + "\n", prelude.length + 1));
    } else if (action.kind === "mcp") {
      const call = mcpFiles(action.tool, action.args, i);
      commandFiles.push(...call.files);
      stops.push(...call.stops);
    } else if (action.kind === "write") {
      writeFiles.push(writtenFile(action.path, action.content, context2));
    }
  });
  if (commandFiles.length) {
    const policy = {
      ...context2.policy,
      paths: { include: ["**"], exclude: [], nonBlocking: [], rollback: [] }
    };
    const decision = await check({ files: commandFiles, commits: [] }, policy);
    stops.push(...stopsOf(decision.findings.filter((f) => f.line >= (firstLines.get(f.path) ?? 1))));
  }
  if (writeFiles.length) {
    const decision = await check({ files: writeFiles, commits: [] }, context2.policy);
    stops.push(...stopsOf(decision.findings));
  }
  return dedupe(stops);
}
function stopsOf(findings) {
  return findings.filter((f) => !f.rollbackOnly && f.ruleId !== "env/new-production-target").filter((f) => f.blocking || f.kind === "production").map((f) => ({ ruleId: f.ruleId, kind: f.kind, message: f.message }));
}
function dedupe(stops) {
  const seen = /* @__PURE__ */ new Set();
  return stops.filter((s) => {
    const key = `${s.ruleId}|${s.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function scriptFile(path, text, firstLine) {
  const lines = text.split("\n").length;
  return {
    path,
    status: "added",
    headText: text,
    headChangedLines: [{ start: firstLine, end: lines }],
    baseChangedLines: []
  };
}
function writtenFile(absolute, content, context2) {
  const inRepo = relative(context2.root, absolute);
  const path = (inRepo.startsWith("..") || isAbsolute(inRepo) ? absolute.replace(/^\/+/, "") : inRepo).split("\\").join("/");
  const current = context2.readFile(absolute);
  if (current === void 0) return scriptFile(path, content, 1);
  const { headChangedLines, baseChangedLines } = diffLines(current, content);
  return { path, status: "modified", baseText: current, headText: content, headChangedLines, baseChangedLines };
}
var SQL_START = /^\s*(?:select|insert|update|delete|drop|truncate|alter|create|grant|revoke|with|merge|replace|copy|vacuum|reindex|rename|comment|do|call|exec|execute)\b/i;
var COMMAND_KEYS = /^(command|cmd|script|shell|shell_command|commandline|command_line|bash)$/i;
function mcpFiles(tool, args, index) {
  const flat = [];
  flatten(args, "", flat, 0);
  const files = [];
  const stops = [];
  const name = tool.split("__").pop() ?? tool;
  const what = infrastructureDeleteOf(name);
  if (what)
    stops.push({
      ruleId: "mcp/destructive-tool",
      kind: "destructive",
      message: `MCP tool ${tool} deletes the ${what}`
    });
  const commands = flat.filter((f) => COMMAND_KEYS.test(f.key.split(".").pop() ?? ""));
  if (commands.length)
    files.push(scriptFile(`${SCRATCH}/mcp-${index}.sh`, commands.map((c) => c.value).join("\n") + "\n", 1));
  const sql = flat.filter((f) => !commands.includes(f) && SQL_START.test(f.value));
  if (sql.length)
    files.push(
      scriptFile(
        `${SCRATCH}/mcp-${index}.sql`,
        sql.map((s) => s.value.trim().replace(/;?$/, ";")).join("\n") + "\n",
        1
      )
    );
  const url = flat.find((f) => /^(url|uri|endpoint)$/i.test(f.key.split(".").pop() ?? ""))?.value;
  const method = flat.find((f) => /^method$/i.test(f.key.split(".").pop() ?? ""))?.value;
  const module = [
    ...flat.map((f, i) => `export const arg${i} = ${JSON.stringify(f.value)};`),
    // A DELETE to a provider's API reads as the same request in code; a body is read as strings above.
    ...url && method?.toUpperCase() === "DELETE" ? [`await fetch(${JSON.stringify(url)}, { method: 'DELETE' });`] : []
  ];
  if (module.length) files.push(scriptFile(`${SCRATCH}/mcp-${index}.ts`, module.join("\n") + "\n", 1));
  return { files, stops };
}
var MAX_DEPTH = 8;
function flatten(value, key, out, depth) {
  if (depth > MAX_DEPTH) return;
  if (typeof value === "string") {
    const opened = openJson(value);
    if (opened !== void 0) flatten(opened, key, out, depth + 1);
    else out.push({ key, value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${key}[${i}]`, out, depth + 1));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, key ? `${key}.${k}` : k, out, depth + 1);
  } else if (typeof value === "number" || typeof value === "boolean") {
    out.push({ key, value: String(value) });
  }
}
function openJson(text) {
  const t = text.trim();
  if (!(t.startsWith("{") && t.endsWith("}")) && !(t.startsWith("[") && t.endsWith("]"))) return void 0;
  try {
    return JSON.parse(t);
  } catch {
    return void 0;
  }
}

// src/hook/redact.ts
var SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PASS|KEY|CREDENTIAL|AUTH|COOKIE|SESSION|DATABASE_URL|DB_URL|DSN)/i;
var MASK = "***";
function redact(text, env = {}) {
  let out = text;
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= 6 && SECRET_NAME.test(name)) out = out.split(value).join(MASK);
  }
  return out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@'"]*:)[^@\s'"]+@/gi, `$1${MASK}@`).replace(/\b(Bearer|Basic|token)(\s+)[A-Za-z0-9._~+/=-]{6,}/gi, `$1$2${MASK}`).replace(
    /\b([A-Za-z_]*(?:token|secret|password|passwd|api[_-]?key)[A-Za-z_]*["']?\s*[=:]\s*["']?)[^\s"'&,}]{4,}/gi,
    `$1${MASK}`
  ).replace(/\b[A-Za-z0-9_-]{32,}\b/g, MASK);
}
function excerpt(text, env = {}, max = 200) {
  const line = redact(text, env).replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}

// src/hook/tamper.ts
var GUARD_FILES = [
  [/\.claude\/settings(?:\.local)?\.json/i, "Claude Code settings"],
  [/\.cursor\/hooks\.json|\/etc\/cursor\/|Cursor\/hooks\.json/i, "Cursor hooks"],
  [/\.codex\/(?:hooks\.json|config\.toml|requirements\.toml)/i, "Codex hooks"],
  [/\.gemini\/settings\.json|\/etc\/gemini-cli\//i, "Gemini CLI settings"],
  [/\.github\/hooks(?:\/|\b)/i, "Copilot hooks"],
  [/\.windsurf\/hooks\.json|\.codeium\/windsurf\/hooks\.json|\/etc\/windsurf\//i, "Windsurf hooks"],
  [/\.clinerules\/hooks|Cline\/Hooks/i, "Cline hooks"],
  [/amp\/settings\.json|\.amp\/settings/i, "Amp settings"],
  [/\.github\/two-key\.ya?ml/i, "the two-key policy"]
];
var READERS = /* @__PURE__ */ new Set([
  "cat",
  "less",
  "more",
  "head",
  "tail",
  "grep",
  "egrep",
  "rg",
  "ls",
  "stat",
  "wc",
  "file",
  "diff",
  "bat",
  "jq",
  "echo",
  "test",
  "["
]);
var GIT_READS = /* @__PURE__ */ new Set(["diff", "log", "show", "status", "blame", "ls-files"]);
async function tamperReason(action, places) {
  if (action.kind === "none") return void 0;
  if (action.kind === "write") return touches(action.path, places) ?? guardFile(action.path);
  if (action.kind === "mcp") {
    const text = JSON.stringify(action.args ?? {});
    const store2 = touches(text, places);
    if (store2) return store2;
    const file2 = guardFile(text);
    return file2 && !/(?:^|_|-)(read|get|list|view|search|show|stat)/i.test(action.tool) ? file2 : void 0;
  }
  await loadGrammar("bash");
  const parsed = parseShell(action.command);
  const words = parsed.commands.flatMap((c) => [...c.argv, ...c.envAssignments.map((e) => e.value)]).join(" ");
  const seen = `${action.command}
${words}`;
  const store = touches(seen, places);
  if (store) return store;
  for (const c of parsed.commands) {
    const program = baseName(c.argv[0] ?? "");
    const runsTwoKey = program === "two-key" || c.argv.slice(0, 3).some((w) => /two-key(?:\/dist)?\/cli\.js$/.test(w));
    if (runsTwoKey && c.argv.some((w) => w === "approve" || w === "install"))
      return "runs two-key approve or hook install, which only a person may run";
  }
  const file = guardFile(seen);
  if (!file) return void 0;
  const onlyReads = !/[>]|\btee\b/.test(action.command) && parsed.commands.every((c) => {
    const program = baseName(c.argv[0] ?? "");
    return READERS.has(program) || program === "git" && GIT_READS.has(c.argv[1] ?? "");
  });
  return onlyReads ? void 0 : file;
}
function touches(text, places) {
  const markers = [places.stateDir, ".local/state/two-key", "XDG_STATE_HOME"];
  return markers.some((m) => m && text.includes(m)) ? "touches two-key's approval store" : void 0;
}
function guardFile(text) {
  const hit = GUARD_FILES.find(([pattern]) => pattern.test(text));
  return hit ? `changes ${hit[1]}, which decide whether this check runs` : void 0;
}

// src/hook/run.ts
var MAX_INPUT = 1024 * 1024;
function defaultDeps(env, stateDir) {
  return {
    env,
    stateDir,
    now: () => Date.now(),
    readFile: (path) => {
      try {
        return readFileSync(path, "utf8");
      } catch {
        return void 0;
      }
    },
    policyFor: runtimePolicy,
    judge
  };
}
async function runHook(agent, stdin, deps) {
  const adapter = adapters[agent];
  let call;
  try {
    call = adapter.parse(readJson(stdin), context(deps));
  } catch (error) {
    if (!(error instanceof HookInputError)) throw error;
    return adapter.reply(
      { decision: "deny", reason: `two-key: unreadable hook input (${error.message}); denied` },
      void 0
    );
  }
  const outcome = await decide(agent, call, deps);
  return adapter.reply(outcome, call);
}
function context(deps) {
  return { env: deps.env, readFile: deps.readFile };
}
function readJson(stdin) {
  if (stdin.length > MAX_INPUT) throw new HookInputError(`input larger than ${MAX_INPUT} bytes`);
  const text = stdin.replace(/^\uFEFF/, "");
  if (!text.trim()) throw new HookInputError("no input");
  try {
    return JSON.parse(text);
  } catch {
    throw new HookInputError("input is not JSON");
  }
}
async function decide(agent, call, deps) {
  const actions = call.actions.filter((a) => a.kind !== "none");
  if (actions.length === 0) return { decision: "pass" };
  const root = repositoryRoot(call.cwd);
  const summary = actions.map((a) => describe(a, deps.env)).join("; ");
  const audit = (decision, rules2, reason2, approvalId) => appendAudit(deps.stateDir, {
    time: new Date(deps.now()).toISOString(),
    agent,
    decision,
    action: summary,
    rules: rules2,
    reason: reason2,
    cwd: call.cwd,
    ...call.session ? { session: call.session } : {},
    ...approvalId ? { approvalId } : {}
  });
  const hash = actionHash(actions, root);
  for (const action of actions) {
    const tamper = await tamperReason(action, { stateDir: deps.stateDir });
    if (tamper) return deny(`two-key: ${summary} ${tamper}`, ["hook/guard"], true);
  }
  let policy;
  try {
    policy = deps.policyFor(root);
  } catch (error) {
    throw new Error(`the policy does not load: ${error.message.split("\n")[0]}`, { cause: error });
  }
  const stops = await deps.judge(actions, { policy, root, env: deps.env, readFile: deps.readFile });
  if (stops.length === 0) return { decision: "pass" };
  const rules = [...new Set(stops.map((s) => s.ruleId))];
  if (consumeGrant(deps.stateDir, hash, deps.now())) {
    audit("granted", rules, "a person approved this exact action with two-key approve");
    return { decision: "pass" };
  }
  const reason = `two-key: ${redact(because(stops), deps.env)}`;
  if (call.canAsk) {
    audit("ask", rules, reason);
    return { decision: "ask", reason: `${reason}. Approve only if you meant this to run.` };
  }
  return deny(reason, rules, false);
  function deny(reason2, rules2, guard) {
    const approvalId = recordPending(
      deps.stateDir,
      { hash, agent, cwd: call.cwd, summary, reasons: [reason2] },
      deps.now()
    );
    audit("deny", rules2, reason2, approvalId);
    const next = guard ? `Only a person may approve this: ask the user to run \`two-key approve ${approvalId}\` in their own terminal if they want it.` : `Needs a person's approval: ask the user to run \`two-key approve ${approvalId}\` in their own terminal, then retry the identical action.`;
    return { decision: "deny", reason: `${reason2}. ${next}`, approvalId };
  }
}
function because(stops) {
  const shown = stops.slice(0, 3).map((s) => `${s.message} (${s.ruleId})`);
  const more = stops.length > 3 ? `; and ${stops.length - 3} more` : "";
  return shown.join("; ") + more;
}
function describe(action, env) {
  switch (action.kind) {
    case "shell":
      return `\`${excerpt(action.command, env)}\``;
    case "mcp":
      return `MCP ${action.tool}(${excerpt(JSON.stringify(action.args ?? {}), env, 160)})`;
    case "write":
      return `write to ${action.path}`;
    case "none":
      return action.tool;
  }
}

// src/cli/hook.ts
var WATCHDOG_MS = 3e3;
function isAgent(name) {
  return AGENT_NAMES.includes(name);
}
async function runHookCommand(agent, stdin, io, run) {
  const adapter = adapters[agent];
  const failClosed = (why) => adapter.reply(
    { decision: "deny", reason: `two-key: ${why}; denied (fail closed). Run two-key doctor.` },
    void 0
  );
  let timer;
  let late = false;
  const watchdog = new Promise((resolve) => {
    timer = setTimeout(() => {
      late = true;
      resolve(failClosed(`the check took longer than ${run.watchdogMs} ms`));
    }, run.watchdogMs);
  });
  const work = stdin.then((text) => runHook(agent, text, run.deps)).catch(
    (error) => failClosed(`internal error: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`)
  );
  const reply = await Promise.race([work, watchdog]);
  clearTimeout(timer);
  io.stdout(reply.stdout);
  io.stderr(reply.stderr);
  if (late) run.exit?.(reply.exitCode);
  return reply.exitCode;
}
async function hookCli(agent, io) {
  const env = process.env;
  const deps = defaultDeps(env, stateDirOf(env));
  const direct = {
    ...io,
    // Synchronous writes, so an answer is complete even when the process is ended right after.
    stdout: (text) => text && writeSync(1, text),
    stderr: (text) => text && writeSync(2, text)
  };
  return runHookCommand(agent, readStdin(), direct, {
    deps,
    watchdogMs: WATCHDOG_MS,
    exit: (code) => process.exit(code)
  });
}
function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on("data", (c) => chunks.push(c));
    process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    process.stdin.on("error", reject);
  });
}
export {
  WATCHDOG_MS,
  hookCli,
  isAgent,
  runHookCommand
};
