import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  MAX_NEIGHBOURS,
  MAX_TEXT_BYTES,
  decodeFileText,
  moduleDirs,
  pickNeighbours,
  referencedPaths
} from "./chunk-3C7C5PZB.js";
import {
  renderDecision
} from "./chunk-OH4TXW65.js";
import {
  ACTION_REPOSITORY,
  VERSION
} from "./chunk-M6CIGP4E.js";
import {
  PolicyError,
  allRules,
  baseName,
  check,
  defaultPolicy,
  diffLines,
  engineRuleIds,
  findRule,
  infrastructureDeleteOf,
  isTerraformPlan,
  isTerragruntFile,
  loadGrammar,
  loadPolicy,
  parseShell,
  parseUnifiedDiff,
  ruleIds,
  terragruntModuleDir
} from "./chunk-SG4HENQY.js";
import "./chunk-ZHGBYMEX.js";

// src/cli/main.ts
import { existsSync as existsSync6, readFileSync as readFileSync10 } from "node:fs";
import { dirname as dirname5, isAbsolute as isAbsolute13, join as join18, relative as relative3, resolve as resolve4 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/hook/types.ts
var AGENT_NAMES = ["claude", "cursor", "codex", "gemini", "copilot", "windsurf", "cline", "amp"];
var HookInputError = class extends Error {
  name = "HookInputError";
};

// src/cli/hook-args.ts
var RUNTIME_HELP = `  two-key hook AGENT                     (run by the agent: judges the action on stdin)
  two-key hook install AGENT [--dry-run] writes the agent's hook configuration
  two-key approve ID                     grants a denied action once (a person, at a terminal)
  two-key doctor                         checks configured hooks and shows recent asks and denies
AGENT is one of ${AGENT_NAMES.join(", ")}.
`;
function agentOf(word) {
  if (word !== void 0 && AGENT_NAMES.includes(word)) return word;
  throw new UsageError(
    `expected an agent: ${AGENT_NAMES.join(", ")}${word === void 0 ? "" : `, got ${JSON.stringify(word.slice(0, 40))}`}`
  );
}
function parseRuntime(first, rest) {
  if (first === "doctor") {
    if (rest.length) throw new UsageError("doctor takes no arguments");
    return { command: "doctor" };
  }
  if (first === "approve") {
    if (rest.length !== 1 || !/^[A-Za-z0-9]{4,16}$/.test(rest[0]))
      throw new UsageError("approve needs one approval id, as in: two-key approve K7QF2M9X");
    return { command: "approve", id: rest[0] };
  }
  if (rest[0] === "install") {
    const options = rest.slice(1).filter((a) => a.startsWith("-"));
    const unknown = options.find((o) => o !== "--dry-run");
    if (unknown)
      throw new UsageError(`unknown option ${JSON.stringify(unknown.slice(0, 40))} (hook install takes --dry-run)`);
    const operands = rest.slice(1).filter((a) => !a.startsWith("-"));
    if (operands.length !== 1) throw new UsageError("hook install needs one agent");
    return { command: "hook-install", agent: agentOf(operands[0]), dryRun: options.includes("--dry-run") };
  }
  if (rest.length !== 1) throw new UsageError("hook needs one agent, as in: two-key hook claude");
  return { command: "hook", agent: agentOf(rest[0]) };
}

// src/cli/args.ts
var OUTPUT_FORMATS = ["text", "json", "markdown", "sarif"];
var UsageError = class extends Error {
  name = "UsageError";
};
var HELP_TEXT = `Usage:
  two-key check [--repo DIR] [--base REF] [--head REF] [--policy FILE]
                [--pr-author LOGIN] [--branch NAME] [--pr-body FILE]
                [--terraform-plan FILE] [--format text|json|markdown|sarif]
                [--staged | --worktree]
  two-key explain RULE
  two-key hook-git install [--repo DIR]
  two-key init [--repo DIR] [--action OWNER/REPO@v1] [--apply [--github-repo OWNER/NAME] [--app-id N]]
${RUNTIME_HELP}  two-key --help | --version

check    Inspects the change from the merge base of --base and --head to --head.
  --repo DIR        repository to read (default: the current directory)
  --base REF        base of the change (default: the default branch: origin/HEAD, main or master)
  --head REF        head of the change (default: HEAD)
  --policy FILE     policy file to apply
  --pr-author LOGIN pull request author, for agent detection and approval rules
  --branch NAME     head branch name (default: the branch --head names, if any)
  --pr-body FILE    file holding the pull request description, for agent markers
  --terraform-plan FILE
                    a plan as \`terraform show -json PLANFILE\` prints it: its deletes and
                    replacements of resources that hold data are checked with the change
  --format FORMAT   text (default), json, markdown or sarif
  --staged          judge what is staged for the next commit, against --base (default: HEAD)
  --worktree        judge the working tree, untracked files included, against --base (default: HEAD)
explain  Prints what a rule catches and how to get a change it flags approved.
init     Writes the gate's two workflows and a starter .github/two-key.yml (files that
         exist are kept) and prints the ruleset to apply; --apply creates or updates it
         through the API with the token in GITHUB_TOKEN (admin rights).
hook-git install
         Adds a git pre-commit hook that runs \`two-key check --staged\` (an existing
         hook of your own is left alone).

Exit status: 0 allow, 1 block, 2 bad input or internal error.
`;
var CHECK_OPTIONS = /* @__PURE__ */ new Set([
  "repo",
  "base",
  "head",
  "policy",
  "pr-author",
  "branch",
  "pr-body",
  "terraform-plan",
  "format"
]);
function show(arg) {
  return JSON.stringify(arg.length > 80 ? `${arg.slice(0, 77)}...` : arg);
}
function isHelp(arg) {
  return arg === "--help" || arg === "-h";
}
function looksLikeOption(arg) {
  return arg.startsWith("-") && arg !== "-";
}
function wantsHelp(args) {
  for (const arg of args) {
    if (arg === "--") return false;
    if (isHelp(arg)) return true;
  }
  return false;
}
function parseCheck(args) {
  const values = /* @__PURE__ */ new Map();
  let local;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      const extra = args[i + 1];
      if (extra !== void 0) throw new UsageError(`check takes no arguments, got ${show(extra)}`);
      break;
    }
    if (!arg.startsWith("--")) {
      if (looksLikeOption(arg)) throw new UsageError(`unknown option ${show(arg)} (see two-key --help)`);
      throw new UsageError(`check takes no arguments, got ${show(arg)}`);
    }
    if (arg === "--staged" || arg === "--worktree") {
      const mode = arg.slice(2);
      if (local !== void 0) throw new UsageError(`--${local} and --${mode} cannot be combined`);
      local = mode;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (!CHECK_OPTIONS.has(name)) {
      throw new UsageError(`unknown option ${show(eq < 0 ? arg : arg.slice(0, eq))} (see two-key --help)`);
    }
    const option = name;
    let value;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = args[i + 1];
      if (next !== void 0 && !looksLikeOption(next)) {
        value = next;
        i++;
      }
    }
    if (value === void 0 || value === "") throw new UsageError(`option --${option} needs a value`);
    if (values.has(option)) throw new UsageError(`option --${option} given more than once`);
    values.set(option, value);
  }
  const format = values.get("format") ?? "text";
  if (!OUTPUT_FORMATS.includes(format)) {
    throw new UsageError(`invalid --format ${show(format)}: expected text, json, markdown or sarif`);
  }
  const command = { command: "check", repo: values.get("repo") ?? ".", format };
  const optional = [
    ["base", "base"],
    ["head", "head"],
    ["policy", "policy"],
    ["pr-author", "prAuthor"],
    ["branch", "branch"],
    ["pr-body", "prBodyFile"],
    ["terraform-plan", "terraformPlanFile"]
  ];
  for (const [option, key2] of optional) {
    const value = values.get(option);
    if (value !== void 0) command[key2] = value;
  }
  if (local !== void 0) {
    if (command.head !== void 0)
      throw new UsageError(
        `--${local} judges the ${local === "staged" ? "index" : "working tree"}: it takes no --head`
      );
    command.local = local;
  }
  return command;
}
function parseExplain(args) {
  const rules = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      rules.push(...args.slice(i + 1));
      break;
    }
    if (looksLikeOption(arg)) throw new UsageError(`unknown option ${show(arg)} (see two-key --help)`);
    rules.push(arg);
  }
  const [rule, extra] = rules;
  if (rule === void 0 || rule === "") {
    throw new UsageError("explain needs a rule id, as in: two-key explain sql/drop-table");
  }
  if (extra !== void 0) throw new UsageError(`explain takes one rule id, got also ${show(extra)}`);
  return { command: "explain", rule };
}
function parseInit(args) {
  const command = { command: "init", repo: ".", apply: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--apply") {
      command.apply = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!["--repo", "--action", "--github-repo", "--app-id"].includes(name)) {
      throw new UsageError(`unknown argument ${show(arg)} (see two-key --help)`);
    }
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === void 0 || value === "" || eq < 0 && looksLikeOption(value))
      throw new UsageError(`option ${name} needs a value`);
    if (name === "--repo") command.repo = value;
    if (name === "--action") {
      if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+(\/[^@\s]+)?@[^\s]+$/.test(value)) {
        throw new UsageError(`invalid --action ${show(value)}: expected OWNER/REPO@REF`);
      }
      command.actionRef = value;
    }
    if (name === "--github-repo") {
      if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(value))
        throw new UsageError(`invalid --github-repo ${show(value)}: expected OWNER/NAME`);
      command.githubRepo = value;
    }
    if (name === "--app-id") {
      if (!/^[1-9][0-9]*$/.test(value))
        throw new UsageError(`invalid --app-id ${show(value)}: expected the App's numeric id`);
      command.appId = Number(value);
    }
  }
  return command;
}
function parseGitHook(args) {
  const [action, ...rest] = args;
  if (action !== "install")
    throw new UsageError(`hook-git takes install, got ${action === void 0 ? "nothing" : show(action)}`);
  let repo = ".";
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = arg === "--repo" ? rest[++i] : arg.startsWith("--repo=") ? arg.slice(7) : void 0;
    if (value === void 0 || value === "") {
      throw new UsageError(
        arg === "--repo" || arg === "--repo=" ? "option --repo needs a value" : `unknown argument ${show(arg)} (see two-key --help)`
      );
    }
    repo = value;
  }
  return { command: "hook-git", action: "install", repo };
}
function parseArgs(argv) {
  const [first, ...rest] = argv;
  if (first === void 0) throw new UsageError("missing command: try two-key check, or two-key --help");
  if (isHelp(first) || first === "help") return { command: "help" };
  if (first === "--version") return { command: "version" };
  if (first === "check" || first === "explain") {
    if (wantsHelp(rest)) return { command: "help" };
    return first === "check" ? parseCheck(rest) : parseExplain(rest);
  }
  if (first === "init") {
    if (wantsHelp(rest)) return { command: "help" };
    return parseInit(rest);
  }
  if (first === "hook-git") {
    if (wantsHelp(rest)) return { command: "help" };
    return parseGitHook(rest);
  }
  if (first === "hook" || first === "approve" || first === "doctor") return parseRuntime(first, rest);
  if (looksLikeOption(first)) throw new UsageError(`unknown option ${show(first)} (see two-key --help)`);
  throw new UsageError(
    `unknown command ${show(first)}: expected check, explain, init, hook-git, hook, approve or doctor`
  );
}

