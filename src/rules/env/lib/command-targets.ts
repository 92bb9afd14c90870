import { isDynamic, type ShellCommand } from '../../../parsers/shell/commands.js';
import type { Policy } from '../../../core/policy-schema.js';
import type { Span } from '../../../core/types.js';
import { programOf, type DocumentCommand } from '../../shell/lib/document.js';
import { catalogHits } from '../../shell/lib/catalog.js';
import { TOOLS } from '../../shell/lib/command-catalog.js';
import { isProductionName } from '../../../policy/production-names.js';
import {
  isKubeContext,
  isProductionDirectory,
  isProductionEnvironment,
  isProject,
  isWorkspace,
  productionUrl,
  productionVariable,
  type Target,
} from './targets.js';

export interface Located extends Target {
  span: Span;
  unit: Span;
  /** Why the command this target is on changes nothing there: `terraform plan only reads`. */
  readOnly?: string;
  /** A workflow scope (job, step) that also runs actions (`uses:`), whose effect two-key cannot read. */
  runsActions?: boolean;
}

/** Options that name an environment, for any program: `--env production`, `--environment=prod`, `--stage prod`. */
const ENVIRONMENT_OPTIONS = new Set(['--env', '--environment', '--stage']);
/** Short environment options of the PaaS CLIs that have one. */
const SHORT_ENVIRONMENT: Record<string, string> = { railway: '-e', serverless: '-s', sls: '-s' };
const CONTEXT_OPTIONS = new Set(['--context', '--kube-context', '--kubecontext']);
const PROJECT_OPTIONS = new Set(['--project', '--project-id', '--project-ref', '--profile', '--subscription']);
/** `heroku -a app`, `fly -a app`: the application name says which environment it is. */
const APP_OPTIONS: Record<string, string[]> = {
  heroku: ['-a', '--app', '-r', '--remote'],
  fly: ['-a', '--app'],
  flyctl: ['-a', '--app'],
};

/** Secret and parameter stores, and the options that name what they read: `aws ssm get-parameter --name /acme/prod/DB_URL`. */
const SECRET_READS: Record<string, string[]> = {
  aws: ['--name', '--names', '--secret-id'],
  gcloud: ['--secret'],
  az: ['--name', '--vault-name'],
};
const SECRET_SERVICES = new Set(['ssm', 'secretsmanager', 'secrets', 'keyvault']);

