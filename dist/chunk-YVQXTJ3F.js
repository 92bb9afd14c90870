import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  AGENT_NAMES
} from "./chunk-IMX7FK3S.js";

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
  for (const [option, key] of optional) {
    const value = values.get(option);
    if (value !== void 0) command[key] = value;
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

export {
  UsageError,
  HELP_TEXT,
  parseArgs
};
