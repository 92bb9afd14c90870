import { detectAgent } from '../authorship/detect.js';
import { isIncluded, isNonBlocking, isRollbackPath } from '../policy/paths.js';
import type { Policy } from '../core/policy-schema.js';
import { families } from '../rules/families.js';
import { withoutCovered } from '../rules/universal/lib/covered.js';
import { unreadNote } from '../rules/universal/lib/unread.js';
import type { ChangeContext, CheckedFile, FamilyChecker, RawFinding } from '../core/checker.js';
import { decide } from './decision.js';
import { onePerConstruct, type ReadFinding } from './one-per-construct.js';
import { checkFiles } from './pool.js';
import { isRefineryUnversioned } from './refinery-unversioned.js';
import { couldRun, judgedWhole, renameChangesHowItRuns } from './runnable-path.js';
import type { LocatedContext } from '../core/environment.js';
import { LineIndex, lineInRanges, rangesIntersect } from '../core/lines.js';
import { maskSpans, scrub, secretFragments } from './redaction.js';
import { findSuppressions, suppressionFor } from './suppression.js';
import { keptSuppressions, readBaseApprovals, unitHash, type BaseApprovals } from './suppression-binding.js';
import type { ChangedFile, ChangeSet, Decision, LocatedFinding, Severity, Span } from '../core/types.js';

/** A finding before the policy weighs it, with what the policy needs to know. */
export interface EngineFinding extends LocatedFinding {
  severity: Severity;
  /** Identifies the statement or command, so findings on the same one can be weighed together. */
  unitKey: string;
  /** The statement, command, step or job in the file's text on `side`: findings whose units overlap are weighed together. */
  unitSpan?: Span;
}

/** Families that judge what a file destroys; secrets, guard files and the universal net do not read it precisely. */
const READS_DESTRUCTION = new Set(['sql', 'orm', 'shell', 'iac', 'code', 'env']);

/** Checks a change set against a policy: pure apart from loading parsers the files need. */
export async function check(changeSet: ChangeSet, policy: Policy, options: CheckOptions = {}): Promise<Decision> {
  const notes: string[] = [];
  const findings: EngineFinding[] = [];
  const secrets: string[] = [];
  const context = {
    files: changeSet.files,
    neighbours: changeSet.neighbours ?? [],
    ...(changeSet.baseTree ? { baseTree: changeSet.baseTree } : {}),
    ...(changeSet.baseWorkflows ? { baseWorkflows: changeSet.baseWorkflows } : {}),
  };
  const contexts: LocatedContext[] = [];
  const unread: { path: string; scanned: boolean }[] = [];
  // Files are read one by one, or by a pool of workers on a large change; either way the outcomes
  // are merged in the change's order, so the report is the same.
  for (const outcome of await checkFiles(changeSet.files, policy, context, options.workers, checkFile)) {
    notes.push(...outcome.notes);
    findings.push(...outcome.findings);
    secrets.push(...outcome.secrets);
    contexts.push(...outcome.contexts);
    if (outcome.unread) unread.push(outcome.unread);
  }
  notes.push(...unreadNote(unread));
  const agent = detectAgent(
    { prAuthor: changeSet.prAuthor, branch: changeSet.branch, prBody: changeSet.prBody, commits: changeSet.commits },
    policy.agents,
  );
  const fragments = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  return decide(
    findings.map((f) => redacted(f, fragments)),
    agent,
    policy,
    notes.map((n) => scrub(n, fragments)),
    contexts,
  );
}

export interface CheckOptions {
  /** Worker threads for a large change: a number, or `auto` (the default) to use the machine's cores. */
  workers?: number | 'auto';
}

/** What one file adds to the report, in the order the engine reports it. */
export interface FileOutcome {
  notes: string[];
  findings: EngineFinding[];
  /** Fragments of secrets found in the file, to mask wherever they are quoted. */
  secrets: string[];
  contexts: LocatedContext[];
  /** Set when no family reads what the file destroys. */
  unread?: { path: string; scanned: boolean };
}