/** Where a command is pointed at production: its variables, options, operands and URLs. */
export function commandTargets(command: ShellCommand, policy: Policy): Located[] {
  const found: Located[] = [];
  const unit = command.span;
  const add = (target: Target | undefined, span: Span) => {
    if (target) found.push({ ...target, span, unit });
  };
  for (const e of command.envAssignments) add(productionVariable(e.name, e.value, policy), e.span);
  const program = programOf(command);
  const argv = command.argv;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    const span = command.argSpans[i]!;
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = eq > 0 ? word.slice(0, eq) : word;
    const valueAt = eq > 0 ? word.slice(eq + 1) : argv[i + 1];
    const value = valueAt !== undefined && !isDynamic(valueAt) ? valueAt : undefined;
    const optionSpan =
      eq > 0 || argv[i + 1] === undefined ? span : { start: span.start, end: command.argSpans[i + 1]!.end };
    if (value !== undefined && (ENVIRONMENT_OPTIONS.has(name) || SHORT_ENVIRONMENT[program] === name)) {
      if (isProductionEnvironment(value, policy)) add({ label: `${name} ${value}`, strong: true }, optionSpan);
    } else if (value !== undefined && CONTEXT_OPTIONS.has(name)) {
      if (isKubeContext(value, policy)) add({ label: `${name} ${value}`, strong: true }, optionSpan);
    } else if (value !== undefined && PROJECT_OPTIONS.has(name)) {
      if (isProject(value, policy)) add({ label: `${name} ${value}`, strong: true }, optionSpan);
    } else if (value !== undefined && APP_OPTIONS[program]?.includes(name)) {
      if (isProject(value, policy)) add({ label: `${name} ${value}`, strong: true }, optionSpan);
    } else if (
      value !== undefined &&
      SECRET_READS[program]?.includes(name) &&
      SECRET_SERVICES.has(argv[1] ?? '') &&
      isProject(value, policy)
    ) {
      add({ label: `${program} ${argv[1]} ${name} ${value}`, strong: true }, optionSpan);
    } else if (name === '-chdir' || name === '--chdir' || name === '-chdir=' || word.startsWith('-chdir=')) {
      const dir = word.startsWith('-chdir=') ? word.slice('-chdir='.length) : value;
      if (dir !== undefined && isProductionDirectory(dir, policy)) add({ label: `${word}`, strong: true }, span);
    } else if (word === '--prod' && (program === 'vercel' || program === 'netlify')) {
      add({ label: `${program} --prod`, strong: true }, span);
    } else if (!word.startsWith('-')) {
      add(productionUrl(word, policy), span);
      const assignment = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(word);
      // rake and make read `NAME=value` operands as variables.
      if (assignment && (program === 'rake' || program === 'make' || program === 'rails')) {
        add(productionVariable(assignment[1]!, assignment[2]!, policy), span);
      }
    }
  }
  const operands = argv.slice(1).filter((w) => !w.startsWith('-'));
  const last = (n: number) => ({ start: command.argSpans[1]!.start, end: command.argSpans[n]?.end ?? unit.end });
  if ((program === 'terraform' || program === 'tofu') && operands[0] === 'workspace') {
    const verb = operands[1];
    const workspace = operands[2];
    if ((verb === 'select' || verb === 'new') && workspace !== undefined && isWorkspace(workspace, policy)) {
      add({ label: `${program} workspace ${verb} ${workspace}`, strong: true }, last(argv.indexOf(workspace)));
    }
  }
  if (program === 'gcloud' && operands[0] === 'config' && operands[1] === 'set' && operands[2] === 'project') {
    const project = operands[3];
    if (project !== undefined && !isDynamic(project) && isProject(project, policy)) {
      add({ label: `gcloud config set project ${project}`, strong: true }, last(argv.indexOf(project)));
    }
  }
  if (program === 'kubectl' && operands[0] === 'config' && operands[1] === 'use-context') {
    const context = operands[2];
    if (context !== undefined && isKubeContext(context, policy)) {
      add({ label: `kubectl config use-context ${context}`, strong: true }, last(argv.indexOf(context)));
    }
  }
  if (
    program === 'cd' &&
    operands[0] !== undefined &&
    !isDynamic(operands[0]) &&
    isProductionDirectory(operands[0], policy)
  ) {
    add({ label: `cd ${operands[0]}`, strong: true }, unit);
  }
  return found;
}

/**
 * What a destructive command of the catalog deletes, when its name says production:
 * `az group delete --name rg-platform-prod`, `gcloud sql instances delete billing-prod`.
 */
export function catalogTargets(command: DocumentCommand, policy: Policy): Located[] {
  const found: Located[] = [];
  for (const { row, args, operands } of catalogHits(command)) {
    if (row.flag) continue;
    const syntax = TOOLS[row.tool]!;
    const depth = row.path.split(' ').length;
    const named = [
      ...args.positionals.filter((p) => operands.slice(depth).includes(p.value)),
      ...args.options
        .filter((o) => syntax.targets?.includes(o.name) && o.value !== undefined)
        .map((o) => ({ value: o.value!, index: command.argv[o.index] === o.name ? o.index + 1 : o.index })),
    ];
    for (const { value, index } of named) {
      if (isDynamic(value) || !isProductionName(value, policy)) continue;
      const span = command.argSpans[index] ?? command.span;
      found.push({ label: `${row.path} ${value}`, strong: true, span, unit: command.span });
    }
  }
  return found;
}
