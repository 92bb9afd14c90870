import type { RawFinding } from '../../../core/checker.js';
import type { Span } from '../../../core/types.js';
import { executedSql, type ExecutedSql } from '../../../parsers/code/executed.js';
import type { CodeSyntax } from '../../../parsers/code/read.js';
import { UNKNOWN, type CodeValue } from '../../../parsers/code/values.js';
import type { EmbeddedSql } from '../../../parsers/migrations/types.js';
import { fromOffsets } from '../../../parsers/offset-map.js';
import type { Policy } from '../../../core/policy-schema.js';
import { embeddedSqlFindings } from '../../orm/lib/embedded-sql.js';
import { checkSql } from '../../sql/lib/checker.js';

/** SQL the code builds at run time whose known part reads as destruction: what code/dynamic-sql reports. */
export interface DynamicCodeSql {
  call: string;
  /** What the SQL rules say of it with the run-time parts as a name: `DROP TABLE … drops …`. */
  shape: string;
  span: Span;
  unit: Span;
}

/** Stands in for a run-time part so the statement parses; never shown (messages say `…`). */
const PLACEHOLDER = 'computed_at_run_time';

/**
 * Judges the SQL the code hands to drivers: constant strings go to the SQL rules as one script
 * in file order, each finding mapped back to its line; strings built from pieces are read with
 * their run-time parts as a name, and a destructive shape (`DROP TABLE ${t}`, `DELETE FROM ` + t)
 * becomes a dynamic-SQL finding at the call.
 */
export function executedSqlFindings(
  path: string,
  syntax: CodeSyntax,
  policy: Policy,
  rollback: (span: Span) => boolean,
  /** SQL a migration tool runs from a string no driver call takes (yoyo `step("…")`). */
  toolSql: readonly ExecutedSql[] = [],
): { findings: RawFinding[]; notes: string[]; dynamic: DynamicCodeSql[] } {
  const executed = [...executedSql(syntax), ...toolSql].sort((a, b) => a.unit.start - b.unit.start);
  const constant = executed.filter((e) => !e.value.text.includes(UNKNOWN));
  const pieces: EmbeddedSql[] = constant.map((e) => ({
    text: e.value.text,
    toFile: fromOffsets(e.value.at),
    call: e.call,
    unit: e.unit,
    rollbackOnly: rollback(e.unit),
    ...(e.value.from ? { covers: e.value.from } : {}),
  }));
  // Rollback SQL runs against the database the forward SQL left, never as the same script.
  const forward = embeddedSqlFindings(
    path,
    pieces.filter((p) => !p.rollbackOnly),
    policy,
  );
  const back = embeddedSqlFindings(
    path,
    pieces.filter((p) => p.rollbackOnly),
    policy,
  );
  const embedded = { findings: [...forward.findings, ...back.findings], notes: [...forward.notes, ...back.notes] };
  const dynamic = executed.filter((e) => e.value.text.includes(UNKNOWN)).flatMap((e) => dynamicShape(path, e, policy));
  return { ...embedded, dynamic };
}

function dynamicShape(path: string, executed: ExecutedSql, policy: Policy): DynamicCodeSql[] {
  const text = withPlaceholders(executed.value);
  const { findings } = checkSql(`${path}.sql`, text, policy);
  const destructive = findings.find((f) => f.kind === 'destructive' && !f.rollbackOnly);
  if (!destructive) return [];
  return [
    {
      call: executed.call,
      shape: destructive.message.replaceAll(PLACEHOLDER, '…').replaceAll(`"${PLACEHOLDER}"`, '…'),
      span: executed.unit,
      unit: executed.unit,
    },
  ];
}

function withPlaceholders(value: CodeValue): string {
  return value.text.replace(new RegExp(`${UNKNOWN}+`, 'g'), PLACEHOLDER);
}
