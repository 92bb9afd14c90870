import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../engine/engine.js';
import type { ChangeSet } from '../core/types.js';
import { PolicyError } from '../policy/errors.js';
import { renderDecision } from '../report/index.js';
import { isTerraformPlan } from '../rules/iac/lib/terraform-plan.js';
import { allRules, findRule } from '../rules/registry.js';
import { HELP_TEXT, parseArgs, UsageError, type CheckCommand, type InitCommand } from './args.js';
import { GitInputError, readChangeSet } from './git-change-set.js';
import { snapshotTree } from './local-tree.js';
import { installPreCommitHook } from './git-hook.js';
import { RULESET_ADVICE, targetRepository, writeInitFiles } from './init/init.js';
import { applyRuleset, gateRuleset } from '../github/rulesets.js';
import { PolicyFileMissing, policyFor } from './policy-at-base.js';
import { VERSION } from '../core/version.js';
import { approveCli } from './approve.js';
import { doctorCli } from './doctor.js';
import { hookCli } from './hook.js';
import { installCli } from './install.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
}

/** Runs the command line; returns the exit status: 0 allow, 1 block, 2 bad input or internal error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        io.stdout(HELP_TEXT);
        return 0;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'explain':
        return explain(command.rule, io);
      case 'check':
        return await runCheck(command, io);
      case 'hook-git':
        return gitHook(command.repo, io);
      case 'init':
        return await init(command, io);
      // The runtime door (src/hook/): judged before an agent runs a command.
      case 'hook':
        return await hookCli(command.agent, io);
      case 'hook-install':
        return installCli(command.agent, command.dryRun, io);
      case 'approve':
        return approveCli(command.id, io);
      case 'doctor':
        return doctorCli(io);
    }
  } catch (error) {
    io.stderr(`two-key: ${oneLine(error)}\n`);
    return 2;
  }
}

async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const prBody = command.prBodyFile === undefined ? undefined : readPrBody(command.prBodyFile);
  const changeSet = await readChangeSet({
    repo: command.repo,
    base: command.base,
    head: command.head,
    ...(command.local ? { headTree: snapshotTree(command.repo, command.local) } : {}),
    prAuthor: command.prAuthor,
    branch: command.branch,
    prBody,
  });
  if (command.terraformPlanFile !== undefined) addTerraformPlan(changeSet, command.repo, command.terraformPlanFile);
  const policy = policyFor(command.repo, changeSet.baseSha, command.policy);
  const decision = await check(changeSet, policy);
  const rules = allRules.map((r) => ({ id: r.meta.id, description: r.meta.description, kind: r.meta.kind }));
  io.stdout(renderDecision(decision, command.format, { color: io.isTty, rules, version: VERSION }) + '\n');
  if (command.format === 'json' || command.format === 'sarif') {
    for (const note of decision.notes) io.stderr(`two-key: note: ${note}\n`);
  }
  return decision.verdict === 'block' ? 1 : 0;
}

function readPrBody(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    throw new UsageError(`cannot read --pr-body file: ${file}`);
  }
}

/** Checks a `--terraform-plan` file as if the change added it, under its path in the repository when it is inside. */
function addTerraformPlan(changeSet: ChangeSet, repo: string, file: string): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read --terraform-plan file: ${file}`);
  }
  if (!isTerraformPlan(text)) {
    throw new UsageError(
      `--terraform-plan ${file} is not a JSON plan: give the output of terraform show -json PLANFILE`,
    );
  }
  const inRepo = relative(resolve(repo), resolve(file));
  const path = inRepo.startsWith('..') || isAbsolute(inRepo) ? file : inRepo.split('\\').join('/');
  changeSet.files = changeSet.files.filter((f) => f.path !== path);
  changeSet.files.push({
    path,
    status: 'added',
    headText: text,
    headChangedLines: [{ start: 1, end: text.split('\n').length }],
    baseChangedLines: [],
  });
}

async function init(command: InitCommand, io: CliIo): Promise<number> {
  for (const [path, outcome] of writeInitFiles(command)) {
    io.stdout(`${outcome === 'kept' ? 'kept (exists, differs from the template)' : outcome}: ${path}\n`);
  }
  const wanted = gateRuleset('two-key', command.appId);
  if (!command.apply) {
    io.stdout(
      `\n${RULESET_ADVICE}\n\nThe ruleset as the API takes it (dry run; --apply sends it):\n${JSON.stringify(wanted, null, 2)}\n`,
    );
    return 0;
  }
  const token = process.env['GITHUB_TOKEN'] ?? process.env['GH_TOKEN'];
  if (!token) throw new UsageError('--apply needs a token with admin rights in GITHUB_TOKEN (or GH_TOKEN)');
  const target = targetRepository(command);
  // Octokit is imported only here: no other command of the CLI talks to GitHub.
  const { createClient, describeApiError } = await import('../github/client.js');
  const github = createClient({ token, baseUrl: process.env['GITHUB_API_URL'] ?? 'https://api.github.com' });
  try {
    const outcome = await applyRuleset(github, target.owner, target.name, wanted);
    io.stdout(`ruleset "${wanted.name}" on ${target.owner}/${target.name}: ${outcome}\n`);
    return 0;
  } catch (error) {
    io.stderr(`two-key: ${describeApiError('applying the ruleset', error)}\n`);
    return 2;
  }
}

function gitHook(repo: string, io: CliIo): number {
  const result = installPreCommitHook(repo);
  if (result.status === 'foreign') {
    io.stderr(
      `two-key: ${result.path} is a hook of your own: left as is; add \`two-key check --staged\` to it, or use the pre-commit framework or husky (README)\n`,
    );
    return 2;
  }
  io.stdout(`${result.status === 'written' ? 'wrote' : 'unchanged:'} ${result.path}\n`);
  return 0;
}

function explain(ruleId: string, io: CliIo): number {
  const rule = findRule(ruleId);
  const page = docPage(ruleId);
  if (!rule && !page) {
    io.stderr(`two-key: unknown rule: ${ruleId} (the rules are listed in docs/rules/README.md)\n`);
    return 2;
  }
  io.stdout(page ?? `${rule!.meta.id}: ${rule!.meta.description}\n`);
  return 0;
}

/** The rule's page from docs/rules/, beside the bundle in a checkout or a package. */
function docPage(ruleId: string): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const root of [join(here, '..'), join(here, '..', '..')]) {
    const file = join(root, 'docs', 'rules', `${ruleId}.md`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

function oneLine(error: unknown): string {
  const known = [UsageError, GitInputError, PolicyError, PolicyFileMissing].some((k) => error instanceof k);
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0] ?? '';
  return known ? first : `internal error: ${first}`;
}
