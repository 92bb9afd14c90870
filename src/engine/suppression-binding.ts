import { createHash } from 'node:crypto';
import { diffLines } from '../parsers/diff.js';
import type { ChangeContext, CheckedFile, FamilyChecker, RawFinding } from '../core/checker.js';
import { LineIndex, lineInRanges } from '../core/lines.js';
import { findSuppressions, suppressionFor, type Suppression } from './suppression.js';
import type { Policy } from '../core/policy-schema.js';
import type { ChangedFile, LineRange, Span } from '../core/types.js';

/**
 * What the suppressions on the base branch approved: for each base suppression, the hashes of the
 * units (statement, command, block) it covered there, per rule. A suppression that the change
 * leaves in place silences a finding only when the unit under it is still one of those.
 */
export interface BaseApprovals {
  /** The base line a head line came from, when the change left that line as it was. */
  baseLineOf(headLine: number): number | undefined;
  approves(baseSuppressionLine: number, ruleId: string, unitHash: string): boolean;
}

/** Whitespace and line breaks do not change what a statement does; anything else does. */
export function unitHash(text: string, unit: Span): string {
  const normalised = text.slice(unit.start, unit.end).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

/** Suppressions on lines the change left alone: the ones that came from the base branch. */
export function keptSuppressions(headText: string, headChanged: readonly LineRange[]): Suppression[] {
  return findSuppressions(headText).filter((s) => !lineInRanges(s.line, headChanged));
}

/**
 * Runs the file's readers over its base version to learn which units each base suppression
 * covered there. Only called for a file that keeps a suppression from the base.
 */
export async function readBaseApprovals(
  file: ChangedFile,
  readers: readonly FamilyChecker[],
  policy: Policy,
  context: ChangeContext,
): Promise<BaseApprovals> {
  const baseText = file.baseText ?? '';
  const baseInput: CheckedFile = { path: file.previousPath ?? file.path, text: baseText, status: 'added' };
  const raw: RawFinding[] = [];
  for (const reader of readers) {
    try {
      await reader.prepare(baseInput, policy, context);
      raw.push(...reader.check(baseInput, policy, context).findings);
    } catch {
      // A base version a reader cannot read approved nothing it can name: every finding stays.
    }
  }
  const lines = new LineIndex(baseText);
  const suppressions = findSuppressions(baseText);
  const approved = new Map<string, Set<string>>();
  for (const f of raw) {
    if (f.side === 'base') continue;
    const s = suppressionFor(suppressions, f.ruleId, lines.lineOf(f.span.start), lines.lineOf(f.unit.start), lines);
    if (!s) continue;
    const key = `${s.line}:${f.ruleId}`;
    const set = approved.get(key) ?? new Set<string>();
    set.add(unitHash(baseText, f.unit));
    approved.set(key, set);
  }
  const lineMap = unchangedLineMap(baseText, file.headText ?? '');
  return {
    baseLineOf: (headLine) => lineMap.get(headLine),
    approves: (baseLine, ruleId, hash) => approved.get(`${baseLine}:${ruleId}`)?.has(hash) ?? false,
  };
}

/** Head line -> base line, for the lines a line diff of the two versions leaves unchanged. */
function unchangedLineMap(baseText: string, headText: string): Map<number, number> {
  const { baseChangedLines, headChangedLines } = diffLines(baseText, headText);
  const baseCount = new LineIndex(baseText).lineCount;
  const headCount = new LineIndex(headText).lineCount;
  const map = new Map<number, number>();
  let baseLine = 1;
  for (let headLine = 1; headLine <= headCount; headLine++) {
    if (lineInRanges(headLine, headChangedLines)) continue;
    while (baseLine <= baseCount && lineInRanges(baseLine, baseChangedLines)) baseLine++;
    if (baseLine > baseCount) break;
    map.set(headLine, baseLine++);
  }
  return map;
}
