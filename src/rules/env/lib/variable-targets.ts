import type { Span } from '../../../core/types.js';
import { isDynamic, type ShellCommand, type VariableAssignment } from '../../../parsers/shell/commands.js';
import type { Policy } from '../../../core/policy-schema.js';
import { isProductionName } from '../../../policy/production-names.js';
import { programOf } from '../../shell/lib/document.js';
import type { Located } from './command-targets.js';
import { isKubeContext, isProductionEnvironment, isProject, productionVariable } from './targets.js';

/**
 * `$PROD_URL`, `${PROD_URL}`, make's `$$PROD_URL` and `$(PROD_URL)`, and a CI expression's
 * `${{ secrets.PROD_URL }}` (also `vars.`, `env.`): the names a word expands, as written.
 */
const EXPANSION = /\$\{\{\s*(?:secrets|vars|env)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$+[{(]?([A-Za-z_][A-Za-z0-9_]*)/g;

/** Commands that only compare, print or declare a value: `[ "$IS_PROD" = true ]` reaches nothing. */
const INERT = new Set([
  '[',
  '[[',
  'test',
  'echo',
  'printf',
  'read',
  'export',
  'local',
  'declare',
  'unset',
  ':',
  'true',
]);

/** Options whose value says where a command points, with how to tell a production value. */
const OPTION_CHECKS: Record<string, (value: string, policy: Policy) => boolean> = {
  '--env': isProductionEnvironment,
  '--environment': isProductionEnvironment,
  '--stage': isProductionEnvironment,
  '--context': isKubeContext,
  '--kube-context': isKubeContext,
  '--kubecontext': isKubeContext,
  '--project': isProject,
  '--project-id': isProject,
  '--profile': isProject,
  '--app': isProject,
  '-a': isProject,
};

export function expandedNames(written: string): string[] {
  return [...written.matchAll(EXPANSION)].map((m) => (m[1] ?? m[2])!);
}

/** A variable given as an option's value (`--context "$CTX"`), and how to tell a production value of it. */
export interface OptionVariable {
  name: string;
  option: string;
  isProductionValue: (value: string, policy: Policy) => boolean;
}

/**
 * Where a command expands a variable whose name says production (`psql "$PROD_DATABASE_URL"`,
 * `DATABASE_URL=$PROD_DATABASE_URL rake ...`): the repository keeps that value for production.
 */
export function productionNamedExpansions(command: ShellCommand, text: string, policy: Policy): Located[] {
  const found: Located[] = [];
  const unit = command.span;
  const check = (value: string, span: Span) => {
    if (!isDynamic(value)) return;
    const name = expandedNames(text.slice(span.start, span.end)).find((n) => isProductionName(n, policy));
    if (name !== undefined) found.push({ label: `$${name}`, strong: true, span, unit });
  };
  for (const e of command.envAssignments) check(e.value, e.span);
  if (INERT.has(programOf(command))) return found;
  command.argv.forEach((word, i) => {
    if (i > 0) check(word, command.argSpans[i]!);
  });
  return found;
}

/** The variables a command gives as the value of an option that says where it points. */
export function optionVariables(command: ShellCommand, text: string): OptionVariable[] {
  const found: OptionVariable[] = [];
  command.argv.forEach((word, i) => {
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const option = eq > 0 ? word.slice(0, eq) : word;
    const isProductionValue = OPTION_CHECKS[option];
    if (!isProductionValue) return;
    const span = eq > 0 ? command.argSpans[i] : command.argSpans[i + 1];
    const value = eq > 0 ? word.slice(eq + 1) : command.argv[i + 1];
    // A value resolved from a variable assigned in the file still came from that assignment.
    if (!span || value === undefined) return;
    const written = text.slice(span.start, span.end);
    for (const name of expandedNames(eq > 0 ? written.slice(written.indexOf('=') + 1) : written)) {
      found.push({ name, option, isProductionValue });
    }
  });
  return found;
}

/**
 * A statement that sets a variable for what follows (`export RAILS_ENV=production`,
 * `CTX="${CTX:-prod-eu1}"` when `--context "$CTX"` reads it, make's `KUBE_CONTEXT ?= gke_..._prod`):
 * production when its value, or the default it falls back to, points there.
 */
export function assignmentTarget(
  assignment: VariableAssignment,
  uses: OptionVariable[],
  policy: Policy,
  unit: Span,
  text: string,
): Located | undefined {
  const { span } = assignment;
  const value = isDynamic(assignment.value) ? assignment.fallback : assignment.value;
  if (value === undefined) {
    const written = text.slice(span.start, span.end);
    const name = expandedNames(written.slice(written.indexOf('=') + 1)).find((n) => isProductionName(n, policy));
    return name === undefined ? undefined : { label: `${assignment.name} from $${name}`, strong: true, span, unit };
  }
  const named = productionVariable(assignment.name, value, policy);
  if (named) return { ...named, span, unit };
  const use = uses.find((u) => u.name === assignment.name && u.isProductionValue(value, policy));
  if (use) return { label: `${assignment.name}=${value} given to ${use.option}`, strong: true, span, unit };
  // `INSTANCES=(orders-prod billing-prod)` later expanded (`for id in "${INSTANCES[@]}"`): names of
  // production things. Alone it only warns; it blocks with destructive work later in the same script.
  const expandedLater = expandedNames(text.slice(span.end)).includes(assignment.name);
  const listed = value.split(/\s+/).find((w) => /^[A-Za-z0-9_.:-]+$/.test(w) && isProductionName(w, policy));
  if (expandedLater && listed !== undefined)
    return { label: `${assignment.name}=${listed}`, strong: false, span, unit };
  return undefined;
}
