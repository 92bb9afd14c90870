import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { check } from '../engine/engine.js';
import { warmFor } from '../engine/warm.js';
import type { ChangeSet, FindingKind } from '../core/types.js';
import { renderDecision } from '../report/index.js';
import { isTerraformPlan } from '../rules/iac/lib/terraform-plan.js';
import { UsageError, type CheckCommand } from './args.js';
import { readChangeSetWith } from './git-change-set.js';
import { snapshotTree } from './local-tree.js';
import { POLICY_PATH, policyFor } from './policy-at-base.js';
import { VERSION } from '../core/version.js';
import type { CliIo } from './main.js';

/** `two-key check`: exit 0 allow, 1 block. */
export async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const prBody = command.prBodyFile === undefined ? undefined : readPrBody(command.prBodyFile);
  // The policy file at the base is read by the same git process as the base's workflows.
  const { changeSet, atBase } = await readChangeSetWith({
    repo: command.repo,
    base: command.base,
    head: command.head,
    ...(command.local ? { headTree: snapshotTree(command.repo, command.local) } : {}),
    prAuthor: command.prAuthor,
    branch: command.branch,
    prBody,
    ...(command.policy === undefined ? { atBase: [POLICY_PATH] } : {}),
    onPaths: warmFor,
  });
  if (command.terraformPlanFile !== undefined) addTerraformPlan(changeSet, command.repo, command.terraformPlanFile);
  const policyText = atBase.has(POLICY_PATH) ? { text: atBase.get(POLICY_PATH) } : undefined;
  const policy = await policyFor(command.repo, changeSet.baseSha, command.policy, policyText);
  const decision = await check(changeSet, policy);
  // Only SARIF lists the rules: every family's rules are loaded for it alone.
  const rules = command.format === 'sarif' ? await ruleList() : [];
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

async function ruleList(): Promise<{ id: string; description: string; kind: FindingKind }[]> {
  const { allRules } = await import('../rules/registry.js');
  return allRules.map((r) => ({ id: r.meta.id, description: r.meta.description, kind: r.meta.kind }));
}