// src/cli/git-change-set.ts
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";

// src/cli/neighbours.ts
async function readNeighbours(files, listTree2, readTexts2) {
  const referenced = new Set(referencedPaths(files));
  const dirs = moduleDirs(files, referenced);
  const terragrunt = files.filter((f) => isTerragruntFile(f.path) && f.headText !== void 0);
  if (terragrunt.length > 0) await loadGrammar("hcl");
  for (const file of terragrunt) {
    const dir = terragruntModuleDir(file.path, file.headText);
    if (dir !== void 0 && !dirs.includes(dir)) dirs.push(dir);
  }
  const wanted = [];
  for (const dir of dirs) {
    const picked = pickNeighbours(files, await listTree2(dir), MAX_NEIGHBOURS - wanted.length, referenced);
    wanted.push(...picked.filter((entry) => !wanted.some((w) => w.path === entry.path)));
    if (wanted.length >= MAX_NEIGHBOURS) break;
  }
  if (!wanted.length) return [];
  const texts = await readTexts2(wanted.map((w) => w.id));
  return wanted.flatMap(({ path, id }) => {
    const text = texts.get(id);
    return text === void 0 ? [] : [{ path, text }];
  });
}

// src/cli/base-tree.ts
import { execFileSync } from "node:child_process";
var MAX_BASE_FILE_BYTES = 2 * 1024 * 1024;
function gitBaseTree(repo, commit) {
  let paths;
  const cache = /* @__PURE__ */ new Map();
  const git2 = (args) => execFileSync("git", ["-c", "core.quotePath=false", ...args], {
    cwd: repo,
    maxBuffer: MAX_BASE_FILE_BYTES + 1024,
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" }
  });
  const all = () => {
    if (paths === void 0) {
      try {
        paths = git2(["ls-tree", "-r", "-z", "--name-only", commit]).toString("utf8").split("\0").filter(Boolean);
      } catch {
        paths = [];
      }
    }
    return paths;
  };
  return {
    list(folder) {
      const prefix = folder === "" ? "" : folder.replace(/\/+$/, "") + "/";
      return all().filter((p) => p.startsWith(prefix));
    },
    read(path) {
      if (cache.has(path)) return cache.get(path);
      let text;
      if (all().includes(path)) {
        try {
          const blob = git2(["cat-file", "blob", `${commit}:${path}`]);
          text = blob.includes(0) ? void 0 : blob.toString("utf8");
        } catch {
          text = void 0;
        }
      }
      cache.set(path, text);
      return text;
    }
  };
}

