import type { CheckedFile } from '../../../core/checker.js';
import type { SqlAnalysis } from '../../../parsers/sql/analyse.js';

/**
 * What the SQL family read in each file it checked, for the universal net that runs after it. A
 * module of its own, so the net asks without loading the SQL family.
 */
const analysed = new WeakMap<CheckedFile, SqlAnalysis>();

export function recordSqlAnalysis(file: CheckedFile, analysis: SqlAnalysis): void {
  analysed.set(file, analysis);
}

/** The statements the SQL family found in a file, when it read the file. */
export function sqlAnalysisOf(file: CheckedFile): SqlAnalysis | undefined {
  return analysed.get(file);
}
