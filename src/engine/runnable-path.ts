import { isIncluded, isNonBlocking, isRollbackPath } from '../policy/paths.js';
import type { Policy } from '../core/policy-schema.js';
import type { ChangedFile } from '../core/types.js';

/**
 * Paths whose files a deploy may run or apply: migrations, scripts, `bin/`, CI configuration,
 * infrastructure and deploy folders. A file there that cannot be read, or that arrives there by
 * a rename, is judged as if it ran.
 */
const RUNNABLE_FOLDER =
  /(^|\/)(migrations?|migrate|db\/migrate|alembic|versions|changelogs?|changesets?|flyway|liquibase|sqitch|deploy|scripts?|bin|sbin|hooks|\.github|\.circleci|\.gitlab|\.buildkite|ci|infra|infrastructure|terraform|ops|k8s|kubernetes|helm|charts|ansible|playbooks|cron|jobs|tasks|release|seeds?|sql|database|db)\//i;

/** Files that run by their name wherever they are. */
const RUNNABLE_NAME =
  /(^|\/)(Makefile|Dockerfile|Containerfile|Procfile|Jenkinsfile|Rakefile|Taskfile\.ya?ml|justfile|\.gitlab-ci\.yml|docker-compose[\w.-]*\.ya?ml|compose\.ya?ml|[^/]+\.(sh|bash|zsh|ps1|sql|psql|pgsql|ddl|tf|tfvars|hcl))$/i;

export function couldRun(path: string): boolean {
  return RUNNABLE_FOLDER.test(path) || RUNNABLE_NAME.test(path);
}

function extension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.includes('.') ? name.slice(name.indexOf('.')).toLowerCase() : '';
}

/**
 * Whether a rename changes whether or how the file runs: into or out of a folder a deploy runs
 * (a migrations folder, `scripts/`), out of docs or tests, from a rollback file to a forward
 * one (`.down.sql` to `.up.sql`), or to another kind of file. Such a file is judged whole, as if
 * it were new: its unchanged lines did not run before.
 */
export function renameChangesHowItRuns(file: ChangedFile, policy: Policy): boolean {
  const before = file.previousPath;
  if (file.status !== 'renamed' || before === undefined || file.headText === undefined) return false;
  const after = file.path;
  return (
    couldRun(before) !== couldRun(after) ||
    isMigration(before) !== isMigration(after) ||
    isNonBlocking(policy, before) !== isNonBlocking(policy, after) ||
    isRollbackPath(policy, before) !== isRollbackPath(policy, after) ||
    isIncluded(policy, before) !== isIncluded(policy, after) ||
    extension(before) !== extension(after)
  );
}

const MIGRATION_FOLDER =
  /(^|\/)(migrations?|migrate|alembic\/versions|changelogs?|changesets?|flyway|deploy|revert)\//i;

function isMigration(path: string): boolean {
  return MIGRATION_FOLDER.test(path);
}

/** The file with every line of its head version counted as changed. */
export function judgedWhole(file: ChangedFile): ChangedFile {
  const lines = (file.headText ?? '').split('\n').length;
  return { ...file, headChangedLines: [{ start: 1, end: lines }] };
}
