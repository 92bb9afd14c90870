import type { Decision, LocatedFinding, Side } from '../core/types.js';
import { largestFitting } from './fitting.js';
import { escapeControls, splitLines } from './escape.js';
import { languageOf } from './code-language.js';
import { codeFence, escapeMarkdown, inlineCode, link } from './markdown-escape.js';
import { agentSummary, describeRequirement, describeSignal, plural, secretWithDestructiveWarning } from './wording.js';

export interface MarkdownOptions {
  /** Where a finding's line can be seen, e.g. the pull request's diff or a blob URL; only http(s) is linked. */
  fileUrl?: (path: string, line: number, side: Side) => string | undefined;
  /** Where a rule's documentation lives, e.g. `docs/rules/<ruleId>.md` on the default branch. */
  ruleUrl?: (ruleId: string) => string | undefined;
  /** GitHub refuses comments over 65,536 characters; snippets, then rows, then notes give way first. */
  maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 65_000;
const MAX_SNIPPET_LINES = 20;
const MAX_SNIPPET_CHARS = 2_000;
const MAX_MESSAGE_CHARS = 1_000;
const MAX_PATH_CHARS = 300;
const MAX_SIGNALS = 10;

interface Shown {
  rows: number;
  snippets: number;
  notes: number;
}

/** A PR comment or job summary, without a trailing newline; every string from the pull request is escaped. */
export function render(decision: Decision, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  // Blocking findings first, so that what a size limit cuts is the least important.
  const findings = [...decision.findings].sort((a, b) => rank(a) - rank(b));
  const withSnippet = findings.filter((f) => f.snippet.trim() !== '');
  const parts = {
    rows: findings.map((f) => tableRow(f, options)),
    snippets: withSnippet.map((f) => snippetBlock(f)),
    notes: decision.notes.map((n) => `- ${escapeMarkdown(truncate(n, MAX_MESSAGE_CHARS))}`),
  };
  const compose = (shown: Shown): string => composeReport(decision, findings.length, parts, shown);

  const shown: Shown = { rows: parts.rows.length, snippets: parts.snippets.length, notes: parts.notes.length };
  const fits = (s: Shown): boolean => compose(s).length <= maxLength;
  for (const key of ['snippets', 'rows', 'notes'] as const) {
    if (fits(shown)) break;
    shown[key] = largestFitting(shown[key], (n) => fits({ ...shown, [key]: n }));
  }
  const out = compose(shown);
  if (out.length <= maxLength) return out;
  const cut = '\n\n_(cut at the size limit)_';
  return out.slice(0, Math.max(0, maxLength - cut.length)) + cut;
}

function rank(f: LocatedFinding): number {
  return f.blocking ? 0 : f.rollbackOnly ? 2 : 1;
}

function composeReport(
  decision: Decision,
  total: number,
  parts: { rows: string[]; snippets: string[]; notes: string[] },
  shown: Shown,
): string {
  const blocking = decision.findings.filter((f) => f.blocking).length;
  const sections: string[] = [
    decision.verdict === 'block' ? '### ⛔ two-key: blocked' : '### ✅ two-key: allowed',
    total === 0 ? 'No findings.' : `${plural(total, 'finding')}, ${blocking} blocking.`,
  ];
  const warning = secretWithDestructiveWarning(decision);
  if (warning) sections.splice(1, 0, `> **${escapeMarkdown(warning)}**`);
  if (decision.requirements.length > 0) {
    sections.push(
      [
        '**Needs before merge:**',
        ...decision.requirements.map((r) => `- ${escapeMarkdown(describeRequirement(r))}`),
      ].join('\n'),
    );
  }
  if (shown.rows > 0) {
    sections.push(
      [
        '| Kind | Rule | Location | Blocks | Message |',
        '| --- | --- | --- | --- | --- |',
        ...parts.rows.slice(0, shown.rows),
      ].join('\n'),
    );
  }
  sections.push(...parts.snippets.slice(0, shown.snippets));
  const left = [
    ...(shown.rows < parts.rows.length ? [plural(parts.rows.length - shown.rows, 'finding')] : []),
    ...(shown.snippets < parts.snippets.length ? [plural(parts.snippets.length - shown.snippets, 'snippet')] : []),
    ...(shown.notes < parts.notes.length ? [plural(parts.notes.length - shown.notes, 'note')] : []),
  ];
  if (left.length > 0) {
    sections.push(`_Left out to fit the size limit: ${left.join(', ')}. The job log and \`two-key check\` show all._`);
  }
  sections.push(agentLine(decision));
  if (shown.notes > 0) sections.push(['**Notes:**', ...parts.notes.slice(0, shown.notes)].join('\n'));
  return sections.join('\n\n');
}

function tableRow(f: LocatedFinding, options: MarkdownOptions): string {
  const location = `${truncate(f.path, MAX_PATH_CHARS)}:${f.line}${f.side === 'base' ? ' (base)' : ''}`;
  const cells = [
    f.kind,
    link(inlineCode(f.ruleId, true), options.ruleUrl?.(f.ruleId)),
    link(escapeMarkdown(location), options.fileUrl?.(f.path, f.line, f.side)),
    f.blocking
      ? 'yes'
      : f.rollbackOnly
        ? 'no (rollback only)'
        : f.downgradedBecause
          ? `no (${escapeMarkdown(truncate(f.downgradedBecause, MAX_MESSAGE_CHARS))})`
          : 'no',
    escapeMarkdown(truncate(f.message, MAX_MESSAGE_CHARS)),
  ];
  return `| ${cells.join(' | ')} |`;
}

function snippetBlock(f: LocatedFinding): string {
  const lines = splitLines(f.snippet.replace(/\n+$/, '')).map(escapeControls);
  let body = lines.slice(0, MAX_SNIPPET_LINES).join('\n');
  let shortened = lines.length > MAX_SNIPPET_LINES;
  if (body.length > MAX_SNIPPET_CHARS) {
    body = body.slice(0, MAX_SNIPPET_CHARS);
    shortened = true;
  }
  const fence = codeFence(body);
  const title = `**${escapeMarkdown(`${truncate(f.path, MAX_PATH_CHARS)}:${f.line}`)}** ${inlineCode(f.ruleId)}`;
  const note = shortened ? '\n\n_(snippet shortened)_' : '';
  return `${title}\n\n${fence}${languageOf(f.path)}\n${body}\n${fence}${note}`;
}

function agentLine(decision: Decision): string {
  const signals = decision.agent.signals.slice(0, MAX_SIGNALS).map((s) => escapeMarkdown(describeSignal(s)));
  const extra = decision.agent.signals.length - signals.length;
  if (extra > 0) signals.push(`${extra} more`);
  const detail = signals.length > 0 ? ` (${signals.join('; ')})` : '';
  return `**Agent authorship:** ${agentSummary(decision.agent)}${detail}`;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
