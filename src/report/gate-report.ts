import type { ApprovalTree } from '../core/approval-types.js';
import { largestFitting } from './fitting.js';
import type { Decision, LocatedFinding, Side } from '../core/types.js';
import { renderApprovalTree } from './approval-tree.js';
import { languageOf } from './code-language.js';
import { escapeControls, splitLines } from './escape.js';
import { codeFence, escapeMarkdown, inlineCode, link } from './markdown-escape.js';
import { bySeverity, severityRank } from './severity.js';
import { gatePasses, gateSentence } from './status.js';
import { ruleDocUrl } from './rule-docs.js';
import { VERSION } from '../core/version.js';
import { describeSignal, plural, secretWarning } from './wording.js';

export interface GateReportOptions {
  /** The head commit the verdict is for; shown so a reader knows which push was checked. */
  headSha: string;
  /** The workflow run that wrote the report; only http(s) is linked. */
  runUrl?: string;
  /** Where a finding's line can be seen (the pull request's diff, a blob URL); only http(s) is linked. */
  fileUrl?: (path: string, line: number, side: Side) => string | undefined;
  /** Where a rule's page is; by default its page at the running version (rule-docs.ts). */
  ruleUrl?: (ruleId: string) => string | undefined;
}

/** How one medium bounds a report: its size limit, how it counts size, where a reader finds what was cut. */
export interface ReportLimits {
  maxSize: number;
  measure: (text: string) => number;
  /** Completes `truncated: N more findings, ...`. */
  seeAlso: string;
}

const MAX_SNIPPET_LINES = 20;
const MAX_SNIPPET_CHARS = 2_000;
const MAX_MESSAGE_CHARS = 1_000;
const MAX_PATH_CHARS = 300;
const MAX_NOTE_CHARS = 1_000;
const MAX_SIGNALS = 10;
const MAX_SIGNAL_CHARS = 200;

/**
 * The Markdown a reviewer reads: verdict, approvals, agent signals, findings grouped by file with
 * links and fenced snippets, notes. When it is over the limit, whole findings are left out from the
 * least severe up (never a cut inside a fence), then notes, and a line says how many and where to look.
 */
export function renderGateReport(
  decision: Decision,
  tree: ApprovalTree,
  options: GateReportOptions,
  limits: ReportLimits,
  extraSections: string[] = [],
): string {
  const findings = bySeverity(decision.findings);
  const blocks = findings.map((f) => findingBlock(f, options));
  const notes = decision.notes.map((n) => `- ${escapeMarkdown(truncate(n, MAX_NOTE_CHARS))}`);
  // An allowed pull request with nothing to approve has no approvals to show.
  const showApprovals = decision.verdict === 'block' || decision.requirements.length > 0;
  const warning = secretWarning(decision);
  const fixedTop = [
    header(decision, tree),
    ...(warning ? [`> **⚠️ ${escapeMarkdown(warning)}**`] : []),
    ...(showApprovals ? [renderApprovalTree(tree)] : []),
    agentSection(decision),
  ];
  const footer = [
    ...(decision.verdict === 'block' && !gatePasses(decision, tree) ? [HOW_TO_PROCEED] : []),
    footerLine(options),
  ].join('\n\n');

  const compose = (shownFindings: number, shownNotes: number): string => {
    const sections = [...fixedTop];
    if (findings.length > 0) sections.push(findingsSection(findings.slice(0, shownFindings), blocks));
    const cut = findings.length - shownFindings;
    if (cut > 0) sections.push(`**truncated: ${plural(cut, 'more finding')}, ${limits.seeAlso}.**`);
    if (notes.length > 0) {
      const noteLines = notes.slice(0, shownNotes);
      const more = notes.length - shownNotes;
      if (more > 0) noteLines.push(`- truncated: ${plural(more, 'more note')}, ${limits.seeAlso}.`);
      sections.push(folded(`${plural(notes.length, 'note')} (files not read, parser fallbacks)`, noteLines.join('\n')));
    }
    sections.push(...extraSections, footer);
    return sections.join('\n\n');
  };
  const fits = (text: string): boolean => limits.measure(text) <= limits.maxSize;

  const all = compose(findings.length, notes.length);
  if (fits(all)) return all;
  const shownFindings = largestFitting(findings.length, (n) => fits(compose(n, 0)));
  const shownNotes = largestFitting(notes.length, (n) => fits(compose(shownFindings, n)));
  const out = compose(shownFindings, shownNotes);
  if (fits(out)) return out;
  // Only a pathological tree or footer gets here: the verdict alone still fits.
  return [header(decision), `**truncated: the report is over the size limit, ${limits.seeAlso}.**`].join('\n\n');
}

/** The verdict and the count; who must approve is said once, in the approvals that follow. */
function header(decision: Decision, tree?: ApprovalTree): string {
  const blocking = decision.findings.filter((f) => f.blocking).length;
  const title =
    decision.verdict === 'allow'
      ? '### ✅ two-key: no blocking findings'
      : tree && gatePasses(decision, tree)
        ? '### ✅ two-key: approved'
        : '### ⛔ two-key: needs approval';
  const count =
    decision.findings.length === 0
      ? 'No findings.'
      : `${plural(decision.findings.length, 'finding')}, ${blocking} blocking.`;
  // With no requirement there is no approvals section to say why the block cannot be lifted.
  const unliftable = decision.verdict === 'block' && decision.requirements.length === 0;
  const lead = unliftable && tree ? `**${escapeMarkdown(gateSentence(decision, tree))}** · ` : '';
  return `${title}\n\n${lead}${count}`;
}

