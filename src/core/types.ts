/** What a finding is about: see DESIGN.md "What it checks". */
export type FindingKind = 'destructive' | 'production' | 'protection' | 'secret';

/** How a rule's findings weigh on the verdict unless the policy says otherwise. */
export type Severity = 'block' | 'warn' | 'off';

export type Side = 'head' | 'base';

export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed';

/** Half-open range of UTF-16 offsets into one version of a file's text. */
export interface Span {
  start: number;
  end: number;
}

/** Inclusive, 1-based range of lines. */
export interface LineRange {
  start: number;
  end: number;
}

export interface ChangedFile {
  path: string;
  /** Path on the base side when the file was renamed. */
  previousPath?: string;
  status: FileStatus;
  /** Undefined when the file does not exist on that side. */
  baseText?: string;
  headText?: string;
  /** Lines the change added or modified in the head version. */
  headChangedLines: LineRange[];
  /** Lines the change removed or modified in the base version. */
  baseChangedLines: LineRange[];
  /** Set when the file could not be read as text; the engine reports why instead of checking it. */
  unreadable?: string;
  binary?: boolean;
}

export interface Commit {
  sha: string;
  authorName: string;
  authorEmail: string;
  committerName?: string;
  committerEmail?: string;
  message: string;
}

export interface UnchangedFile {
  path: string;
  text: string;
}

export interface ChangeSet {
  /** Resolved commits the change goes from and to, when known; the policy is read at the base. */
  baseSha?: string;
  headSha?: string;
  files: ChangedFile[];
  /**
   * Files the change does not touch, as the head tree has them (identical on the base side),
   * beside changed files whose meaning spans a directory: the other `.tf` and `.tfvars` files of
   * a changed Terraform module, and the files a changed script sources or a changed Makefile
   * includes (engine/referenced-files.ts). Read by the CLI from the repository; absent when unknown.
   */
  neighbours?: UnchangedFile[];
  commits: Commit[];
  prAuthor?: string;
  branch?: string;
  prBody?: string;
  /**
   * The base commit's workflow files (`.github/workflows/*.yml`), when the caller read them: the
   * guard rules find there which workflows the gate's `workflow_run` trigger waits for.
   */
  baseWorkflows?: { path: string; text: string }[];
  /**
   * Reads the base tree beyond the changed files (a schema, earlier migrations), when the caller
   * has it. Absent, or undefined for a path, means unknown: readers then judge as if blind.
   */
  baseTree?: BaseTree;
}

/** Files of the base commit, for judging a change against what the repository holds now. */
export interface BaseTree {
  /** Paths of the base tree under a folder (recursive), or everything when the folder is empty. */
  list(folder: string): string[];
  /** A base file's text, or undefined when it is absent or not text. */
  read(path: string): string | undefined;
}

/** A finding as it appears in the JSON output (DESIGN.md). */
export interface Finding {
  ruleId: string;
  kind: FindingKind;
  blocking: boolean;
  rollbackOnly: boolean;
  path: string;
  line: number;
  side: Side;
  message: string;
  snippet: string;
  /**
   * Why a finding that would block does not: a preview or local target, read-only work against
   * production, a routine the change only defines, a published sample key. Absent otherwise; kept
   * so a reviewer sees what was let through and can disagree.
   */
  downgradedBecause?: string;
}

export interface AgentSignal {
  kind: 'login' | 'trailer' | 'email' | 'branch' | 'body';
  value: string;
  agent?: string;
}

export interface AgentReport {
  detected: boolean;
  signals: AgentSignal[];
}

export interface Requirement {
  reason: string;
  approvals: number;
  from: string[];
}

export type Verdict = 'allow' | 'block';

export interface Decision {
  verdict: Verdict;
  agent: AgentReport;
  findings: LocatedFinding[];
  requirements: Requirement[];
  /** Things a reader should know that are not findings: skipped binaries, parser fallbacks. */
  notes: string[];
}

/** A finding with the position details the text and SARIF renderers need; JSON keeps only Finding's fields. */
export interface LocatedFinding extends Finding {
  /** 1-based column of the first flagged character, and the inclusive end position. */
  column: number;
  endLine: number;
  endColumn: number;
  /** The source lines from `line` to `endLine`, for carets under the flagged text. */
  sourceLines: string[];
}
