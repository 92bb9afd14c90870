import { loadPostgresParser } from '../../../parsers/sql/pg-parser.js';
import { defaultPolicy } from '../../../policy/defaults.js';
import { checkSql } from './checker.js';

export interface SqlFileSummary {
  statements: number;
  /** Statements the Postgres parser rejected and the tokenizer read instead. */
  fallbacks: number;
  findings: number;
}

/** Reads one SQL file the way a check does, for benchmarks and for proving real files never crash it. */
export async function analyseSqlFile(path: string, text: string): Promise<SqlFileSummary> {
  await loadPostgresParser();
  const { analysis, findings } = checkSql(path, text, defaultPolicy());
  return {
    statements: analysis.statements.length,
    fallbacks: analysis.statements.filter((s) => s.parserError !== undefined).length,
    findings: findings.length,
  };
}

/** A finding as the prefilter comparison sees it: rule, span, message and downgrade. */
export interface SqlFindingKey {
  ruleId: string;
  start: number;
  end: number;
  message: string;
  /** Why the finding is downgraded (in the body of a routine the change does not run), if it is. */
  downgradedBecause?: string;
}

/**
 * The findings of one file read both ways: every Postgres statement through the parser
 * (`full`), and only those the prefilter keeps (`filtered`, what a check does). For
 * bench/prefilter-soundness.mjs, which proves the prefilter drops nothing over real input.
 */
export async function sqlFindingsBothWays(
  path: string,
  text: string,
): Promise<{ full: SqlFindingKey[]; filtered: SqlFindingKey[] }> {
  await loadPostgresParser();
  const policy = defaultPolicy();
  const keys = (parseEverything: boolean): SqlFindingKey[] =>
    checkSql(path, text, policy, 'postgres', { parseEverything }).findings.map((f) => ({
      ruleId: f.ruleId,
      start: f.span.start,
      end: f.span.end,
      message: f.message,
      downgradedBecause: f.downgradedBecause,
    }));
  return { full: keys(true), filtered: keys(false) };
}
