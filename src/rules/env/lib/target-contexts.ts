import type { TargetContext } from '../../../core/environment.js';
import type { Span } from '../../../core/types.js';
import type { VariableAssignment } from '../../../parsers/shell/commands.js';
import { isDynamic } from '../../../parsers/shell/commands.js';
import { isLocalHost, readArgs } from '../../shell/lib/args.js';
import { isTestDatabase } from '../../shell/lib/database-cli.js';
import { programOf, type DocumentCommand } from '../../shell/lib/document.js';
import { urlDatabase, urlHost } from './targets.js';

/**
 * Values that name the pull request or its branch, as CI systems and hosts spell them: what a
 * preview environment is named from. A target named from one of these is built for this pull
 * request and torn down with it.
 */
const PULL_REQUEST_EXPRESSIONS =
  /\$\{\{\s*github\.(?:event\.number|event\.pull_request\.number|head_ref|event\.pull_request\.head\.ref)\s*\}\}/;
const PULL_REQUEST_VARIABLES = new Set([
  'PR_NUMBER',
  'PR_NUM',
  'PR_ID',
  'PULL_REQUEST_NUMBER',
  'PULL_REQUEST_ID',
  'GITHUB_HEAD_REF',
  'CI_MERGE_REQUEST_IID',
  'CI_MERGE_REQUEST_ID',
  'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
  'CI_COMMIT_REF_SLUG',
  'CI_ENVIRONMENT_SLUG',
  'VERCEL_GIT_COMMIT_REF',
  'VERCEL_GIT_PULL_REQUEST_ID',
  'RENDER_GIT_BRANCH',
  'RAILWAY_GIT_BRANCH',
  'HEROKU_PR_NUMBER',
  'BITBUCKET_PR_ID',
  'CIRCLE_PR_NUMBER',
  'BUILDKITE_PULL_REQUEST',
  'CHANGE_ID',
  'SYSTEM_PULLREQUEST_PULLREQUESTNUMBER',
]);
const EXPANSION = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The variable references of CI systems written as their own expressions, as shell expansions:
 * GitHub's `${{ env.PR_NUMBER }}`, a Jenkinsfile's Groovy `${env.CHANGE_ID}`, an Azure Pipelines
 * macro `$(System.PullRequest.PullRequestNumber)` (the variable SYSTEM_PULLREQUEST_PULLREQUESTNUMBER).
 */