/** Reads one changed file with every family that applies to it. */
export async function checkFile(changed: ChangedFile, policy: Policy, context: ChangeContext): Promise<FileOutcome> {
  const outcome: FileOutcome = { notes: [], findings: [], secrets: [], contexts: [] };
  const { notes, findings, secrets, contexts } = outcome;
  if (!isIncluded(policy, changed.path)) return outcome;
  const file = renameChangesHowItRuns(changed, policy) ? judgedWhole(changed) : changed;
  // Fail closed for files a precise family would read or a deploy could run; anything else
  // cannot hide a migration or a command.
  const mustRead =
    couldRun(file.path) || families.some((c) => c.family !== 'universal' && c.appliesTo(file.path, '', policy));
  if (file.binary && !mustRead) {
    notes.push(`${file.path}: binary file, not checked`);
    return outcome;
  }
  if (file.binary || file.unreadable !== undefined) {
    const reason = file.unreadable ?? (file.binary === true ? 'is binary (it holds a NUL byte)' : 'is binary');
    if (mustRead) findings.push(...unreadable(file, reason, policy));
    else notes.push(`${file.path}: ${reason}, not checked`);
    return outcome;
  }
  const text = file.headText ?? file.baseText;
  if (text === undefined) return outcome;
  const applying = families.filter(
    (c) => c.appliesTo(file.path, text, policy) || c.appliesInContext?.(file.path, text, context, policy),
  );
  if (!applying.some((c) => READS_DESTRUCTION.has(c.family))) {
    outcome.unread = { path: file.path, scanned: applying.some((c) => c.family === 'universal') };
  }
  if (applying.length === 0) return outcome;
  const input = checkedFile(file);
  const read: ReadFinding[] = [];
  const readers: FamilyChecker[] = [];
  for (const family of applying) {
    try {
      // A family's code is imported with its first file: a change without one never loads it.
      const checker = await family.load();
      readers.push(checker);
      await checker.prepare(input, policy, context);
      const result = checker.check(input, policy, context);
      notes.push(...result.notes);
      for (const c of result.contexts ?? []) contexts.push({ ...c, path: file.path });
      for (const finding of result.findings) read.push({ finding, family: checker.family });
    } catch (error) {
      findings.push(
        ...unreadable(file, `could not be read by the ${family.family} checker: ${(error as Error).message}`, policy),
      );
    }
  }
  const raw = onePerConstruct(read, (ruleId) => (policy.rules[ruleId] ?? 'block') === 'off');
  // A secret is never shown: every finding of the file is located on text with its secrets masked.
  const secretSpans = raw.filter((f) => f.kind === 'secret' && f.side !== 'base').map((f) => f.span);
  for (const span of secretSpans) secrets.push(...secretFragments(input.text.slice(span.start, span.end)));
  // A suppression kept from the base silences only the unit it approved there, so read what that was.
  const approvals =
    file.baseText !== undefined && keptSuppressions(input.text, file.headChangedLines).length > 0
      ? await readBaseApprovals(file, readers, policy, context)
      : undefined;
  const kept = withoutCovered(dedupe(raw), input.text, input.baseText);
  findings.push(...locate(file, kept, policy, maskSpans(input.text, secretSpans), approvals, notes, context));
  return outcome;
}

/** A secret found in one file can be quoted by a finding elsewhere (a URL in a command, a key in a message). */
function redacted(f: EngineFinding, fragments: readonly string[]): EngineFinding {
  if (fragments.length === 0) return f;
  return {
    ...f,
    message: scrub(f.message, fragments),
    snippet: scrub(f.snippet, fragments),
    sourceLines: f.sourceLines.map((line) => scrub(line, fragments)),
  };
}

function checkedFile(file: ChangedFile): CheckedFile {
  const input: CheckedFile = { path: file.path, text: file.headText ?? '', status: file.status };
  if (file.baseText !== undefined) input.baseText = file.baseText;
  if (file.previousPath !== undefined) input.previousPath = file.previousPath;
  return input;
}