const HOW_TO_PROCEED = [
  '#### How to proceed',
  '- **Approve:** a reviewer who counts (see Approvals) approves the current head commit; two-key checks again on the review.',
  '- **Or change it:** push a commit without the blocking findings; two-key checks again on the push.',
  '- **Or suppress one intended finding:** on the line above it, write `two-key: allow RULE-ID -- REASON` in the file’s comment syntax (`--` in SQL, `#` in shell, YAML, Python and Ruby, `//` in JavaScript and Go). A suppression the pull request adds is itself a finding that needs the same approval, and it covers only the statement it was written over.',
].join('\n');

/**
 * A section a reader opens when they want it; the blank lines let GitHub render Markdown inside.
 * The summary is HTML, not Markdown, and only ever our own words and counts.
 */
function folded(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function agentSection(decision: Decision): string {
  const { agent } = decision;
  if (!agent.detected) return '**Agent authorship:** not detected.';
  const signals = agent.signals
    .slice(0, MAX_SIGNALS)
    .map((s) => `- ${escapeMarkdown(truncate(describeSignal(s), MAX_SIGNAL_CHARS))}`);
  const more = agent.signals.length - signals.length;
  if (more > 0) signals.push(`- and ${plural(more, 'more signal')}`);
  return ['**Agent authorship:** detected.', ...signals].join('\n');
}

/**
 * The shown findings (a prefix of the severity order), grouped by file in the order of each file's
 * most severe one; those that do not block (warnings, rollback-only, tests) folded below.
 */
function findingsSection(shown: LocatedFinding[], blocks: string[]): string {
  const grouped = (which: (f: LocatedFinding) => boolean): string[] => {
    const byFile = new Map<string, string[]>();
    shown.forEach((finding, i) => {
      if (!which(finding)) return;
      const group = byFile.get(finding.path) ?? [];
      group.push(blocks[i]!);
      byFile.set(finding.path, group);
    });
    return [...byFile].flatMap(([path, group]) => [
      `##### 📄 ${escapeMarkdown(truncate(path, MAX_PATH_CHARS))}`,
      ...group,
    ]);
  };
  const blocking = grouped((f) => f.blocking);
  const rest = grouped((f) => !f.blocking);
  const parts = blocking.length > 0 ? ['#### Findings that block', ...blocking] : [];
  const others = shown.filter((f) => !f.blocking).length;
  if (others > 0)
    parts.push(
      folded(
        `${plural(others, 'finding')} that ${others === 1 ? 'does' : 'do'} not block (warnings, rollback-only, tests)`,
        rest.join('\n\n'),
      ),
    );
  return parts.join('\n\n');
}

const MARKS = ['⛔', '⛔', '⚠️', '↩️'];

function findingBlock(f: LocatedFinding, options: GateReportOptions): string {
  const where = f.side === 'base' ? `removed line ${f.line}` : `line ${f.line}`;
  const weight = f.blocking
    ? 'blocking'
    : f.rollbackOnly
      ? 'rollback only, not blocking'
      : f.downgradedBecause
        ? `not blocking: ${escapeMarkdown(truncate(f.downgradedBecause, MAX_MESSAGE_CHARS))}`
        : 'not blocking';
  const rule = link(inlineCode(f.ruleId), (options.ruleUrl ?? ruleDocUrl)(f.ruleId));
  const title = `${MARKS[severityRank(f)]} **${link(where, options.fileUrl?.(f.path, f.line, f.side))}** ${rule} (${f.kind}, ${weight}): ${escapeMarkdown(
    truncate(f.message, MAX_MESSAGE_CHARS),
  )}`;
  return f.snippet.trim() === '' ? title : `${title}\n\n${snippetFence(f)}`;
}

/** The snippet in a fence longer than any backtick run inside it, so nothing in it can close the block. */
function snippetFence(f: LocatedFinding): string {
  const lines = splitLines(f.snippet.replace(/\n+$/, '')).map(escapeControls);
  let body = lines.slice(0, MAX_SNIPPET_LINES).join('\n');
  let shortened = lines.length > MAX_SNIPPET_LINES;
  if (body.length > MAX_SNIPPET_CHARS) {
    body = Array.from(body).slice(0, MAX_SNIPPET_CHARS).join('');
    shortened = true;
  }
  const fence = codeFence(body);
  return `${fence}${languageOf(f.path)}\n${body}\n${fence}${shortened ? '\n\n_(snippet shortened)_' : ''}`;
}

function footerLine(options: GateReportOptions): string {
  const head = options.headSha === '' ? '' : ` checked head ${inlineCode(options.headSha.slice(0, 7))}`;
  const run = options.runUrl === undefined ? '' : ` · ${link('workflow run', options.runUrl)}`;
  return `<sub>two-key ${VERSION}${head}${run}</sub>`;
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Size in UTF-8 bytes, as GitHub counts the job summary. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
