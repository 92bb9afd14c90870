import { isDynamic } from '../../../parsers/shell/commands.js';
import { databaseCliCall } from '../../shell/lib/database-cli.js';
import { programOf, type DocumentCommand } from '../../shell/lib/document.js';
import { urlHost } from './targets.js';

/** Subcommands that only read or plan, by program: what they do to the target is nothing. */
const READING_SUBCOMMANDS: Record<string, string[]> = {
  terraform: ['plan', 'init', 'validate', 'fmt', 'show', 'output', 'providers', 'version', 'graph'],
  tofu: ['plan', 'init', 'validate', 'fmt', 'show', 'output', 'providers', 'version', 'graph'],
  terragrunt: ['plan', 'init', 'validate', 'show', 'output', 'run-all plan'],
  kubectl: ['get', 'describe', 'logs', 'diff', 'top', 'explain', 'version', 'api-resources', 'auth'],
  helm: ['list', 'ls', 'status', 'get', 'diff', 'template', 'history', 'lint', 'show'],
  pulumi: ['preview'],
  cdk: ['diff', 'synth', 'ls', 'list'],
  railway: ['status', 'logs', 'list'],
  fly: ['status', 'logs', 'list', 'info'],
  flyctl: ['status', 'logs', 'list', 'info'],
  heroku: ['logs', 'ps', 'info', 'releases', 'apps:info'],
  // redis-cli takes the Redis command as its first operand, in either case.
  'redis-cli': ['INFO', 'info', 'PING', 'ping', 'DBSIZE', 'dbsize', 'GET', 'get', 'TTL', 'ttl', 'SCAN', 'scan'],
};

/**
 * Programs that only read the database they connect to, whatever their arguments (a dump goes
 * to a file or stdout on this machine): a connection string known only at run time changes
 * nothing about that.
 */
const DUMPERS = new Set(['pg_dump', 'pg_dumpall', 'mysqldump', 'mariadb-dump', 'mongodump']);

/** `aws rds describe-db-instances`, `gcloud sql instances list`: read verbs of the cloud CLIs. */
const AWS_READ = /^(describe|list|get|head)-|^(ls|wait)$/;
const GCLOUD_READ = new Set(['list', 'describe', 'get-iam-policy', 'read', 'tail']);

/**
 * Why a command pointed at production changes nothing there, when it does not: a plan, a dry run,
 * a listing, a copy out of a production bucket, a `SELECT`. Commands that set the target for the
 * rest of a script (`kubectl config use-context`, `terraform workspace select`) and reads of
 * secrets (which feed later commands) are not read-only work.
 */
export function readOnlyReason(command: DocumentCommand): string | undefined {
  const program = programOf(command);
  const argv = command.argv;
  if (DUMPERS.has(program)) return `${program} only reads the database`;
  if (argv.some(isDynamic)) return undefined;
  const dryRun = argv.find((w) => /^--dry-?run(=(client|server|true))?$/.test(w));
  if (dryRun) return `dry run (${dryRun})`;
  const operands = operandsOf(argv);
  const reading = READING_SUBCOMMANDS[program];
  if (reading && operands[0] !== undefined && reading.includes(operands[0])) {
    return `${program} ${operands[0]} only reads`;
  }
  if (program === 'aws') return awsReason(operands);
  // `gcloud sql instances describe NAME`: the verb follows one or two group words.
  const verb = operands.slice(1, 4).find((w) => GCLOUD_READ.has(w));
  if (program === 'gcloud' && verb !== undefined) return `gcloud ${verb} only reads`;
  if (program === 'gsutil' && (operands[0] === 'ls' || operands[0] === 'cat'))
    return `gsutil ${operands[0]} only reads`;
  if (program === 'gsutil' && operands[0] === 'cp' && copiesOut(operands.slice(1))) {
    return 'gsutil cp out of the bucket only reads it';
  }
  return sqlReason(command);
}

/**
 * The words after the program that are not options, taking the word after an option without `=`
 * as its value (`--context prod-eu get`): a flag that takes none then hides the subcommand, and
 * the command reads as not read-only, which is the safe side.
 */
function operandsOf(argv: string[]): string[] {
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word.startsWith('-')) {
      if (!word.includes('=') && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-')) i++;
      continue;
    }
    operands.push(word);
  }
  return operands;
}

function awsReason(operands: string[]): string | undefined {
  const [service, verb] = operands;
  if (service === undefined || verb === undefined) return undefined;
  if (service === 'ssm' || service === 'secretsmanager') return undefined;
  if (service === 's3' && (verb === 'cp' || verb === 'sync') && copiesOut(operands.slice(2))) {
    return `aws s3 ${verb} out of the bucket only reads it`;
  }
  return AWS_READ.test(verb) ? `aws ${service} ${verb} only reads` : undefined;
}

/** `cp s3://acme-prod/x ./x`: the source is remote and the destination is this machine. */
function copiesOut(operands: string[]): boolean {
  if (operands.length < 2) return false;
  const destination = operands.at(-1)!;
  return operands.slice(0, -1).every((o) => urlHost(o) !== undefined) && urlHost(destination) === undefined;
}

/** Words of a query that writes after all: `SELECT ... INTO`, a function that deletes, `EXPLAIN ANALYZE DELETE`. */
const WRITING_WORDS =
  /\b(into|insert|update|delete|drop|truncate|alter|create|grant|revoke|setval|nextval|pg_terminate_backend|lo_unlink|dblink_exec|copy)\b/i;

/** `psql "$PROD" -c 'SELECT count(*) FROM orders'`: every statement given is a query. */
function sqlReason(command: DocumentCommand): string | undefined {
  const call = databaseCliCall(command);
  if (!call || call.sql.length === 0 || call.dynamic.length > 0) return undefined;
  const statements = call.sql.flatMap((s) =>
    s.text
      .split(';')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
  );
  const query = (s: string) =>
    /^(select|show|explain|table|values|describe|\\d)/i.test(s) &&
    !WRITING_WORDS.test(s) &&
    !/^explain\s+analy[sz]e/i.test(s);
  return statements.length > 0 && statements.every(query) ? `${call.program} only runs queries` : undefined;
}