/** Two families may flag the same thing (a script is shell and sniffed SQL); one finding is enough. */
function dedupe(raw: RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  return raw.filter((f) => {
    const key = `${f.ruleId}:${f.side ?? 'head'}:${f.span.start}:${f.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Keeps findings on lines the change touched, and applies path conventions and suppressions. */
function locate(
  file: ChangedFile,
  raw: RawFinding[],
  policy: Policy,
  maskedHead: string,
  approvals: BaseApprovals | undefined,
  notes: string[],
  context: ChangeContext,
): EngineFinding[] {
  const head = file.headText === undefined ? undefined : new LineIndex(maskedHead);
  const base = file.baseText === undefined ? undefined : new LineIndex(file.baseText);
  const suppressions = file.headText === undefined ? [] : findSuppressions(file.headText);
  // A refinery `U{n}__` migration runs forward, though Flyway's undo glob matches its name.
  const rollbackFile = isRollbackPath(policy, file.path) && !isRefineryUnversioned(file.path, context);
  const nonBlockingPath = isNonBlocking(policy, file.path);
  const out: EngineFinding[] = [];
  const reportedSuppressions = new Set<number>();
  for (const f of raw) {
    const side = f.side ?? 'head';
    const lines = side === 'base' ? base : head;
    if (!lines) continue;
    const changed = side === 'base' ? file.baseChangedLines : file.headChangedLines;
    const spanLines = lines.lineRangeOf(f.span);
    const unitLines = lines.lineRangeOf(f.unit);
    if (!rangesIntersect(spanLines, changed) && !rangesIntersect(unitLines, changed)) continue;
    const severity = policy.rules[f.ruleId] ?? f.defaultSeverity;
    if (severity === 'off') continue;
    const located = { ...toLocated(file.path, lines, f, rollbackFile || f.rollbackOnly), side };
    const weighed = {
      ...located,
      blocking: severity === 'block' && !located.rollbackOnly && !nonBlockingPath && !f.downgradedBecause,
      severity: nonBlockingPath ? ('warn' as const) : severity,
      unitKey: `${file.path}:${side}:${f.unit.start}`,
      unitSpan: f.unit,
    };
    // What the change removes cannot carry a suppression the change still has.
    if (side === 'base') {
      out.push(weighed);
      continue;
    }
    const suppression = suppressionFor(suppressions, f.ruleId, spanLines.start, unitLines.start, lines);
    // A suppression kept from the base was approved with the unit under it there, and silences only that unit.
    if (suppression && !lineInRanges(suppression.line, changed)) {
      const baseLine = approvals?.baseLineOf(suppression.line);
      const hash = unitHash(file.headText ?? '', f.unit);
      if (baseLine !== undefined && approvals?.approves(baseLine, f.ruleId, hash)) continue;
      const stale = `the two-key: allow on line ${suppression.line} no longer matches: it approved a different statement, so it silences nothing`;
      const note = `${file.path}:${suppression.line}: stale suppression of ${f.ruleId}: what it covers changed since it was approved`;
      if (!notes.includes(note)) notes.push(note);
      out.push({ ...weighed, message: `${weighed.message} (${stale})` });
      continue;
    }
    if (suppression && !reportedSuppressions.has(suppression.line)) {
      reportedSuppressions.add(suppression.line);
      out.push(addedSuppression(file.path, lines, suppression.line, f.ruleId, suppression.reason, policy));
    }
    if (suppression && policy.suppressions.allowAdded) continue;
    out.push(weighed);
  }
  return out;
}

function toLocated(path: string, lines: LineIndex, f: RawFinding, rollbackOnly: boolean): LocatedFinding {
  const start = lines.lineOf(f.span.start);
  const endOffset = Math.max(f.span.start, f.span.end - 1);
  const end = lines.lineOf(endOffset);
  const sourceLines = Array.from({ length: end - start + 1 }, (_, i) => lines.line(start + i));
  return {
    ruleId: f.ruleId,
    kind: f.kind,
    blocking: false,
    rollbackOnly,
    path,
    line: start,
    side: 'head',
    message: f.message,
    snippet: snippetOf(lines, start, end),
    ...(f.downgradedBecause ? { downgradedBecause: f.downgradedBecause } : {}),
    column: lines.columnOf(f.span.start),
    endLine: end,
    endColumn: lines.columnOf(endOffset),
    sourceLines,
  };
}

function snippetOf(lines: LineIndex, start: number, end: number): string {
  const text = Array.from({ length: Math.min(end, start + 2) - start + 1 }, (_, i) =>
    lines.line(start + i).trim(),
  ).join('\n');
  return text.length > 300 ? text.slice(0, 299) + '…' : text;
}

function addedSuppression(
  path: string,
  lines: LineIndex,
  line: number,
  ruleId: string,
  reason: string,
  policy: Policy,
): EngineFinding {
  const source = lines.line(line);
  return {
    ruleId: 'core/added-suppression',
    kind: 'protection',
    blocking: !policy.suppressions.allowAdded,
    rollbackOnly: false,
    path,
    line,
    side: 'head',
    message: `this change adds a suppression of ${ruleId}${reason ? ` (${reason})` : ''}; a suppression the change writes itself still needs approval`,
    snippet: source.trim(),
    column: 1,
    endLine: line,
    endColumn: Math.max(1, source.length),
    sourceLines: [source],
    severity: policy.suppressions.allowAdded ? 'warn' : 'block',
    unitKey: `${path}:suppression:${line}`,
  };
}

function unreadable(file: ChangedFile, reason: string, policy: Policy): EngineFinding[] {
  const severity = policy.rules['core/unreadable-file'] ?? 'block';
  if (severity === 'off') return [];
  const finding: EngineFinding = {
    ruleId: 'core/unreadable-file',
    kind: 'destructive',
    blocking: severity === 'block',
    rollbackOnly: false,
    path: file.path,
    line: 1,
    side: file.headText === undefined && file.status === 'removed' ? 'base' : 'head',
    message: `${file.path} ${reason}; two-key cannot check it, so it needs approval`,
    snippet: '',
    column: 1,
    endLine: 1,
    endColumn: 1,
    sourceLines: [],
    severity,
    unitKey: `${file.path}:unreadable`,
  };
  return [finding];
}
