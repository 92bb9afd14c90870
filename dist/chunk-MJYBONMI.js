import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  HELP_TEXT,
  UsageError,
  parseArgs
} from "./chunk-YVQXTJ3F.js";
import {
  GitInputError,
  PolicyFileMissing
} from "./chunk-J6GTIO5W.js";
import "./chunk-IMX7FK3S.js";
import {
  VERSION
} from "./chunk-M6CIGP4E.js";
import {
  PolicyError
} from "./chunk-3UXB7SWX.js";
import "./chunk-ZHGBYMEX.js";

// src/cli/main.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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
        return await explain(command.rule, io);
      case "check":
        return await (await import("./chunk-5EX4T4TP.js")).runCheck(command, io);
      case "hook-git":
        return await gitHook(command.repo, io);
      case "init":
        return await init(command, io);
      // The runtime door (src/hook/): judged before an agent runs a command.
      case "hook":
        return await (await import("./chunk-7YZ4BUYO.js")).hookCli(command.agent, io);
      case "hook-install":
        return (await import("./chunk-3676SVFM.js")).installCli(command.agent, command.dryRun, io);
      case "approve":
        return (await import("./chunk-3QZ3U4LW.js")).approveCli(command.id, io);
      case "doctor":
        return (await import("./chunk-CBKFMZYV.js")).doctorCli(io);
    }
  } catch (error) {
    io.stderr(`two-key: ${oneLine(error)}
`);
    return 2;
  }
}
async function init(command, io) {
  const [{ RULESET_ADVICE, targetRepository, writeInitFiles }, { applyRuleset, gateRuleset }] = await Promise.all([
    import("./chunk-INYVZNHV.js"),
    import("./chunk-N35IFN5U.js")
  ]);
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
async function gitHook(repo, io) {
  const { installPreCommitHook } = await import("./chunk-4XJFFYZA.js");
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
async function explain(ruleId, io) {
  const { findRule } = await import("./chunk-QUDD6KON.js");
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
  const here = dirname(fileURLToPath(import.meta.url));
  for (const root of [join(here, ".."), join(here, "..", "..")]) {
    const file = join(root, "docs", "rules", `${ruleId}.md`);
    if (existsSync(file)) return readFileSync(file, "utf8");
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