function ciVariables(value: string): string {
  return value
    .replace(/\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, '${$1}')
    .replace(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g, '${$1}')
    .replace(
      /\$\(([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+)\)/g,
      (_, name: string) => `\${${name.replace(/\./g, '_').toUpperCase()}}`,
    );
}

/** Variables that say which environment a framework or tool runs in. */
const ENVIRONMENT_VARIABLES = new Set([
  'RAILS_ENV',
  'RACK_ENV',
  'NODE_ENV',
  'APP_ENV',
  'MIX_ENV',
  'FLASK_ENV',
  'ENVIRONMENT',
  'DJANGO_ENV',
  'ASPNETCORE_ENVIRONMENT',
]);
const TEST_ENVIRONMENTS = new Set(['test', 'testing', 'ci', 'e2e']);
const LOCAL_ENVIRONMENTS = new Set(['development', 'dev', 'local']);

/** Variables holding where a database or cache is: a URL, or a host. */
const CONNECTION_VARIABLE = /(^|_)(DATABASE|DB|PG|POSTGRES|POSTGRESQL|MYSQL|REDIS|MONGO|MONGODB)[A-Z_]*(URL|URI|HOST)$/;
const HOST_VARIABLES = new Set(['PGHOST', 'MYSQL_HOST', 'DB_HOST', 'DATABASE_HOST', 'REDIS_HOST']);

/** Compose files for a developer's machine or a CI run: `docker-compose.dev.yml`, `compose.test.yaml`. */
const LOCAL_COMPOSE_FILE = /(^|[/._-])(dev|development|local|test|testing|ci|e2e)([._-]|$)/i;

/** Whether a compose file's name says it is a developer's or CI's stack: `docker-compose.dev.yml`. */
export function isLocalComposeFile(path: string): boolean {
  return LOCAL_COMPOSE_FILE.test(path.split('/').pop() ?? '');
}

/**
 * Evidence, command by command, that a file's commands run against a preview, local or test target.
 * Each context covers the command, which is the unit its destructive findings carry.
 */
export function commandContexts(
  text: string,
  commands: readonly DocumentCommand[],
  assignments: readonly VariableAssignment[],
  options: { scriptWide?: boolean; path?: string; fileText?: string } = {},
): TargetContext[] {
  const contexts: TargetContext[] = [];
  const setup = options.path === undefined ? undefined : developmentSetupScript(options.path, options.fileText ?? text);
  const workspaces = new WorkspaceSelections();
  for (const command of commands) {
    const inherited = options.scriptWide ? inheritedEnvironment(command, assignments) : [];
    const own = previewReason(text, command, assignments);
    const reason =
      own ??
      workspaces.selectedFor(command, assignments) ??
      composeReason(command) ??
      environmentReason(command, inherited, setup && !CLOUD_PROGRAMS.has(programOf(command)) ? setup : undefined);
    workspaces.after(command, own);
    if (reason) contexts.push({ environment: reason.environment, reason: reason.reason, span: command.span });
  }
  return contexts;
}

interface Evidence {
  environment: TargetContext['environment'];
  reason: string;
  /** A dev container's script: its bare host names (`redis`, `db`) are services of its own compose network. */
  containerNetwork?: boolean;
}

/**
 * A bare host name with no dot (`redis`, `db`): inside a dev container, a service of the
 * container's own compose network. Only dev container scripts read it so: elsewhere a search
 * domain can make `db` a shared server.
 */
function isServiceName(host: string): boolean {
  return /^[a-z][a-z0-9_-]*$/i.test(host) && !/\b(prod|production|staging|stage|live)\b/i.test(host);
}

/** `fly apps destroy pr-${{ github.event.number }}`, `vercel rm "preview-$PR_NUMBER"`, a variable set from one. */
function previewReason(
  text: string,
  command: DocumentCommand,
  assignments: readonly VariableAssignment[],
): Evidence | undefined {
  const words = command.argSpans.slice(1).map((s) => raw(text, s));
  const named = (value: string, depth: number): string | undefined => {
    if (PULL_REQUEST_EXPRESSIONS.test(value)) return 'the pull request number or branch';
    for (const m of ciVariables(value).matchAll(EXPANSION)) {
      const name = m[1]!;
      if (PULL_REQUEST_VARIABLES.has(name)) return `$${name}`;
      if (depth > 2) continue;
      // A variable of the step, job or script, itself set from the pull request.
      const set = command.envAssignments.filter((e) => e.name === name).map((e) => raw(text, e.span));
      const earlier = assignments
        .filter((a) => a.name === name && a.span.end <= command.span.start)
        .map((a) => raw(text, a.span));
      for (const v of [...set, ...earlier]) {
        const inner = named(valueOf(v), depth + 1);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  // TF_WORKSPACE picks the Terraform workspace as `terraform workspace select` does.
  const workspace = command.envAssignments
    .filter((e) => e.name === 'TF_WORKSPACE')
    .map((e) => valueOf(raw(text, e.span)));
  for (const word of [...words, ...workspace]) {
    const source = named(word, 0);
    if (source) return { environment: 'preview', reason: `preview environment named from ${source}` };
  }
  return undefined;
}

/**
 * `terraform workspace select pr-$PR_NUMBER` (or `new`), then `terraform destroy` in the same
 * shell: the workspace stays selected for the later commands of the same directory. Another
 * `workspace select`, or a `cd`, ends it. A workflow step or a recipe line is a shell of its own
 * (its own label), so nothing carries from one to the next.
 */
class WorkspaceSelections {
  private readonly selected = new Map<string, Evidence>();

  selectedFor(command: DocumentCommand, assignments: readonly VariableAssignment[]): Evidence | undefined {
    // TF_WORKSPACE, wherever it is set, outranks the selected workspace.
    const named = (a: { name: string }) => a.name === 'TF_WORKSPACE';
    if (command.envAssignments.some(named) || assignments.some(named)) return undefined;
    const key = terraformKey(command);
    const evidence = key === undefined ? undefined : this.selected.get(key);
    return evidence && { ...evidence, reason: `Terraform workspace selected earlier: ${evidence.reason}` };
  }

  after(command: DocumentCommand, own: Evidence | undefined): void {
    const program = programOf(command);
    if (program === 'cd' || program === 'pushd' || program === 'popd') {
      for (const key of [...this.selected.keys()]) if (key.startsWith(shellOf(command))) this.selected.delete(key);
      return;
    }
    const key = terraformKey(command);
    if (key === undefined) return;
    const operands = command.argv.slice(1).filter((w) => !w.startsWith('-'));
    if (operands[0] !== 'workspace' || !['select', 'new'].includes(operands[1] ?? '')) return;
    if (own) this.selected.set(key, own);
    else this.selected.delete(key);
  }
}

function shellOf(command: DocumentCommand): string {
  return `${command.origin.label ?? ''}\u0000`;
}

/** The shell and directory a Terraform command works in; undefined for other programs. */
function terraformKey(command: DocumentCommand): string | undefined {
  if (!['terraform', 'tofu'].includes(programOf(command))) return undefined;
  const chdir = command.argv.find((w) => w.startsWith('-chdir='))?.slice('-chdir='.length) ?? '.';
  return shellOf(command) + chdir.replace(/\/+$/, '');
}

/** `docker compose -f docker-compose.dev.yml down -v`: every compose file named is a developer's or CI's. */
function composeReason(command: DocumentCommand): Evidence | undefined {
  const program = programOf(command);
  const argv = program === 'docker' && command.argv[1] === 'compose' ? command.argv.slice(1) : command.argv;
  if (program !== 'docker-compose' && !(program === 'docker' && command.argv[1] === 'compose')) return undefined;
  const args = readArgs(argv, ['-f', '--file', '-p', '--project-name', '--env-file', '--profile']);
  const files = args.options.filter((o) => o.name === '-f' || o.name === '--file').map((o) => o.value ?? '');
  if (files.length === 0 || files.some((f) => isDynamic(f) || !LOCAL_COMPOSE_FILE.test(f.split('/').pop() ?? ''))) {
    return undefined;
  }
  return { environment: 'local', reason: `local compose stack (${files.join(', ')})` };
}

/**
 * `RAILS_ENV=test`, a job whose database is its own service container on localhost, a `_test`
 * database: the command's environment, its step's, job's or workflow's. Any connection that is
 * not local, or any production or unknown environment name, and the evidence does not hold.
 */
function environmentReason(
  command: DocumentCommand,
  inherited: readonly { name: string; value: string }[] = [],
  fallback?: Evidence,
): Evidence | undefined {
  if (namesOtherHost(command, fallback?.containerNetwork === true)) return undefined;
  let evidence: Evidence | undefined;
  const operands = command.argv.slice(1).flatMap((w) => {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(w);
    return m ? [{ name: m[1]!, value: m[2]! }] : [];
  });
  const own = new Set([...command.envAssignments, ...operands].map((e) => e.name));
  const fromScript = inherited.filter((e) => !own.has(e.name));
  for (const e of [...command.envAssignments, ...operands, ...fromScript]) {
    const name = e.name.toUpperCase();
    const value = e.value.trim();
    if (ENVIRONMENT_VARIABLES.has(name)) {
      const v = value.toLowerCase();
      if (TEST_ENVIRONMENTS.has(v)) evidence ??= { environment: 'test', reason: `test environment (${name}=${value})` };
      else if (LOCAL_ENVIRONMENTS.has(v)) {
        evidence ??= { environment: 'local', reason: `development environment (${name}=${value})` };
      } else if (name !== 'NODE_ENV') return undefined;
    } else if (CONNECTION_VARIABLE.test(name) || HOST_VARIABLES.has(name)) {
      const host = HOST_VARIABLES.has(name) || name.endsWith('HOST') ? value : urlHost(value);
      if (host === undefined || isDynamic(host)) return undefined;
      const database = urlDatabase(value);
      if (isLocalHost(host) || command.origin.localHosts.includes(host)) {
        const where = command.origin.localHosts.includes(host) ? "the job's service container" : 'localhost';
        evidence ??= { environment: 'local', reason: `database on ${where} (${name})` };
      } else if (database !== undefined && isTestDatabase(database)) {
        evidence ??= { environment: 'test', reason: `test database ${database} (${name})` };
      } else return undefined;
    }
  }
  return evidence ?? fallback;
}

/**
 * Scripts that set up a developer's machine by convention: Rails' `bin/setup` (whose template runs
 * `bin/rails db:reset` on `--reset`) and `bin/dev`, GitHub's "scripts to rule them all"
 * `script/setup` and `script/bootstrap`, a dev container's lifecycle scripts. What they run is local
 * unless the command names another host, or a variable names another environment.
 */
const DEVELOPMENT_SETUP = /^(?:bin\/(?:setup|dev)|script\/(?:setup|bootstrap))$|^\.devcontainer\//;

/**
 * Programs that act on a cloud account or a cluster, never on the developer's machine: a setup
 * script running one is not local for being a setup script.
 */
const CLOUD_PROGRAMS = new Set([
  'terraform',
  'tofu',
  'terragrunt',
  'pulumi',
  'cdk',
  'sst',
  'serverless',
  'sls',
  'aws',
  'gcloud',
  'gsutil',
  'bq',
  'az',
  'azcopy',
  'doctl',
  'heroku',
  'fly',
  'flyctl',
  'railway',
  'vercel',
  'netlify',
  'render',
  'firebase',
  'neonctl',
  'pscale',
  'wrangler',
  'kubectl',
  'helm',
  'oc',
]);

function developmentSetupScript(path: string, text: string): Evidence | undefined {
  if (!DEVELOPMENT_SETUP.test(path)) return undefined;
  const container = path.startsWith('.devcontainer/');
  // A setup script that names a shared environment or a remote database anywhere is not only local.
  if (/\b(prod|production|staging|stage|live)\b/i.test(text)) return undefined;
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`)]+/gi)) {
    const host = urlHost(m[0]);
    if (host === undefined || isDynamic(host) || !(isLocalHost(host) || (container && isServiceName(host))))
      return undefined;
  }
  const name = container ? 'a dev container script' : path;
  return { environment: 'local', reason: `development setup script (${name})`, containerNetwork: container };
}

/**
 * What a whole script set before the command for the variables that say where it runs
 * (`export DATABASE_URL=postgres://localhost/app_dev`, `RAILS_ENV=development`): only a name the
 * script always sets counts, and then every value it is given before the command, branches
 * included, must hold for the evidence to hold. A variable the script never sets unconditionally
 * is the caller's, and unknown.
 */
function inheritedEnvironment(
  command: DocumentCommand,
  assignments: readonly VariableAssignment[],
): { name: string; value: string }[] {
  const relevant = (name: string) =>
    ENVIRONMENT_VARIABLES.has(name) || CONNECTION_VARIABLE.test(name) || HOST_VARIABLES.has(name);
  const before = assignments.filter((a) => a.span.end <= command.span.start && relevant(a.name));
  const always = new Set(before.filter((a) => a.unconditional).map((a) => a.name));
  return before.filter((a) => always.has(a.name)).map((a) => ({ name: a.name, value: a.value }));
}

/** A URL or `-h`/`--host` on the command itself naming a host that is not this machine or the job's. */
function namesOtherHost(command: DocumentCommand, containerNetwork = false): boolean {
  const local = (host: string) =>
    !isDynamic(host) &&
    (isLocalHost(host) || command.origin.localHosts.includes(host) || (containerNetwork && isServiceName(host)));
  return command.argv.slice(1).some((word, i, words) => {
    const host = urlHost(word);
    if (host !== undefined && !local(host)) return true;
    if (word === '-h' || word === '--host') return !local(words[i + 1] ?? '');
    const attached = /^(?:--host=|-h)(.+)$/.exec(word);
    return attached !== null && !local(attached[1]!);
  });
}

function raw(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The value part of `NAME=value` or `NAME: value` as written. */
function valueOf(assignment: string): string {
  const m = /^[^=:]*[=:]\s*/.exec(assignment);
  return m ? assignment.slice(m[0].length) : assignment;
}
