import { readArgs, type ParsedArgs } from './args.js';
import { CATALOG, rowApplies, TOOLS, type CatalogRow, type CatalogRule, type ToolSyntax } from './command-catalog.js';
import { at, display, programOf, type DocumentCommand, type ShellDocument } from './document.js';
import type { Rule, RuleMeta, RuleReport } from '../../../core/rule.js';
import { baseName } from '../../../parsers/shell/wrappers.js';
import { staticSiteDeployReason } from './static-site.js';

/** A command matched to a row of the command catalog. */
export interface CatalogHit {
  row: CatalogRow;
  command: DocumentCommand;
  args: ParsedArgs;
  /** The operands after the program (and after `artisan` when run through `php`). */
  operands: string[];
  /** The program as named in messages: `aws`, `php artisan`. */
  program: string;
}

/** The tool a command runs, with its arguments read by that tool's syntax. */
function toolOf(command: DocumentCommand): { tool: string; syntax: ToolSyntax; args: ParsedArgs; skip: number }[] {
  const program = programOf(command);
  const found: { tool: string; syntax: ToolSyntax; args: ParsedArgs; skip: number }[] = [];
  for (const [tool, syntax] of Object.entries(TOOLS)) {
    if (syntax.programs.includes(program)) {
      found.push({ tool, syntax, args: readArgs(command.argv, syntax.withValue), skip: 0 });
    } else if (syntax.interpreters?.includes(program)) {
      const args = readArgs(command.argv, syntax.withValue);
      const script = args.positionals[0]?.value;
      if (script !== undefined && syntax.programs.includes(baseName(script)))
        found.push({ tool, syntax, args, skip: 1 });
    }
  }
  return found;
}

/** The operands that name a row's subcommand; none for a program without subcommands (`mongorestore`). */
function pathWords(row: CatalogRow): string[] {
  return row.path ? row.path.split(' ') : [];
}

/** Every row of the catalog a command runs (at most one destructive row per rule, every protection row). */
export function catalogHits(command: DocumentCommand, rule?: CatalogRule): CatalogHit[] {
  const hits: CatalogHit[] = [];
  for (const { tool, syntax, args, skip } of toolOf(command)) {
    if (syntax.local?.(args, command)) continue;
    const operands = args.positionals.slice(skip).map((p) => p.value);
    const matched = new Set<string>();
    for (const row of CATALOG) {
      if (row.tool !== tool || (rule !== undefined && row.rule !== rule)) continue;
      const path = pathWords(row);
      if (!path.every((word, i) => operands[i] === word)) continue;
      if (!rowApplies(row, args)) continue;
      if (row.flag === undefined && matched.has(row.rule)) continue;
      matched.add(row.rule);
      const program = skip ? `${programOf(command)} ${baseName(args.positionals[0]!.value)}` : programOf(command);
      hits.push({ row, command, args, operands, program });
    }
  }
  return hits;
}

/** Reports every command of the document that runs a destructive row of the rule. */
export function reportCatalog(
  doc: ShellDocument,
  rule: CatalogRule,
  report: (r: RuleReport<'destroys'>) => void,
): void {
  for (const command of doc.commands) {
    for (const { row, operands, program } of catalogHits(command, rule)) {
      if (row.flag) continue;
      const rest = operands.slice(pathWords(row).length);
      const target = display(rest.join(' '));
      const command_ = [program, row.path, target].filter(Boolean).join(' ');
      const routine = row.routine === 'static-site' ? staticSiteDeployReason(rest, doc) : undefined;
      report({
        messageId: 'destroys',
        data: { command: command_, destroys: row.destroys },
        ...at(command),
        ...(routine ? { downgradedBecause: routine } : {}),
      });
    }
  }
}

/**
 * A rule whose commands are the catalog's rows for it (command-catalog.ts), reported as
 * `{command} deletes {destroys}`: the cloud and platform CLIs' delete rules differ only in their rows.
 */
export function catalogRule(
  id: CatalogRule,
  description: string,
  examples: RuleMeta['examples'],
): Rule<ShellDocument, 'destroys'> {
  return {
    meta: {
      id,
      family: 'shell',
      kind: 'destructive',
      defaultSeverity: 'block',
      description,
      messages: { destroys: '{command} deletes {destroys}' },
      examples,
    },
    check(doc, report) {
      reportCatalog(doc, id, report);
    },
  };
}
