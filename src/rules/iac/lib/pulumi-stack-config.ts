import type { RawFinding } from '../../../core/checker.js';
import type { Span } from '../../../core/types.js';
import { normaliseName, type CodeArgument } from '../../../parsers/iac-code/arguments.js';
import { readConfigReads } from '../../../parsers/iac-code/config-reads.js';
import { readCodeResources, type CodeLanguage, type CodeResource } from '../../../parsers/iac-code/resources.js';
import { isStatefulPulumiResource } from '../../../parsers/iac-code/stateful-constructs.js';
import { entriesOf, pairSpan, parseYaml, scalarText, valueOf } from '../../../parsers/yaml/positions.js';
import { safeguardOf } from './code-safeguards.js';
import { codeReplacementRow, versionFamily } from './replacement-table.js';
import { isPulumiStackConfig, PULUMI_PROGRAMS } from '../../../parsers/iac-code/recognise.js';
import type { LocalExports } from '../../../parsers/iac-code/imports.js';
import { localExports } from '../../../parsers/iac-code/local-modules.js';
import { iacCodeReferences, pulumiMain } from './iac-code-references.js';
import { iacLanguageOf } from './applies.js';

export { isPulumiStackConfig, PULUMI_PROGRAMS };
import { throwawayEnvironment } from './terraform-protection-rule.js';

/** A program a stack's settings are read by, with what its imports from the repository's own modules export. */
export interface StackProgram {
  path: string;
  text: string;
  language: CodeLanguage;
  local?: LocalExports;
}

/**
 * The program a `Pulumi.<stack>.yaml` is read by: the project's `Pulumi.yaml` beside it may
 * point `main:` at another folder (or file); else the program files beside it. The modules the
 * program imports from the repository are programs too: a config read may sit in any of them.
 */
export function stackPrograms(path: string, texts: ReadonlyMap<string, string>): StackProgram[] {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const project = [`${dir ? `${dir}/` : ''}Pulumi.yaml`, `${dir ? `${dir}/` : ''}Pulumi.yml`].find((p) => texts.has(p));
  const main = project ? pulumiMain(project, texts.get(project)!) : dir;
  if (main === undefined) return [];
  const entries = /\.(ts|js|py|go|cs)$/i.test(main)
    ? [main]
    : PULUMI_PROGRAMS.map(([name]) => `${main ? `${main}/` : ''}${name}`);
  const read = (p: string) => texts.get(p);
  const out: StackProgram[] = [];
  const seen = new Set<string>();
  const add = (p: string, depth: number) => {
    const text = texts.get(p);
    const language = iacLanguageOf(p);
    if (text === undefined || !language || seen.has(p) || depth > 2) return;
    seen.add(p);
    const local = localExports(p, language, read);
    out.push({ path: p, text, language, local });
    for (const next of iacCodeReferences(p, text)) add(next, depth + 1);
  };
  for (const entry of entries) add(entry, 0);
  return out;
}

/** The stack name of a `Pulumi.<stack>.yaml`. */
function stackOf(path: string): string {
  return /Pulumi\.([^/]+)\.ya?ml$/.exec(path)?.[1] ?? '';
}

interface ConfigValue {
  /** The scalar as YAML reads it; undefined for a secret or a structured value. */
  value: string | number | boolean | undefined;
  text: string;
  span: Span;
}

/** The stack's config values by key without the namespace (`orders:dbName` is `dbName`). */
function configOf(text: string | undefined): Map<string, ConfigValue> {
  const out = new Map<string, ConfigValue>();
  if (text === undefined) return out;
  const root = parseYaml(text).documents[0]?.root;
  for (const { key, pair } of entriesOf(valueOf(root, 'config'))) {
    const scalar = scalarText(pair.value);
    const raw = (pair.value as { value?: unknown } | null)?.value;
    const value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : undefined;
    const range = pair.value?.range;
    out.set(key.slice(key.lastIndexOf(':') + 1), {
      value,
      text: scalar ?? (range ? text.slice(range[0], range[1]) : ''),
      span: pairSpan(pair),
    });
  }
  return out;
}

/** What the program does with one config key: which argument of which resource reads it. */
interface Use {
  resource: CodeResource;
  argument: CodeArgument | undefined;
  /** For a resource option (`protect`). */
  option: string | undefined;
}

const show = (v: ConfigValue | undefined) => (v === undefined ? 'unset' : JSON.stringify(v.value ?? v.text));
const asLiteral = (v: ConfigValue | undefined) => (v?.value === undefined ? undefined : v.value);
const isFalse = (v: unknown) => v === false || v === 'false';

