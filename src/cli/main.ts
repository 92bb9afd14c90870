import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyError } from '../policy/errors.js';
import { HELP_TEXT, parseArgs, UsageError, type InitCommand } from './args.js';
import { GitInputError, PolicyFileMissing } from './errors.js';
import { VERSION } from '../core/version.js';

// Each command imports its own code when it runs (the families, the hook, Octokit), so that a
// command starts with only what it needs: `two-key check` on a change of documentation never
// loads a SQL reader.

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
        return await explain(command.rule, io);
      case 'check':
        return await (await import('./check.js')).runCheck(command, io);
      case 'hook-git':
        return await gitHook(command.repo, io);
      case 'init':
        return await init(command, io);
      // The runtime door (src/hook/): judged before an agent runs a command.
      case 'hook':
        return await (await import('./hook.js')).hookCli(command.agent, io);
      case 'hook-install':
        return (await import('./install.js')).installCli(command.agent, command.dryRun, io);
      case 'approve':
        return (await import('./approve.js')).approveCli(command.id, io);
      case 'doctor':
        return (await import('./doctor.js')).doctorCli(io);
    }
  } catch (error) {
    io.stderr(`two-key: ${oneLine(error)}\n`);
    return 2;
  }
}

async function init(command: InitCommand, io: CliIo): Promise<number> {
  const [{ RULESET_ADVICE, targetRepository, writeInitFiles }, { applyRuleset, gateRuleset }] = await Promise.all([
    import('./init/init.js'),
    import('../github/rulesets.js'),
  ]);
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

async function gitHook(repo: string, io: CliIo): Promise<number> {
  const { installPreCommitHook } = await import('./git-hook.js');
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

async function explain(ruleId: string, io: CliIo): Promise<number> {
  const { findRule } = await import('../rules/registry.js');
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