// src/cli/git-change-set.ts
var GitInputError = class extends Error {
  name = "GitInputError";
};
function show2(name) {
  return /[\u0000-\u001f\u007f]/.test(name) ? JSON.stringify(name) : name;
}
function runGit(repo, args, input, onStdout) {
  return new Promise((resolve5, reject) => {
    const child = spawn("git", ["-c", "core.quotePath=false", ...args], {
      cwd: repo,
      env: { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat" }
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => onStdout ? onStdout(chunk) : out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => {
      reject(error.code === "ENOENT" ? new GitInputError("git is not installed or not on the PATH") : error);
    });
    child.on("close", (code) => {
      resolve5({ code: code ?? 128, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
function firstLine(stderr) {
  return stderr.split("\n").find((line) => line.trim() !== "")?.replace(/^(fatal|error): /, "").trim() ?? "unknown error";
}
async function gitOk(repo, args, what, input) {
  const run = await runGit(repo, args, input);
  if (run.code !== 0) throw new GitInputError(`git failed while ${what}: ${firstLine(run.stderr)}`);
  return run.stdout;
}
async function assertRepository(repo) {
  const info = await stat(repo).catch(() => void 0);
  if (!info?.isDirectory()) throw new GitInputError(`not a git repository: ${show2(repo)}`);
  const run = await runGit(repo, ["rev-parse", "--git-dir"]);
  if (run.code === 0) return;
  if (run.stderr.includes("dubious ownership")) {
    throw new GitInputError(
      `git refuses to read ${show2(repo)}: it is owned by another user (add it to git config safe.directory)`
    );
  }
  throw new GitInputError(`not a git repository: ${show2(repo)}`);
}
function checkRevision(ref) {
  if (ref === "") throw new GitInputError("empty revision");
  if (ref.startsWith("-")) throw new GitInputError(`invalid revision (starts with "-"): ${show2(ref)}`);
  if (/[\u0000-\u001f\u007f]/.test(ref)) throw new GitInputError(`invalid revision: ${show2(ref)}`);
}
async function tryResolveCommit(repo, ref) {
  const run = await runGit(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const sha = run.stdout.toString("utf8").trim();
  return run.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
}
async function resolveCommit(repo, ref) {
  checkRevision(ref);
  const sha = await tryResolveCommit(repo, ref);
  if (!sha) throw new GitInputError(`unknown revision: ${show2(ref)}`);
  return sha;
}
async function defaultBranch(repo) {
  const run = await runGit(repo, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  const target = run.stdout.toString("utf8").trim();
  const candidates = run.code === 0 && target ? [target] : [];
  candidates.push("refs/heads/main", "refs/remotes/origin/main", "refs/heads/master", "refs/remotes/origin/master");
  for (const ref of candidates) {
    if (await tryResolveCommit(repo, ref)) return ref.replace(/^refs\/(heads|remotes)\//, "");
  }
  throw new GitInputError("no default branch to compare with (no origin/HEAD, main or master): pass --base REF");
}
async function mergeBase(repo, base, head, baseRef, headRef) {
  const run = await runGit(repo, ["merge-base", base, head]);
  const sha = run.stdout.toString("utf8").trim();
  if (run.code === 0 && sha) return sha;
  if (run.code === 1) {
    const shallow = (await runGit(repo, ["rev-parse", "--is-shallow-repository"])).stdout.toString("utf8").trim();
    const hint = shallow === "true" ? " (the clone is shallow: fetch more history)" : "";
    throw new GitInputError(`no merge base between ${show2(baseRef)} and ${show2(headRef)}${hint}`);
  }
  throw new GitInputError(`git failed while finding the merge base: ${firstLine(run.stderr)}`);
}
async function branchOf(repo, headRef) {
  const run = await runGit(repo, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--symbolic-full-name",
    "--end-of-options",
    headRef
  ]);
  const full = run.stdout.toString("utf8").trim();
  if (run.code !== 0) return void 0;
  if (full.startsWith("refs/heads/")) return full.slice("refs/heads/".length);
  const remote = /^refs\/remotes\/[^/]+\/(.+)$/.exec(full);
  return remote && remote[1] !== "HEAD" ? remote[1] : void 0;
}
var DIFF_SAFETY = ["--no-ext-diff", "--no-textconv", "--no-color", "--no-relative", "--ignore-submodules=none", "-M"];
async function rawDiff(repo, base, head) {
  const out = await gitOk(
    repo,
    ["diff", "--raw", "-z", "--no-abbrev", ...DIFF_SAFETY, base, head, "--"],
    "listing changed files"
  );
  const tokens = out.toString("utf8").split("\0");
  const entries = [];
  let i = 0;
  while (i < tokens.length) {
    const meta = tokens[i];
    if (meta === "") {
      i++;
      continue;
    }
    const fields = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(meta);
    if (!fields) throw new GitInputError(`unexpected output from git diff --raw: ${show2(meta.slice(0, 80))}`);
    const [, baseMode, headMode, baseSha, headSha, letter] = fields;
    const twoPaths = letter === "R" || letter === "C";
    const first = tokens[i + 1];
    const second = twoPaths ? tokens[i + 2] : first;
    if (first === void 0 || second === void 0) throw new GitInputError("git diff --raw output ended early");
    i += twoPaths ? 3 : 2;
    const missing = (sha) => /^0+$/.test(sha);
    const entry = {
      status: "modified",
      path: second,
      copied: letter === "C",
      baseMode,
      headMode
    };
    switch (letter) {
      case "A":
      case "C":
        entry.status = "added";
        break;
      case "D":
        entry.status = "removed";
        break;
      case "R":
        entry.status = "renamed";
        entry.previousPath = first;
        break;
      default:
        entry.status = "modified";
    }
    if (!missing(baseSha) && letter !== "A" && letter !== "C") entry.baseBlob = baseSha;
    if (!missing(headSha) && letter !== "D") entry.headBlob = headSha;
    entries.push(entry);
  }
  return entries;
}
async function changedLines(repo, base, head) {
  const lines = new DiffLineReducer();
  const run = await runGit(
    repo,
    [
      "diff",
      "-U0",
      "--diff-filter=ad",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "--inter-hunk-context=0",
      ...DIFF_SAFETY,
      base,
      head,
      "--"
    ],
    void 0,
    (chunk) => lines.push(chunk)
  );
  if (run.code !== 0) throw new GitInputError(`git failed while diffing: ${firstLine(run.stderr)}`);
  return parseUnifiedDiff(lines.end());
}
var DiffLineReducer = class {
  out = [];
  partial = [];
  inHunks = false;
  push(chunk) {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) {
        this.partial.push(chunk.subarray(pos));
        return;
      }
      this.line(
        this.partial.length ? Buffer.concat([...this.partial, chunk.subarray(pos, nl)]) : chunk.subarray(pos, nl)
      );
      this.partial = [];
      pos = nl + 1;
    }
  }
  end() {
    if (this.partial.length) this.line(Buffer.concat(this.partial));
    this.partial = [];
    const text = this.out.join("\n");
    this.out = [];
    return text;
  }
  line(bytes) {
    const at = (text) => bytes.length >= text.length && bytes.toString("latin1", 0, text.length) === text;
    if (at("diff --git ")) this.inHunks = false;
    else if (at("@@")) this.inHunks = true;
    else if (this.inHunks) {
      this.out.push(bytes.length === 0 ? "" : String.fromCharCode(bytes[0]));
      return;
    }
    this.out.push(bytes.toString("utf8"));
  }
};
function allLines(text) {
  if (text === void 0 || text === "") return [];
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  if (!text.endsWith("\n")) count++;
  return [{ start: 1, end: count }];
}
var BatchReader = class {
  objects = [];
  header = [];
  /** The object being read, allocated once at its full size (and its trailing newline). */
  current = Buffer.alloc(0);
  filled = 0;
  remaining = -1;
  failure;
  push(chunk) {
    let pos = 0;
    while (pos < chunk.length && this.failure === void 0) {
      if (this.remaining < 0) {
        const nl = chunk.indexOf(10, pos);
        if (nl < 0) {
          this.header.push(chunk.subarray(pos));
          return;
        }
        this.header.push(chunk.subarray(pos, nl));
        const line = Buffer.concat(this.header).toString("utf8");
        this.header = [];
        pos = nl + 1;
        const match = /^[0-9a-f]+ \w+ (\d+)$/.exec(line);
        if (!match) {
          this.failure = line;
          return;
        }
        this.remaining = Number(match[1]) + 1;
        this.current = Buffer.allocUnsafe(this.remaining);
        this.filled = 0;
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - pos);
      chunk.copy(this.current, this.filled, pos, pos + take);
      this.filled += take;
      pos += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.objects.push(this.current.subarray(0, this.current.length - 1));
        this.current = Buffer.alloc(0);
        this.remaining = -1;
      }
    }
  }
};
async function readBlobs(repo, ids) {
  const blobs = /* @__PURE__ */ new Map();
  if (ids.length === 0) return blobs;
  const check2 = (await gitOk(repo, ["cat-file", "--batch-check", "--buffer"], "reading files", `${ids.join("\n")}
`)).toString("utf8").split("\n");
  const wanted = [];
  ids.forEach((id, index) => {
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(check2[index] ?? "");
    if (!match || match[1] !== "blob") {
      throw new GitInputError(`cannot read object ${id} from the repository (is the clone complete?)`);
    }
    const size = Number(match[2]);
    if (size > MAX_TEXT_BYTES) blobs.set(id, { size });
    else wanted.push(id);
  });
  if (wanted.length === 0) return blobs;
  const reader = new BatchReader();
  const run = await runGit(
    repo,
    ["cat-file", "--batch", "--buffer"],
    `${wanted.join("\n")}
`,
    (chunk) => reader.push(chunk)
  );
  if (run.code !== 0 || reader.failure !== void 0 || reader.objects.length !== wanted.length) {
    const why = reader.failure ?? firstLine(run.stderr);
    throw new GitInputError(`git failed while reading files: ${show2(why.slice(0, 120))}`);
  }
  wanted.forEach((id, index) => blobs.set(id, { bytes: reader.objects[index] }));
  return blobs;
}
async function listTree(repo, commit, dir) {
  const args = ["ls-tree", "-z", commit, "--", ...dir ? [`${dir}/`] : []];
  const out = (await gitOk(repo, args, "listing a directory")).toString("utf8");
  return out.split("\0").flatMap((line) => {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(line);
    return m ? [{ path: m[2], id: m[1] }] : [];
  });
}
async function readTexts(repo, ids) {
  const texts = /* @__PURE__ */ new Map();
  for (const [id, blob] of await readBlobs(repo, ids)) {
    if (!("bytes" in blob)) continue;
    const decoded = decodeFileText(blob.bytes);
    if ("text" in decoded) texts.set(id, decoded.text);
  }
  return texts;
}
function tooLarge(size) {
  const mb = Math.ceil(size / (1024 * 1024) * 10) / 10;
  return `file is ${mb} MB, over the ${MAX_TEXT_BYTES / (1024 * 1024)} MB limit`;
}
var GITLINK = "160000";
var SYMLINK = "120000";
function buildFile(entry, blobs, diffs, release) {
  const file = { path: entry.path, status: entry.status, headChangedLines: [], baseChangedLines: [] };
  if (entry.previousPath !== void 0) file.previousPath = entry.previousPath;
  const texts = {};
  const problems = [];
  let readable = true;
  for (const side of ["base", "head"]) {
    const id = side === "base" ? entry.baseBlob : entry.headBlob;
    if (id === void 0) continue;
    const mode = side === "base" ? entry.baseMode : entry.headMode;
    if (mode === GITLINK) {
      problems.push("is a submodule (a commit of another repository), which two-key cannot read");
      readable = false;
      continue;
    }
    const blob = blobs.get(id);
    if (mode === SYMLINK && side === "head" && blob && "bytes" in blob) {
      problems.push(
        `is a symbolic link to ${show2(blob.bytes.toString("utf8").slice(0, 200))}, which two-key does not follow`
      );
      readable = false;
      continue;
    }
    if (!blob) continue;
    if (!("bytes" in blob)) {
      problems.push(tooLarge(blob.size));
      readable = false;
      continue;
    }
    const decoded = decodeFileText(blob.bytes);
    release(id);
    if ("text" in decoded) texts[side] = decoded.text;
    else {
      readable = false;
      if ("binary" in decoded) file.binary = true;
      else problems.push(decoded.unreadable);
    }
  }
  if (problems.length > 0) file.unreadable = [...new Set(problems)].join("; ");
  else {
    if (texts.base !== void 0) file.baseText = texts.base;
    if (texts.head !== void 0) file.headText = texts.head;
  }
  const diff = diffs.get(entry.path);
  if (entry.baseMode === GITLINK || entry.headMode === GITLINK) {
  } else if (entry.status === "added") {
    file.headChangedLines = allLines(texts.head);
  } else if (entry.status === "removed") {
    file.baseChangedLines = allLines(texts.base);
  } else if (diff && !diff.binary) {
    file.headChangedLines = diff.headChangedLines;
    file.baseChangedLines = diff.baseChangedLines;
  } else if (readable && entry.baseBlob !== entry.headBlob) {
    const lines = diffLines(texts.base, texts.head);
    file.headChangedLines = lines.headChangedLines;
    file.baseChangedLines = lines.baseChangedLines;
  }
  return file;
}
async function readCommits(repo, base, head) {
  const out = await gitOk(
    repo,
    [
      "log",
      "-z",
      "--no-color",
      "--no-show-signature",
      "--encoding=UTF-8",
      "--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%B",
      `${base}..${head}`,
      "--"
    ],
    "reading commits"
  );
  const fields = out.toString("utf8").split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  if (fields.length % 6 !== 0) throw new GitInputError("unexpected output from git log (a commit message holds a NUL)");
  const commits = [];
  for (let i = 0; i < fields.length; i += 6) {
    const [sha, authorName, authorEmail, committerName, committerEmail, message] = fields.slice(i, i + 6);
    if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new GitInputError("unexpected output from git log");
    commits.push({ sha, authorName, authorEmail, committerName, committerEmail, message: message.replace(/\n+$/, "") });
  }
  return commits;
}
async function readChangeSet(opts) {
  const { repo } = opts;
  await assertRepository(repo);
  const headRef = opts.head ?? "HEAD";
  const local = opts.headTree !== void 0;
  const head = opts.headTree ?? await resolveCommit(repo, headRef);
  if (opts.base !== void 0) checkRevision(opts.base);
  const baseRef = opts.base ?? (local ? "HEAD" : await defaultBranch(repo));
  const base = await resolveCommit(repo, baseRef);
  const from = local ? base : await mergeBase(repo, base, head, baseRef, headRef);
  const [entries, diffs, commits, branch] = await Promise.all([
    rawDiff(repo, from, head),
    changedLines(repo, from, head),
    local ? Promise.resolve([]) : readCommits(repo, base, head),
    opts.branch !== void 0 ? Promise.resolve(opts.branch) : branchOf(repo, headRef)
  ]);
  const ids = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    if (entry.baseBlob !== void 0 && entry.baseMode !== GITLINK) ids.add(entry.baseBlob);
    if (entry.headBlob !== void 0 && entry.headMode !== GITLINK) ids.add(entry.headBlob);
  }
  const blobs = await readBlobs(repo, [...ids]);
  const uses = /* @__PURE__ */ new Map();
  for (const entry of entries)
    for (const id of [entry.baseBlob, entry.headBlob]) if (id !== void 0) uses.set(id, (uses.get(id) ?? 0) + 1);
  const release = (id) => {
    const left = (uses.get(id) ?? 1) - 1;
    uses.set(id, left);
    if (left <= 0) blobs.delete(id);
  };
  const changeSet = {
    baseSha: from,
    ...local ? {} : { headSha: head },
    files: entries.map((entry) => buildFile(entry, blobs, diffs, release)),
    commits,
    baseTree: gitBaseTree(repo, from)
  };
  const baseWorkflows = await readWorkflowsAt(repo, from);
  if (baseWorkflows.length > 0) changeSet.baseWorkflows = baseWorkflows;
  const neighbours = await readNeighbours(
    changeSet.files,
    (dir) => listTree(repo, head, dir),
    (ids2) => readTexts(repo, ids2)
  );
  if (neighbours.length) changeSet.neighbours = neighbours;
  if (opts.prAuthor !== void 0) changeSet.prAuthor = opts.prAuthor;
  if (branch !== void 0) changeSet.branch = branch;
  if (opts.prBody !== void 0) changeSet.prBody = opts.prBody;
  return changeSet;
}
async function readWorkflowsAt(repo, commit) {
  const listing = (await gitOk(repo, ["ls-tree", "-z", commit, "--", ".github/workflows/"], "listing workflows")).toString("utf8").split("\0").flatMap((line) => {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+\.ya?ml)$/.exec(line);
    return m ? [{ id: m[1], path: m[2] }] : [];
  });
  const blobs = await readBlobs(
    repo,
    listing.map((w) => w.id)
  );
  return listing.flatMap(({ id, path }) => {
    const blob = blobs.get(id);
    if (!blob || !("bytes" in blob)) return [];
    const decoded = decodeFileText(blob.bytes);
    return "text" in decoded ? [{ path, text: decoded.text }] : [];
  });
}

// src/cli/local-tree.ts
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";

// src/cli/git-exec.ts
import { execFileSync as execFileSync2 } from "node:child_process";
function runGit2(repo, args, failure, env = process.env) {
  try {
    return execFileSync2("git", args, { cwd: repo, env: { ...env, LC_ALL: "C" }, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const stderr = String(error.stderr ?? "").split("\n")[0] ?? "";
    throw new GitInputError(failure(stderr.replace(/^(fatal|error): /, "")));
  }
}
var notARepository = (repo) => () => `not a git repository: ${repo}`;

// src/cli/local-tree.ts
function snapshotTree(repo, mode) {
  const what = mode === "staged" ? "index" : "working tree";
  const git2 = (args, env = process.env) => runGit2(repo, args, (error) => `git failed while reading the ${what}: ${error}`, env).trim();
  if (mode === "staged") return git2(["write-tree"]);
  const scratch = mkdtempSync(join(tmpdir(), "two-key-index-"));
  try {
    const index = join(scratch, "index");
    const gitPath = git2(["rev-parse", "--git-path", "index"]);
    const current = isAbsolute(gitPath) ? gitPath : join(repo, gitPath);
    if (existsSync(current)) copyFileSync(current, index);
    const env = { ...process.env, GIT_INDEX_FILE: index };
    git2(["add", "--all", "--", "."], env);
    return git2(["write-tree"], env);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// src/cli/git-hook.ts
import { chmodSync, existsSync as existsSync2, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, join as join2 } from "node:path";
var MARKER = "# two-key pre-commit hook";
var PRE_COMMIT_HOOK = `#!/bin/sh
${MARKER} (written by \`two-key hook-git install\`; remove this file to uninstall)
if command -v two-key >/dev/null 2>&1; then
  exec two-key check --staged
fi
exec npx --no-install two-key check --staged
`;
function hooksDir(repo) {
  const dir = runGit2(repo, ["rev-parse", "--git-path", "hooks"], notARepository(repo)).trim();
  return isAbsolute2(dir) ? dir : join2(repo, dir);
}
function installPreCommitHook(repo) {
  const path = join2(hooksDir(repo), "pre-commit");
  if (existsSync2(path)) {
    const current = readFileSync(path, "utf8");
    if (current === PRE_COMMIT_HOOK) return { status: "unchanged", path };
    if (!current.includes(MARKER)) return { status: "foreign", path };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, PRE_COMMIT_HOOK);
  chmodSync(path, 493);
  return { status: "written", path };
}

// src/cli/init/init.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync2, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname2, join as join3 } from "node:path";

// src/cli/init/detect.ts
var FRAMEWORKS = [
  ["Rails", /(^|\/)db\/migrate\/[^/]+\.rb$/],
  ["Django", /(^|\/)migrations\/\d{4}_[^/]+\.py$/],
  ["Alembic", /(^|\/)(alembic|migrations)\/versions\/[^/]+\.py$/],
  ["Prisma", /(^|\/)schema\.prisma$/],
  ["Laravel", /(^|\/)database\/migrations\/[^/]+\.php$/],
  ["Ecto", /(^|\/)priv\/repo\/migrations\/[^/]+\.exs$/],
  ["Entity Framework", /(^|\/)Migrations\/[^/]+\.cs$/],
  ["Liquibase", /changelog[^/]*\.(xml|ya?ml|json)$/i],
  ["Knex, TypeORM or Sequelize", /(^|\/)migrations?\/[^/]+\.[cm]?[jt]s$/]
];
var INFRA = [
  ["Terraform", /\.(tf|tofu)$/],
  ["CloudFormation", /(template|stack)[^/]*\.(ya?ml|json)$/i],
  ["CDK", /(^|\/)cdk\.json$/],
  ["Pulumi", /(^|\/)Pulumi\.ya?ml$/],
  ["Helm", /(^|\/)Chart\.yaml$/],
  ["docker compose", /(^|\/)(docker-)?compose[^/]*\.ya?ml$/]
];
function detectFamilies(paths) {
  const any = (re) => paths.some((p) => re.test(p));
  return {
    sqlMigrations: any(/\.sql$/i),
    frameworkMigrations: FRAMEWORKS.filter(([, re]) => any(re)).map(([name]) => name),
    infrastructure: INFRA.filter(([, re]) => any(re)).map(([name]) => name),
    workflows: any(/^\.github\/workflows\/[^/]+\.ya?ml$/),
    kubernetes: any(/(^|\/)(k8s|kubernetes|manifests|deploy)\/[^/]+\.ya?ml$/)
  };
}
function starterPolicy(found) {
  const seen = [
    ...found.sqlMigrations ? ["SQL files"] : [],
    ...found.frameworkMigrations.map((f) => `${f} migrations`),
    ...found.infrastructure,
    ...found.kubernetes ? ["Kubernetes manifests"] : [],
    ...found.workflows ? ["GitHub workflows"] : []
  ];
  const lines = [
    "# yaml-language-server: $schema=https://unpkg.com/two-key/policies/two-key.schema.json",
    "# two-key policy, read at the base commit of every pull request (a change cannot relax it).",
    `# Found in this repository: ${seen.length ? seen.join(", ") : "no migrations or infrastructure yet"}.`,
    "# Every changed file is checked whatever it is; see the policy reference in docs/policy.md.",
    "extends: default",
    "",
    "# Name what production is here, so that changes aimed at it are held:",
    "production:",
    "  hosts: []",
    "  databases: []",
    "  kubeContexts: []",
    "",
    "approvals:",
    "  # One approval from an eligible reviewer with write access for every blocking finding;",
    '  # name teams (`from: ["@org/dba"]`) once the token can read team membership.',
    "  default:",
    "    count: 1",
    "    from: []",
    "",
    "agents:",
    "  # One more approval when an AI coding agent wrote the change.",
    "  extraApprovals: 1",
    ""
  ];
  return lines.join("\n");
}

// src/cli/init/workflows.ts
var ACTION_REF = `${ACTION_REPOSITORY}@v1`;
var GATE_WORKFLOW_PATH = ".github/workflows/two-key.yml";
var BRIDGE_WORKFLOW_PATH = ".github/workflows/two-key-review-bridge.yml";
var POLICY_PATH = ".github/two-key.yml";
function gateWorkflow(actionRef = ACTION_REF) {
  return `name: two-key
on:
  pull_request_target:
    types: [opened, synchronize, reopened, edited, ready_for_review, labeled, unlabeled]
  merge_group:
  workflow_run:
    workflows: [two-key review bridge]
    types: [completed]
  workflow_dispatch:
    inputs:
      pull-request:
        description: Pull request number to re-check
        required: true
permissions:
  contents: read
  pull-requests: write
  statuses: write
  checks: write
concurrency:
  group: two-key-\${{ github.event.pull_request.number || github.event.workflow_run.pull_requests[0].number || inputs.pull-request || github.event.workflow_run.head_sha || github.event.merge_group.head_sha }}
  cancel-in-progress: true
jobs:
  two-key:
    runs-on: ubuntu-latest
    # Holds the App's key; its deployment branches: the default branch (and gh-readonly-queue/main/*
    # with a merge queue), so no other branch's workflow can mint the token.
    environment: two-key
    steps:
      - id: app
        uses: actions/create-github-app-token@v1
        with:
          app-id: \${{ vars.TWO_KEY_APP_ID }}
          private-key: \${{ secrets.TWO_KEY_APP_KEY }}
      - uses: ${actionRef}
        with:
          app-token: \${{ steps.app.outputs.token }}
          pull-request: \${{ inputs.pull-request }}
`;
}
var BRIDGE_WORKFLOW = `name: two-key review bridge
on:
  pull_request_review:
    types: [submitted, edited, dismissed]
permissions: {}
jobs:
  bridge:
    runs-on: ubuntu-latest
    steps:
      - run: echo "review on \${{ github.event.pull_request.head.sha }}"
`;

// src/cli/init/init.ts
function git(repo, args) {
  return runGit2(repo, args, notARepository(repo));
}
function writeOnce(root, path, text) {
  const full = join3(root, path);
  if (existsSync3(full)) return readFileSync2(full, "utf8") === text ? "unchanged" : "kept";
  mkdirSync2(dirname2(full), { recursive: true });
  writeFileSync2(full, text);
  return "wrote";
}
function writeInitFiles(options) {
  const root = git(options.repo, ["rev-parse", "--show-toplevel"]).trim();
  const paths = git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]).split("\0").filter(Boolean);
  const files = [
    [GATE_WORKFLOW_PATH, gateWorkflow(options.actionRef)],
    [BRIDGE_WORKFLOW_PATH, BRIDGE_WORKFLOW],
    [POLICY_PATH, starterPolicy(detectFamilies(paths))]
  ];
  return files.map(([path, text]) => [path, writeOnce(root, path, text)]);
}
var RULESET_ADVICE = `Ruleset for the default branch (Settings > Rules > Rulesets), or \`two-key init --apply\`:
  - require the status check "two-key" (with an App token: the check run, pinned to the App);
  - dismiss stale pull request approvals when new commits are pushed;
  - require approval of the most recent reviewable push;
  - no bypass; enable the merge queue if you use one (the gate answers merge_group).`;
function githubRepoOf(url) {
  const match = /github\.com[:/]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : void 0;
}
function targetRepository(options) {
  const slug = options.githubRepo ?? githubRepoOf(git(options.repo, ["remote", "get-url", "origin"]).trim());
  const [owner, name] = slug?.split("/") ?? [];
  if (!owner || !name) throw new UsageError("cannot tell the GitHub repository: give --github-repo OWNER/NAME");
  return { owner, name };
}

// src/github/rulesets.ts
var RULESET_NAME = "two-key";
function gateRuleset(context2, integrationId) {
  return {
    name: RULESET_NAME,
    target: "branch",
    enforcement: "active",
    bypass_actors: [],
    conditions: { ref_name: { include: ["~DEFAULT_BRANCH"], exclude: [] } },
    rules: [
      {
        type: "required_status_checks",
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: [
            { context: context2, ...integrationId === void 0 ? {} : { integration_id: integrationId } }
          ]
        }
      },
      {
        type: "pull_request",
        parameters: {
          required_approving_review_count: 1,
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: false,
          require_last_push_approval: true,
          required_review_thread_resolution: false
        }
      }
    ]
  };
}
async function applyRuleset(github, owner, repo, wanted) {
  const existing = await github.paginate(github.rest.repos.getRepoRulesets, { owner, repo, includes_parents: false });
  const ours = existing.find((r) => r.name === wanted.name);
  if (!ours) {
    await github.rest.repos.createRepoRuleset({ owner, repo, ...wanted });
    return "created";
  }
  const { data: current } = await github.rest.repos.getRepoRuleset({ owner, repo, ruleset_id: ours.id });
  const same = current.enforcement === wanted.enforcement && (current.bypass_actors ?? []).length === 0 && JSON.stringify(current.conditions) === JSON.stringify(wanted.conditions) && JSON.stringify(normalise(current.rules ?? [])) === JSON.stringify(normalise(wanted.rules));
  if (same) return "unchanged";
  await github.rest.repos.updateRepoRuleset({ owner, repo, ruleset_id: ours.id, ...wanted });
  return "updated";
}
function normalise(rules) {
  const sortKeys = (value) => Array.isArray(value) ? value.map(sortKeys) : value && typeof value === "object" ? Object.fromEntries(
    Object.entries(value).sort(([a], [b]) => a < b ? -1 : 1).map(([k, v]) => [k, sortKeys(v)])
  ) : value;
  return [...rules].sort((a, b) => a.type < b.type ? -1 : 1).map(sortKeys);
}

// src/cli/policy-at-base.ts
import { execFileSync as execFileSync3 } from "node:child_process";
import { readFileSync as readFileSync3 } from "node:fs";
var POLICY_PATH2 = ".github/two-key.yml";
function policyFor(repo, baseSha, policyFile) {
  const knownRuleIds = [...ruleIds, ...engineRuleIds];
  const atBase = (path) => baseSha ? readAtCommit(repo, baseSha, path) : void 0;
  if (policyFile !== void 0) {
    let text2;
    try {
      text2 = readFileSync3(policyFile, "utf8");
    } catch {
      throw new PolicyFileMissing(`cannot read policy file: ${policyFile}`);
    }
    return loadPolicy(text2, policyFile, atBase, { knownRuleIds });
  }
  const text = atBase(POLICY_PATH2);
  return text === void 0 ? defaultPolicy() : loadPolicy(text, POLICY_PATH2, atBase, { knownRuleIds });
}
var PolicyFileMissing = class extends Error {
};
function readAtCommit(repo, sha, path) {
  try {
    return execFileSync3("git", ["-C", repo, "show", `${sha}:${path}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 16 * 1024 * 1024
    });
  } catch {
    return void 0;
  }
}

// src/hook/state.ts
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { chmodSync as chmodSync2, existsSync as existsSync4, mkdirSync as mkdirSync3, readFileSync as readFileSync4, renameSync, rmSync as rmSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { homedir } from "node:os";
import { join as join4 } from "node:path";
var PENDING_TTL_MS = 60 * 60 * 1e3;
var GRANT_TTL_MS = 15 * 60 * 1e3;
function stateDirOf(env) {
  const base = env.XDG_STATE_HOME || join4(env.HOME || homedir(), ".local", "state");
  return join4(base, "two-key");
}
function actionHash(actions, root) {
  return createHash("sha256").update(JSON.stringify([root, actions])).digest("hex");
}
function key(dir) {
  mkdirSync3(dir, { recursive: true, mode: 448 });
  const file = join4(dir, "key");
  if (!existsSync4(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync3(tmp, randomBytes(32).toString("hex"), { mode: 384 });
    renameSync(tmp, file);
  }
  chmodSync2(file, 384);
  return Buffer.from(readFileSync4(file, "utf8").trim(), "hex");
}
function mac(dir, kind, body) {
  return createHmac("sha256", key(dir)).update(`${kind}
${JSON.stringify(body)}`).digest("hex");
}
function writeSigned(dir, kind, name, body) {
  const folder = join4(dir, kind);
  mkdirSync3(folder, { recursive: true, mode: 448 });
  const signed = { body, mac: mac(dir, kind, body) };
  writeFileSync3(join4(folder, `${name}.json`), JSON.stringify(signed), { mode: 384 });
}
function readSigned(dir, kind, name) {
  const file = join4(dir, kind, `${name}.json`);
  let signed;
  try {
    signed = JSON.parse(readFileSync4(file, "utf8"));
  } catch {
    return void 0;
  }
  const expected = Buffer.from(mac(dir, kind, signed.body), "hex");
  const given = Buffer.from(String(signed.mac), "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return void 0;
  return signed.body;
}
var ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
function recordPending(dir, pending, now) {
  let id = "";
  for (let i = 0; i < 8; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  writeSigned(dir, "pending", id, { ...pending, id, expires: now + PENDING_TTL_MS });
  return id;
}
function readPending(dir, id, now) {
  if (!/^[A-Z0-9]{8}$/.test(id)) return void 0;
  const pending = readSigned(dir, "pending", id);
  return pending && pending.id === id && pending.expires > now ? pending : void 0;
}
function grant(dir, pending, now) {
  writeSigned(dir, "grants", pending.hash, { hash: pending.hash, expires: now + GRANT_TTL_MS });
  rmSync2(join4(dir, "pending", `${pending.id}.json`), { force: true });
}
function consumeGrant(dir, hash, now) {
  if (!/^[0-9a-f]{64}$/.test(hash)) return false;
  const body = readSigned(dir, "grants", hash);
  const file = join4(dir, "grants", `${hash}.json`);
  if (!body) return false;
  rmSync2(file, { force: true });
  return body.hash === hash && body.expires > now;
}

// src/cli/approve.ts
function approve(id, io, run) {
  if (!run.interactive) {
    io.stderr("two-key: approve must be run by a person in a terminal (stdin and stdout are not a TTY)\n");
    return 2;
  }
  const pending = readPending(run.stateDir, id.toUpperCase(), run.now);
  if (!pending) {
    io.stderr(`two-key: no pending approval ${id} (unknown, expired, already used, or its record was altered)
`);
    return 1;
  }
  grant(run.stateDir, pending, run.now);
  io.stdout(
    [
      `Approved ${pending.id} for ${pending.agent} in ${pending.cwd}:`,
      `  ${pending.summary}`,
      ...pending.reasons.map((r) => `  ${r}`),
      `The identical action may run once in the next ${GRANT_TTL_MS / 6e4} minutes; ask the agent to retry it.`,
      ""
    ].join("\n")
  );
  return 0;
}
function approveCli(id, io) {
  return approve(id, io, {
    stateDir: stateDirOf(process.env),
    now: Date.now(),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY)
  });
}

// src/cli/doctor.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync as mkdtempSync2, readFileSync as readFileSync7, rmSync as rmSync3 } from "node:fs";
import { homedir as homedir2, tmpdir as tmpdir2 } from "node:os";
import { delimiter, isAbsolute as isAbsolute11, join as join16, resolve as resolve2 } from "node:path";

// src/hook/agents/amp.ts
import { isAbsolute as isAbsolute3, join as join5 } from "node:path";

// src/hook/agents/adapter.ts
var SILENT = { stdout: "", stderr: "", exitCode: 0 };
function json(value) {
  return `${JSON.stringify(value)}
`;
}

// src/hook/agents/shared.ts
function asObject(value, what) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new HookInputError(`${what} is not a JSON object`);
  return value;
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function needString(value, what) {
  if (typeof value !== "string") throw new HookInputError(`${what} is missing or not a string`);
  return value;
}
function argsObject(value, what) {
  if (typeof value !== "string") return value ?? {};
  try {
    return JSON.parse(value);
  } catch {
    throw new HookInputError(`${what} is a string that is not JSON`);
  }
}
function editedContent(current, edits) {
  if (current === void 0) return edits.map((e) => e.new).join("\n");
  let text = current;
  for (const e of edits) text = e.old && text.includes(e.old) ? text.replace(e.old, e.new) : `${text}
${e.new}`;
  return text;
}
function write(path, content, what) {
  return { kind: "write", path: needString(path, `${what} path`), content: typeof content === "string" ? content : "" };
}
function isMcpName(tool) {
  return tool.startsWith("mcp__");
}

// src/hook/agents/amp.ts
var amp = {
  name: "amp",
  parse(payload, context2) {
    const params = asObject(payload, "tool parameters");
    const tool = context2.env.AGENT_TOOL_NAME;
    if (!tool) throw new HookInputError("AGENT_TOOL_NAME is not set: run by Amp as a delegate");
    const cwd = str(params.cwd) ?? context2.env.PWD ?? process.cwd();
    const path = (v) => {
      const file = needString(v, `${tool} path`);
      return isAbsolute3(file) ? file : join5(cwd, file);
    };
    let action;
    if (tool === "Bash") action = { kind: "shell", command: needString(params.cmd, "cmd") };
    else if (isMcpName(tool)) action = { kind: "mcp", tool, args: params };
    else if (tool === "create_file") action = write(path(params.path), params.content, tool);
    else if (tool === "edit_file") action = write(path(params.path), params.new_str, tool);
    else action = { kind: "none", tool };
    const thread = context2.env.AMP_THREAD_ID;
    return { actions: [action], cwd, ...thread ? { session: thread } : {}, canAsk: true, event: tool };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    return { stdout: "", stderr: `${outcome.reason}
`, exitCode: outcome.decision === "ask" ? 1 : 2 };
  }
};

// src/hook/agents/claude.ts
import { isAbsolute as isAbsolute4, join as join6 } from "node:path";
var ASKING_MODES = /* @__PURE__ */ new Set(["default", "acceptEdits", "plan", "auto"]);
function claudeStyleActions(payload, cwd, context2) {
  const tool = needString(payload.tool_name, "tool_name");
  const input = asObject(payload.tool_input ?? {}, "tool_input");
  const path = (p) => {
    const file = needString(p, `${tool} file_path`);
    return isAbsolute4(file) ? file : join6(cwd, file);
  };
  if (tool === "Bash" || tool === "PowerShell")
    return [{ kind: "shell", command: needString(input.command, "tool_input.command") }];
  if (isMcpName(tool)) return [{ kind: "mcp", tool, args: input }];
  if (tool === "Write") return [write(path(input.file_path), input.content, tool)];
  if (tool === "Edit" || tool === "MultiEdit") {
    const file = path(input.file_path);
    const edits = (tool === "Edit" ? [input] : Array.isArray(input.edits) ? input.edits : []).map((e) => ({
      old: str(e.old_string) ?? "",
      new: str(e.new_string) ?? ""
    }));
    return [{ kind: "write", path: file, content: editedContent(context2.readFile(file), edits) }];
  }
  return [{ kind: "none", tool }];
}
var claude = {
  name: "claude",
  parse(payload, context2) {
    const p = asObject(payload, "hook input");
    const cwd = needString(p.cwd, "cwd");
    const mode = str(p.permission_mode) ?? "default";
    return {
      actions: claudeStyleActions(p, cwd, context2),
      cwd,
      ...str(p.session_id) ? { session: str(p.session_id) } : {},
      canAsk: ASKING_MODES.has(mode),
      event: str(p.hook_event_name) ?? "PreToolUse"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    const out = {
      hookSpecificOutput: {
        hookEventName: "PreToolUse",
        permissionDecision: outcome.decision,
        permissionDecisionReason: outcome.reason
      }
    };
    if (outcome.decision === "ask") return { stdout: json(out), stderr: "", exitCode: 0 };
    return { stdout: json(out), stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};

// src/hook/agents/cline.ts
import { isAbsolute as isAbsolute5, join as join7 } from "node:path";
var cline = {
  name: "cline",
  parse(payload) {
    const p = asObject(payload, "hook input");
    const pre = asObject(p.preToolUse, "preToolUse");
    const tool = needString(pre.toolName, "preToolUse.toolName");
    const params = asObject(pre.parameters ?? {}, "preToolUse.parameters");
    const roots = Array.isArray(p.workspaceRoots) ? p.workspaceRoots.filter((r) => typeof r === "string") : [];
    const cwd = roots[0] ?? needString(p.cwd, "workspaceRoots");
    const path = (v) => {
      const file = needString(v, `${tool} path`);
      return isAbsolute5(file) ? file : join7(cwd, file);
    };
    let action;
    if (tool === "execute_command")
      action = { kind: "shell", command: needString(params.command, "parameters.command") };
    else if (tool === "use_mcp_tool")
      action = {
        kind: "mcp",
        tool: `${str(params.server_name) ?? "mcp"}__${needString(params.tool_name, "parameters.tool_name")}`,
        args: argsObject(params.arguments, "parameters.arguments")
      };
    else if (tool === "write_to_file") action = write(path(params.path), params.content, tool);
    else if (tool === "replace_in_file") action = write(path(params.path), replacedText(str(params.diff) ?? ""), tool);
    else action = { kind: "none", tool };
    return {
      actions: [action],
      cwd,
      ...str(p.taskId) ? { session: str(p.taskId) } : {},
      canAsk: false,
      event: "PreToolUse"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return { stdout: json({ cancel: false }), stderr: "", exitCode: 0 };
    return { stdout: json({ cancel: true, errorMessage: outcome.reason }), stderr: "", exitCode: 0 };
  }
};
function replacedText(diff) {
  const out = [];
  let inReplace = false;
  for (const line of diff.split("\n")) {
    if (/^=======\s*$/.test(line)) inReplace = true;
    else if (/^>>>>>>>? REPLACE/.test(line) || /^\+\+\+\+\+\+\+ REPLACE/.test(line)) inReplace = false;
    else if (/^<<<<<<<? SEARCH/.test(line) || /^------- SEARCH/.test(line)) inReplace = false;
    else if (inReplace) out.push(line);
  }
  return out.join("\n");
}

// src/hook/agents/codex.ts
import { isAbsolute as isAbsolute6, join as join8 } from "node:path";
var codex = {
  name: "codex",
  parse(payload, context2) {
    const p = asObject(payload, "hook input");
    const cwd = needString(p.cwd, "cwd");
    const actions = p.tool_name === "apply_patch" ? patchActions(asObject(p.tool_input ?? {}, "tool_input"), cwd) : claudeStyleActions(p, cwd, context2);
    return {
      actions,
      cwd,
      ...str(p.session_id) ? { session: str(p.session_id) } : {},
      canAsk: false,
      event: "PreToolUse"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    const out = {
      hookSpecificOutput: {
        hookEventName: "PreToolUse",
        permissionDecision: "deny",
        permissionDecisionReason: outcome.reason
      }
    };
    return { stdout: json(out), stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};
function patchActions(input, cwd) {
  const patch = str(input.command) ?? str(input.patch) ?? str(input.input) ?? "";
  const actions = [];
  let current;
  const flush = () => {
    if (current) actions.push({ kind: "write", path: current.path, content: current.lines.join("\n") + "\n" });
    current = void 0;
  };
  for (const line of patch.split("\n")) {
    const file = /^\*\*\* (?:Add|Update|Delete) File: (.+)$/.exec(line);
    if (file) {
      flush();
      const path = file[1].trim();
      current = { path: isAbsolute6(path) ? path : join8(cwd, path), lines: [] };
    } else if (/^\*\*\* Move to: (.+)$/.test(line) && current) {
      const to = line.slice("*** Move to: ".length).trim();
      current.path = isAbsolute6(to) ? to : join8(cwd, to);
    } else if (current && line.startsWith("+")) {
      current.lines.push(line.slice(1));
    }
  }
  flush();
  return actions.length ? actions : [{ kind: "none", tool: "apply_patch" }];
}

// src/hook/agents/copilot.ts
import { isAbsolute as isAbsolute7, join as join9 } from "node:path";
var READ_TOOLS = /* @__PURE__ */ new Set(["view", "glob", "grep", "web_fetch", "task", "report_intent", "think"]);
var copilot = {
  name: "copilot",
  parse(payload, context2) {
    const p = asObject(payload, "hook input");
    const cwd = needString(p.cwd, "cwd");
    const actions = "toolName" in p ? [copilotAction(p, cwd, context2)] : claudeStyleActions(p, cwd, context2);
    return {
      actions,
      cwd,
      ...str(p.sessionId) ? { session: str(p.sessionId) } : {},
      canAsk: false,
      event: "preToolUse"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    return {
      stdout: json({ permissionDecision: "deny", permissionDecisionReason: outcome.reason }),
      stderr: "",
      exitCode: 0
    };
  }
};
function copilotAction(p, cwd, context2) {
  const tool = needString(p.toolName, "toolName");
  const args = asObject(argsObject(p.toolArgs, "toolArgs") ?? {}, "toolArgs");
  const path = (v) => {
    const file = needString(v, `${tool} path`);
    return isAbsolute7(file) ? file : join9(cwd, file);
  };
  if (tool === "bash" || tool === "powershell")
    return { kind: "shell", command: needString(args.command, "toolArgs.command") };
  if (tool === "create") return write(path(args.path), args.file_text ?? args.content, tool);
  if (tool === "edit") {
    const file = path(args.path);
    return {
      kind: "write",
      path: file,
      content: editedContent(context2.readFile(file), [{ old: str(args.old_str) ?? "", new: str(args.new_str) ?? "" }])
    };
  }
  if (READ_TOOLS.has(tool)) return { kind: "none", tool };
  return { kind: "mcp", tool, args };
}

// src/hook/agents/cursor.ts
import { isAbsolute as isAbsolute8, join as join10 } from "node:path";
var cursor = {
  name: "cursor",
  parse(payload) {
    const p = asObject(payload, "hook input");
    const event = needString(p.hook_event_name, "hook_event_name");
    const roots = Array.isArray(p.workspace_roots) ? p.workspace_roots.filter((r) => typeof r === "string") : [];
    const cwd = str(p.cwd) ?? roots[0] ?? needString(void 0, "cwd");
    let actions;
    if (event === "beforeShellExecution") actions = [{ kind: "shell", command: needString(p.command, "command") }];
    else if (event === "beforeMCPExecution")
      actions = [
        { kind: "mcp", tool: needString(p.tool_name, "tool_name"), args: argsObject(p.tool_input, "tool_input") }
      ];
    else if (event === "preToolUse") actions = [toolAction(p, cwd)];
    else throw new HookInputError(`unexpected hook_event_name ${JSON.stringify(event).slice(0, 60)}`);
    return {
      actions,
      cwd,
      ...str(p.conversation_id) ? { session: str(p.conversation_id) } : {},
      canAsk: false,
      event
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return { stdout: json({}), stderr: "", exitCode: 0 };
    const out = { permission: "deny", user_message: outcome.reason, agent_message: outcome.reason };
    return { stdout: json(out), stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};
function toolAction(p, cwd) {
  const tool = needString(p.tool_name, "tool_name");
  const input = asObject(argsObject(p.tool_input, "tool_input") ?? {}, "tool_input");
  if (tool === "Shell") return { kind: "shell", command: needString(input.command, "tool_input.command") };
  if (tool.startsWith("MCP:")) return { kind: "mcp", tool: tool.slice(4), args: input };
  if (tool === "Write" || tool === "Edit") {
    const file = needString(input.file_path ?? input.path, "tool_input.file_path");
    return write(isAbsolute8(file) ? file : join10(cwd, file), input.content ?? input.new_string ?? input.contents, tool);
  }
  return { kind: "none", tool };
}

// src/hook/agents/gemini.ts
import { isAbsolute as isAbsolute9, join as join11 } from "node:path";
var gemini = {
  name: "gemini",
  parse(payload, context2) {
    const p = asObject(payload, "hook input");
    const cwd = needString(p.cwd, "cwd");
    const tool = needString(p.tool_name, "tool_name");
    const input = asObject(p.tool_input ?? {}, "tool_input");
    const path = (v) => {
      const file = needString(v, `${tool} file_path`);
      return isAbsolute9(file) ? file : join11(cwd, file);
    };
    let action;
    if (tool === "run_shell_command")
      action = { kind: "shell", command: needString(input.command, "tool_input.command") };
    else if (isMcpName(tool)) action = { kind: "mcp", tool, args: input };
    else if (tool === "write_file") action = write(path(input.file_path), input.content, tool);
    else if (tool === "replace") {
      const file = path(input.file_path);
      const edit = { old: str(input.old_string) ?? "", new: str(input.new_string) ?? "" };
      action = { kind: "write", path: file, content: editedContent(context2.readFile(file), [edit]) };
    } else action = { kind: "none", tool };
    return {
      actions: [action],
      cwd,
      ...str(p.session_id) ? { session: str(p.session_id) } : {},
      canAsk: false,
      event: "BeforeTool"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return { stdout: json({}), stderr: "", exitCode: 0 };
    const out = { decision: "deny", reason: outcome.reason, systemMessage: outcome.reason };
    return { stdout: json(out), stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};

// src/hook/agents/windsurf.ts
import { isAbsolute as isAbsolute10, join as join12 } from "node:path";
var windsurf = {
  name: "windsurf",
  parse(payload, context2) {
    const p = asObject(payload, "hook input");
    const event = needString(p.agent_action_name, "agent_action_name");
    const info = asObject(p.tool_info ?? {}, "tool_info");
    const cwd = str(info.cwd) ?? str(p.cwd) ?? context2.env.PWD ?? process.cwd();
    let action;
    if (event === "pre_run_command")
      action = { kind: "shell", command: needString(info.command_line, "tool_info.command_line") };
    else if (event === "pre_mcp_tool_use")
      action = {
        kind: "mcp",
        tool: `${str(info.mcp_server_name) ?? "mcp"}__${needString(info.mcp_tool_name, "tool_info.mcp_tool_name")}`,
        args: argsObject(info.mcp_tool_arguments, "tool_info.mcp_tool_arguments")
      };
    else if (event === "pre_write_code") action = writeAction(info, cwd, context2);
    else if (event.startsWith("pre_")) action = { kind: "none", tool: event };
    else throw new HookInputError(`unexpected agent_action_name ${JSON.stringify(event).slice(0, 60)}`);
    return {
      actions: [action],
      cwd,
      ...str(p.trajectory_id) ? { session: str(p.trajectory_id) } : {},
      canAsk: false,
      event
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    return { stdout: "", stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};
function writeAction(info, cwd, context2) {
  const file = needString(info.file_path, "tool_info.file_path");
  const path = isAbsolute10(file) ? file : join12(cwd, file);
  const edits = (Array.isArray(info.edits) ? info.edits : []).map((e) => ({
    old: str(e.old_string) ?? "",
    new: str(e.new_string) ?? ""
  }));
  return { kind: "write", path, content: editedContent(context2.readFile(path), edits) };
}

// src/hook/agents/index.ts
var adapters = {
  claude,
  cursor,
  codex,
  gemini,
  copilot,
  windsurf,
  cline,
  amp
};

// src/hook/audit.ts
import { appendFileSync, mkdirSync as mkdirSync4, readFileSync as readFileSync5 } from "node:fs";
import { join as join13 } from "node:path";
function auditFile(stateDir) {
  return join13(stateDir, "audit.jsonl");
}
function appendAudit(stateDir, entry) {
  mkdirSync4(stateDir, { recursive: true, mode: 448 });
  appendFileSync(auditFile(stateDir), `${JSON.stringify(entry)}
`, { mode: 384 });
}
function readAudit(stateDir, count) {
  let text;
  try {
    text = readFileSync5(auditFile(stateDir), "utf8");
  } catch {
    return [];
  }
  const entries = [];
  for (const line of text.split("\n").slice(-count - 1)) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
    }
  }
  return entries.slice(-count);
}

// src/hook/policy.ts
import { existsSync as existsSync5, readFileSync as readFileSync6 } from "node:fs";
import { dirname as dirname3, join as join14, relative, resolve } from "node:path";
var POLICY_FILE = ".github/two-key.yml";
function repositoryRoot(cwd) {
  let dir = resolve(cwd);
  for (; ; ) {
    if (existsSync5(join14(dir, ".git"))) return dir;
    const parent = dirname3(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}
function runtimePolicy(root) {
  const file = join14(root, POLICY_FILE);
  if (!existsSync5(file)) return defaultPolicy();
  const read = (path) => {
    const target = resolve(root, path);
    if (relative(root, target).startsWith("..")) return void 0;
    try {
      return readFileSync6(target, "utf8");
    } catch {
      return void 0;
    }
  };
  return loadPolicy(readFileSync6(file, "utf8"), POLICY_FILE, read, { knownRuleIds: [...ruleIds, ...engineRuleIds] });
}

// src/hook/probe.ts
function probeInput(agent, command, cwd) {
  switch (agent) {
    case "claude":
    case "codex":
      return {
        stdin: JSON.stringify({
          session_id: "doctor",
          cwd,
          hook_event_name: "PreToolUse",
          permission_mode: "bypassPermissions",
          tool_name: "Bash",
          tool_input: { command }
        }),
        env: {}
      };
    case "cursor":
      return {
        stdin: JSON.stringify({
          hook_event_name: "beforeShellExecution",
          conversation_id: "doctor",
          command,
          cwd,
          workspace_roots: [cwd]
        }),
        env: {}
      };
    case "gemini":
      return {
        stdin: JSON.stringify({
          session_id: "doctor",
          cwd,
          hook_event_name: "BeforeTool",
          tool_name: "run_shell_command",
          tool_input: { command }
        }),
        env: {}
      };
    case "copilot":
      return {
        stdin: JSON.stringify({ timestamp: 0, cwd, toolName: "bash", toolArgs: JSON.stringify({ command }) }),
        env: {}
      };
    case "windsurf":
      return {
        stdin: JSON.stringify({
          agent_action_name: "pre_run_command",
          trajectory_id: "doctor",
          tool_info: { command_line: command, cwd }
        }),
        env: {}
      };
    case "cline":
      return {
        stdin: JSON.stringify({
          hookName: "PreToolUse",
          taskId: "doctor",
          workspaceRoots: [cwd],
          preToolUse: { toolName: "execute_command", parameters: { command } }
        }),
        env: {}
      };
    case "amp":
      return { stdin: JSON.stringify({ cmd: command, cwd }), env: { AGENT_TOOL_NAME: "Bash", AGENT: "amp" } };
  }
}

// src/cli/hook-config.ts
import { join as join15 } from "node:path";
var HOOK_TIMEOUT_S = 10;
function parseExisting(text, path) {
  if (text === void 0 || !text.trim()) return {};
  try {
    const value = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
  } catch {
  }
  throw new Error(`${path} is not a JSON object; fix or move it, then run hook install again`);
}
function listAt(object, key2) {
  const value = object[key2];
  if (value === void 0) return object[key2] = [];
  if (!Array.isArray(value)) throw new Error(`"${key2}" is not a list`);
  return value;
}
function objectAt(object, key2) {
  const value = object[key2];
  if (value === void 0) return object[key2] = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`"${key2}" is not an object`);
  return value;
}
function mentions(entry, command) {
  return JSON.stringify(entry ?? null).includes(JSON.stringify(command).slice(1, -1));
}
function addOnce(list, entry, command) {
  if (list.some((e) => mentions(e, command))) return false;
  list.push(entry);
  return true;
}
function hookConfig(agent, where, command, read) {
  const json2 = (path, merge) => {
    const config = parseExisting(read(path), path);
    const changed = merge(config);
    return { path, text: `${JSON.stringify(config, null, 2)}
`, unchanged: !changed };
  };
  switch (agent) {
    case "claude":
      return json2(
        join15(where.root, ".claude", "settings.json"),
        (c) => addOnce(
          listAt(objectAt(c, "hooks"), "PreToolUse"),
          {
            matcher: "Bash|PowerShell|Write|Edit|MultiEdit|mcp__.*",
            hooks: [{ type: "command", command, timeout: HOOK_TIMEOUT_S, statusMessage: "two-key policy check" }]
          },
          command
        )
      );
    case "codex":
      return json2(
        join15(where.root, ".codex", "hooks.json"),
        (c) => addOnce(
          listAt(objectAt(c, "hooks"), "PreToolUse"),
          { matcher: "Bash|apply_patch|mcp__.*", hooks: [{ type: "command", command, timeout: HOOK_TIMEOUT_S }] },
          command
        )
      );
    case "cursor":
      return json2(join15(where.root, ".cursor", "hooks.json"), (c) => {
        c.version ??= 1;
        const hooks = objectAt(c, "hooks");
        const entry = { command, timeout: HOOK_TIMEOUT_S, failClosed: true };
        const a = addOnce(listAt(hooks, "beforeShellExecution"), entry, command);
        const b = addOnce(listAt(hooks, "beforeMCPExecution"), entry, command);
        const d = addOnce(listAt(hooks, "preToolUse"), { ...entry, matcher: "Write|Edit" }, command);
        return a || b || d;
      });
    case "gemini":
      return json2(
        join15(where.root, ".gemini", "settings.json"),
        (c) => addOnce(
          listAt(objectAt(c, "hooks"), "BeforeTool"),
          {
            matcher: "run_shell_command|write_file|replace|mcp__.*",
            hooks: [{ type: "command", name: "two-key", command, timeout: HOOK_TIMEOUT_S * 1e3 }]
          },
          command
        )
      );
    case "copilot":
      return json2(join15(where.root, ".github", "hooks", "two-key.json"), (c) => {
        c.version ??= 1;
        return addOnce(
          listAt(objectAt(c, "hooks"), "preToolUse"),
          { type: "command", bash: command, powershell: command, timeoutSec: HOOK_TIMEOUT_S },
          command
        );
      });
    case "windsurf":
      return json2(join15(where.root, ".windsurf", "hooks.json"), (c) => {
        const hooks = objectAt(c, "hooks");
        const entry = { command, show_output: true };
        const a = addOnce(listAt(hooks, "pre_run_command"), entry, command);
        const b = addOnce(listAt(hooks, "pre_mcp_tool_use"), entry, command);
        const d = addOnce(listAt(hooks, "pre_write_code"), entry, command);
        return a || b || d;
      });
    case "amp":
      return json2(join15(where.home, ".config", "amp", "settings.json"), (c) => {
        const rules = listAt(c, "amp.permissions");
        if (rules.some((r) => mentions(r, command))) return false;
        rules.unshift(
          { tool: "Bash", action: "delegate", to: command },
          { tool: "mcp__*", action: "delegate", to: command },
          { tool: "create_file", action: "delegate", to: command },
          { tool: "edit_file", action: "delegate", to: command }
        );
        return true;
      });
    case "cline": {
      const path = join15(where.root, ".clinerules", "hooks", "PreToolUse");
      const text = `#!/bin/sh
# two-key: the runtime door (two-key hook install cline)
exec ${command}
`;
      const existing = read(path);
      if (existing !== void 0 && existing !== text) {
        if (existing.includes(command)) return { path, text: existing, executable: true, unchanged: true };
        throw new Error(`${path} already holds another hook; add "${command}" to it by hand`);
      }
      return { path, text, executable: true, unchanged: existing === text };
    }
  }
}

// src/cli/doctor.ts
var SAFE_PROBE = "ls";
var DESTRUCTIVE_PROBE = "terraform destroy -auto-approve";
function doctor(io, options) {
  const root = repositoryRoot(options.dir);
  let failures = 0;
  let configured = 0;
  for (const agent of AGENT_NAMES) {
    const path = configPath(agent, root, options.home);
    let text;
    try {
      text = readFileSync7(path, "utf8");
    } catch {
      continue;
    }
    const command = hookCommandIn(text, agent);
    if (!command) continue;
    configured++;
    const problem = checkHook(agent, command, root, options);
    if (problem) failures++;
    io.stdout(
      `${problem ? "FAIL" : "ok  "} ${agent.padEnd(8)} ${path}
     ${command}${problem ? `
     ${problem}` : ""}
`
    );
  }
  if (configured === 0)
    io.stdout("No agent hook configuration names two-key here; install one with: two-key hook install <agent>\n");
  const entries = readAudit(options.stateDir, options.auditLines);
  io.stdout(`
Recent asks and denies (${join16(options.stateDir, "audit.jsonl")}):
`);
  if (entries.length === 0) io.stdout("  none\n");
  for (const e of entries) {
    io.stdout(
      `  ${e.time} ${e.agent} ${e.decision}${e.approvalId ? ` ${e.approvalId}` : ""} ${e.action}
    ${e.rules.join(", ")}
`
    );
  }
  return failures > 0 ? 1 : 0;
}
function configPath(agent, root, home) {
  return hookConfig(agent, { root, home }, "two-key doctor probe", () => void 0).path;
}
function hookCommandIn(text, agent) {
  const strings = [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
  const lines = text.split("\n");
  const candidates = [...strings, ...lines.map((l) => l.replace(/^exec\s+/, ""))];
  return candidates.find((s) => new RegExp(`\\bhook ${agent}\\s*$`).test(s.trim()))?.trim();
}
function words(command) {
  return [...command.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map(
    (m) => m[1] !== void 0 ? JSON.parse(`"${m[1]}"`) : m[2]
  );
}
function resolveProgram(program, env, root) {
  const executable = (p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (program.includes("/")) {
    const p = isAbsolute11(program) ? program : resolve2(root, program);
    return executable(p) ? p : void 0;
  }
  for (const dir of (env.PATH ?? "").split(delimiter))
    if (dir && executable(join16(dir, program))) return join16(dir, program);
  return void 0;
}
function checkHook(agent, command, root, options) {
  const [program, ...args] = words(command);
  if (!program) return "empty command";
  const resolved = resolveProgram(program, options.env, root);
  if (!resolved) return `${program} is not an executable on PATH: the agent would skip this hook and run everything`;
  if (!/two-key|cli\.js/.test(`${program} ${args.slice(0, 1).join(" ")}`)) return `does not run two-key`;
  const state = mkdtempSync2(join16(tmpdir2(), "two-key-doctor-"));
  try {
    const probe = (shell) => {
      const input = probeInput(agent, shell, root);
      return spawnSync(resolved, args, {
        input: input.stdin,
        encoding: "utf8",
        timeout: 15e3,
        env: { ...options.env, ...input.env, XDG_STATE_HOME: state }
      });
    };
    const pass = adapters[agent].reply({ decision: "pass" }, void 0);
    const safe = probe(SAFE_PROBE);
    if (safe.error) return `could not run: ${safe.error.message}`;
    if (safe.status !== pass.exitCode || safe.stdout !== pass.stdout)
      return `a safe command (${SAFE_PROBE}) got exit ${safe.status} and ${JSON.stringify(safe.stdout.slice(0, 120))}, expected no opinion`;
    const risky = probe(DESTRUCTIVE_PROBE);
    if (risky.status === pass.exitCode && risky.stdout === pass.stdout)
      return `a destructive command (${DESTRUCTIVE_PROBE}) was not stopped`;
    return void 0;
  } finally {
    rmSync3(state, { recursive: true, force: true });
  }
}
function doctorCli(io) {
  return doctor(io, {
    dir: process.cwd(),
    home: homedir2(),
    env: process.env,
    stateDir: stateDirOf(process.env),
    auditLines: 10
  });
}

// src/cli/hook.ts
import { writeSync } from "node:fs";

// src/hook/run.ts
import { readFileSync as readFileSync8 } from "node:fs";

// src/hook/judge.ts
import { isAbsolute as isAbsolute12, relative as relative2 } from "node:path";

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
    const key2 = `${s.ruleId}|${s.message}`;
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function scriptFile(path, text, firstLine2) {
  const lines = text.split("\n").length;
  return {
    path,
    status: "added",
    headText: text,
    headChangedLines: [{ start: firstLine2, end: lines }],
    baseChangedLines: []
  };
}
function writtenFile(absolute, content, context2) {
  const inRepo = relative2(context2.root, absolute);
  const path = (inRepo.startsWith("..") || isAbsolute12(inRepo) ? absolute.replace(/^\/+/, "") : inRepo).split("\\").join("/");
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
function flatten(value, key2, out, depth) {
  if (depth > MAX_DEPTH) return;
  if (typeof value === "string") {
    const opened = openJson(value);
    if (opened !== void 0) flatten(opened, key2, out, depth + 1);
    else out.push({ key: key2, value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${key2}[${i}]`, out, depth + 1));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, key2 ? `${key2}.${k}` : k, out, depth + 1);
  } else if (typeof value === "number" || typeof value === "boolean") {
    out.push({ key: key2, value: String(value) });
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
  const words2 = parsed.commands.flatMap((c) => [...c.argv, ...c.envAssignments.map((e) => e.value)]).join(" ");
  const seen = `${action.command}
${words2}`;
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
        return readFileSync8(path, "utf8");
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
async function runHookCommand(agent, stdin, io, run) {
  const adapter = adapters[agent];
  const failClosed = (why) => adapter.reply(
    { decision: "deny", reason: `two-key: ${why}; denied (fail closed). Run two-key doctor.` },
    void 0
  );
  let timer;
  let late = false;
  const watchdog = new Promise((resolve5) => {
    timer = setTimeout(() => {
      late = true;
      resolve5(failClosed(`the check took longer than ${run.watchdogMs} ms`));
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
  return new Promise((resolve5, reject) => {
    const chunks = [];
    process.stdin.on("data", (c) => chunks.push(c));
    process.stdin.on("end", () => resolve5(Buffer.concat(chunks).toString("utf8")));
    process.stdin.on("error", reject);
  });
}

// src/cli/install.ts
import { accessSync as accessSync2, chmodSync as chmodSync3, constants as constants2, mkdirSync as mkdirSync5, readFileSync as readFileSync9, writeFileSync as writeFileSync4 } from "node:fs";
import { homedir as homedir3 } from "node:os";
import { delimiter as delimiter2, dirname as dirname4, join as join17, resolve as resolve3 } from "node:path";
import { fileURLToPath } from "node:url";
function install(agent, io, options) {
  const root = repositoryRoot(options.dir);
  const read = (path) => {
    try {
      return readFileSync9(path, "utf8");
    } catch {
      return void 0;
    }
  };
  const file = hookConfig(agent, { root, home: options.home }, `${options.command} hook ${agent}`, read);
  if (options.dryRun) {
    io.stdout(`# ${file.path}${file.unchanged ? " (already installed, unchanged)" : ""}
${file.text}`);
    return 0;
  }
  if (file.unchanged) {
    io.stdout(`two-key hook for ${agent} is already in ${file.path}
`);
    return 0;
  }
  mkdirSync5(dirname4(file.path), { recursive: true });
  writeFileSync4(file.path, file.text);
  if (file.executable) chmodSync3(file.path, 493);
  io.stdout(`two-key hook for ${agent} written to ${file.path}; check it with: two-key doctor
`);
  return 0;
}
function defaultHookCommand(env) {
  for (const dir of (env.PATH ?? "").split(delimiter2)) {
    if (!dir) continue;
    try {
      accessSync2(join17(dir, "two-key"), constants2.X_OK);
      return "two-key";
    } catch {
    }
  }
  const here = fileURLToPath(import.meta.url);
  const bundle = resolve3(here.endsWith(".ts") ? here : fileURLToPath(new URL("./cli.js", import.meta.url)));
  return `${JSON.stringify(process.execPath)} ${JSON.stringify(bundle)}`;
}
function installCli(agent, dryRun, io) {
  return install(agent, io, { dir: process.cwd(), home: homedir3(), dryRun, command: defaultHookCommand(process.env) });
}

// src/cli/main.ts
async function runCli(argv, io) {
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case "help":
        io.stdout(HELP_TEXT);
        return 0;
      case "version":
        io.stdout(`${VERSION}
`);
        return 0;
      case "explain":
        return explain(command.rule, io);
      case "check":
        return await runCheck(command, io);
      case "hook-git":
        return gitHook(command.repo, io);
      case "init":
        return await init(command, io);
      // The runtime door (src/hook/): judged before an agent runs a command.
      case "hook":
        return await hookCli(command.agent, io);
      case "hook-install":
        return installCli(command.agent, command.dryRun, io);
      case "approve":
        return approveCli(command.id, io);
      case "doctor":
        return doctorCli(io);
    }
  } catch (error) {
    io.stderr(`two-key: ${oneLine(error)}
`);
    return 2;
  }
}
async function runCheck(command, io) {
  const prBody = command.prBodyFile === void 0 ? void 0 : readPrBody(command.prBodyFile);
  const changeSet = await readChangeSet({
    repo: command.repo,
    base: command.base,
    head: command.head,
    ...command.local ? { headTree: snapshotTree(command.repo, command.local) } : {},
    prAuthor: command.prAuthor,
    branch: command.branch,
    prBody
  });
  if (command.terraformPlanFile !== void 0) addTerraformPlan(changeSet, command.repo, command.terraformPlanFile);
  const policy = policyFor(command.repo, changeSet.baseSha, command.policy);
  const decision = await check(changeSet, policy);
  const rules = allRules.map((r) => ({ id: r.meta.id, description: r.meta.description, kind: r.meta.kind }));
  io.stdout(renderDecision(decision, command.format, { color: io.isTty, rules, version: VERSION }) + "\n");
  if (command.format === "json" || command.format === "sarif") {
    for (const note of decision.notes) io.stderr(`two-key: note: ${note}
`);
  }
  return decision.verdict === "block" ? 1 : 0;
}
function readPrBody(file) {
  try {
    return readFileSync10(file === "-" ? 0 : file, "utf8");
  } catch {
    throw new UsageError(`cannot read --pr-body file: ${file}`);
  }
}
function addTerraformPlan(changeSet, repo, file) {
  let text;
  try {
    text = readFileSync10(file, "utf8");
  } catch {
    throw new UsageError(`cannot read --terraform-plan file: ${file}`);
  }
  if (!isTerraformPlan(text)) {
    throw new UsageError(
      `--terraform-plan ${file} is not a JSON plan: give the output of terraform show -json PLANFILE`
    );
  }
  const inRepo = relative3(resolve4(repo), resolve4(file));
  const path = inRepo.startsWith("..") || isAbsolute13(inRepo) ? file : inRepo.split("\\").join("/");
  changeSet.files = changeSet.files.filter((f) => f.path !== path);
  changeSet.files.push({
    path,
    status: "added",
    headText: text,
    headChangedLines: [{ start: 1, end: text.split("\n").length }],
    baseChangedLines: []
  });
}
async function init(command, io) {
  for (const [path, outcome] of writeInitFiles(command)) {
    io.stdout(`${outcome === "kept" ? "kept (exists, differs from the template)" : outcome}: ${path}
`);
  }
  const wanted = gateRuleset("two-key", command.appId);
  if (!command.apply) {
    io.stdout(
      `
${RULESET_ADVICE}

The ruleset as the API takes it (dry run; --apply sends it):
${JSON.stringify(wanted, null, 2)}
`
    );
    return 0;
  }
  const token = process.env["GITHUB_TOKEN"] ?? process.env["GH_TOKEN"];
  if (!token) throw new UsageError("--apply needs a token with admin rights in GITHUB_TOKEN (or GH_TOKEN)");
  const target = targetRepository(command);
  const { createClient, describeApiError } = await import("./chunk-5ZXH3APT.js");
  const github = createClient({ token, baseUrl: process.env["GITHUB_API_URL"] ?? "https://api.github.com" });
  try {
    const outcome = await applyRuleset(github, target.owner, target.name, wanted);
    io.stdout(`ruleset "${wanted.name}" on ${target.owner}/${target.name}: ${outcome}
`);
    return 0;
  } catch (error) {
    io.stderr(`two-key: ${describeApiError("applying the ruleset", error)}
`);
    return 2;
  }
}
function gitHook(repo, io) {
  const result = installPreCommitHook(repo);
  if (result.status === "foreign") {
    io.stderr(
      `two-key: ${result.path} is a hook of your own: left as is; add \`two-key check --staged\` to it, or use the pre-commit framework or husky (README)
`
    );
    return 2;
  }
  io.stdout(`${result.status === "written" ? "wrote" : "unchanged:"} ${result.path}
`);
  return 0;
}
function explain(ruleId, io) {
  const rule = findRule(ruleId);
  const page = docPage(ruleId);
  if (!rule && !page) {
    io.stderr(`two-key: unknown rule: ${ruleId} (the rules are listed in docs/rules/README.md)
`);
    return 2;
  }
  io.stdout(page ?? `${rule.meta.id}: ${rule.meta.description}
`);
  return 0;
}
function docPage(ruleId) {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return void 0;
  const here = dirname5(fileURLToPath2(import.meta.url));
  for (const root of [join18(here, ".."), join18(here, "..", "..")]) {
    const file = join18(root, "docs", "rules", `${ruleId}.md`);
    if (existsSync6(file)) return readFileSync10(file, "utf8");
  }
  return void 0;
}
function oneLine(error) {
  const known = [UsageError, GitInputError, PolicyError, PolicyFileMissing].some((k) => error instanceof k);
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split("\n")[0] ?? "";
  return known ? first : `internal error: ${first}`;
}
export {
  runCli
};