/**
 * A changed `Pulumi.<stack>.yaml` judged against the program beside it: a value the program passes
 * to an argument that replaces a data store (`identifier`, a table's key), or that turns one of its
 * safeguards off (`deletionProtection`, `skipFinalSnapshot`, `protect`), is reported at the value,
 * under the rule that owns the argument.
 */
export function stackConfigFindings(
  path: string,
  baseText: string | undefined,
  headText: string,
  programs: readonly StackProgram[],
): RawFinding[] {
  const before = configOf(baseText);
  const after = configOf(headText);
  const changed = [...after].filter(([key, v]) => before.get(key)?.text !== v.text);
  if (changed.length === 0 || baseText === undefined) return [];
  const uses = new Map<string, Use[]>();
  for (const program of programs) {
    const reads = readConfigReads(program.text, program.language);
    const keyOf = (text: string, span: Span): string | undefined => {
      const call = reads.calls.find((c) => c.span.start >= span.start && c.span.end <= span.end);
      if (call) return call.key;
      // A bound name read in the value (`identifier: dbName`, `f"{db_name}-eu"`): a word of the parsed value.
      const words = new Set(text.match(/(?<![\w.])[A-Za-z_]\w*/g) ?? []);
      for (const [name, key] of reads.bindings) if (words.has(name)) return key;
      return undefined;
    };
    for (const resource of readCodeResources(program.text, program.language, program.local).resources) {
      if (!isStatefulPulumiResource(resource)) continue;
      for (const argument of resource.arguments) {
        const key = keyOf(argument.text, argument.span);
        if (key !== undefined) push(uses, key, { resource, argument, option: undefined });
      }
      for (const option of resource.options) {
        const key = keyOf(option.value, option.span);
        if (key !== undefined) push(uses, key, { resource, argument: undefined, option: option.key });
      }
    }
  }
  const throwaway = throwawayEnvironment(`${stackOf(path)}/`);
  const downgrade = throwaway ? { downgradedBecause: `the ${throwaway} stack's` } : {};
  const findings: RawFinding[] = [];
  const report = (ruleId: string, kind: 'destructive' | 'protection', span: Span, message: string) =>
    findings.push({
      ruleId,
      kind,
      defaultSeverity: 'block',
      message,
      span,
      unit: span,
      rollbackOnly: false,
      ...(kind === 'protection' ? downgrade : {}),
    });
  for (const [key, now] of changed) {
    const old = before.get(key);
    for (const { resource, argument, option } of uses.get(key) ?? []) {
      const name = `${resource.qualified}(${resource.logicalName})`;
      const change = `config ${key} changes from ${show(old)} to ${show(now)} in ${path}`;
      if (option === 'protect') {
        if (isFalse(asLiteral(now)) && !isFalse(asLiteral(old)))
          report(
            'iac/pulumi-protect-disabled',
            'protection',
            now.span,
            `${name}: protect reads ${change}: Pulumi no longer refuses to delete it`,
          );
        continue;
      }
      if (!argument) continue;
      const top = argument.names.length === 1 ? argument.names[0]! : undefined;
      const found = codeReplacementRow(resource.resolved);
      if (top && found?.spelling === 'terraform') {
        const { row } = found;
        const family = (row.family ?? []).some((n) => normaliseName(n) === top);
        const replaces = family || (row.attributes ?? []).some((n) => normaliseName(n) === top);
        const a = asLiteral(old);
        const b = asLiteral(now);
        const differs =
          a === undefined || b === undefined || (family ? versionFamily(a) !== versionFamily(b) : a !== b);
        if (replaces && old !== undefined && differs)
          report(
            'iac/code-replacement-argument',
            'destructive',
            now.span,
            `${name}: ${top} reads ${change}; the ${row.store} is replaced and the old one deleted with its data`,
          );
      }
      if (top === 'deletionprotection') {
        if (isFalse(asLiteral(now)) && !isFalse(asLiteral(old)))
          report(
            'iac/code-deletion-protection-disabled',
            'protection',
            now.span,
            `${name}: deletionProtection reads ${change}: the database can now be deleted`,
          );
        continue;
      }
      const safeguard = safeguardOf(argument);
      const value = asLiteral(now);
      const was = asLiteral(old);
      if (!safeguard || value === undefined) continue;
      const shorter = safeguard.shortened && typeof value === 'number' && typeof was === 'number' && value < was;
      if (shorter || (safeguard.unsafe(value) && (was === undefined || !safeguard.unsafe(was))))
        report(
          'iac/code-safeguard-weakened',
          'protection',
          now.span,
          `${name}: ${argument.names.join('.')} reads ${change}, giving up ${safeguard.loses}`,
        );
    }
  }
  return findings;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
