import { loadPostgresParser } from '../../parsers/sql/pg-parser.js';
import { defaultPolicy } from '../../policy/defaults.js';
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
