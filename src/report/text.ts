import type { Decision, LocatedFinding } from '../core/types.js';
import { escapeControls, stripCarriageReturn, splitLines } from './escape.js';
import { layoutLine } from './width.js';
import { agentSummary, describeSignal, plural, secretWithDestructiveWarning, verdictSentence } from './wording.js';

export interface TextOptions {
  /** ANSI colour; the CLI passes `process.stdout.isTTY`. Off unless exactly true. */
  color?: boolean;
}

/** Lines of a multi-line span shown before the rest is summarised. */
const MAX_SPAN_LINES = 5;

type Style = (text: string) => string;

interface Palette {
  bold: Style;
  dim: Style;
  red: Style;
  yellow: Style;
  green: Style;
  cyan: Style;
  blue: Style;
}

function sgr(open: string): Style {
  return (text) => (text === '' ? '' : `\u001b[${open}m${text}\u001b[0m`);
}

const plain: Style = (text) => text;
const PLAIN: Palette = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain, blue: plain };
const ANSI: Palette = {
  bold: sgr('1'),
  dim: sgr('2'),
  red: sgr('1;31'),
  yellow: sgr('33'),
  green: sgr('1;32'),
  cyan: sgr('36'),
  blue: sgr('34'),
};

/** A squawk-like report for a terminal, without a trailing newline. */
export function render(decision: Decision, options: TextOptions = {}): string {
  const p = options.color === true ? ANSI : PLAIN;
  const blocks = decision.findings.map((f) => renderFinding(f, p));
  const tail = [p[decision.verdict === 'block' ? 'red' : 'green'](escapeControls(verdictSentence(decision)))];
  const signals = decision.agent.signals.map((s) => escapeControls(describeSignal(s)));
  tail.push(`agent: ${agentSummary(decision.agent)}${signals.length > 0 ? ` (${signals.join('; ')})` : ''}`);
  for (const note of decision.notes) tail.push(`${p.dim('note:')} ${escapeControls(note)}`);
  const warning = secretWithDestructiveWarning(decision);
  return [...(warning ? [p.red(warning)] : []), ...blocks, tail.join('\n')].join('\n\n');
}

function renderFinding(f: LocatedFinding, p: Palette): string {
  const accent = f.blocking ? p.red : f.rollbackOnly ? p.cyan : p.yellow;
  const markers = [
    ...(f.side === 'base' ? ['(base version)'] : []),
    ...(f.blocking
      ? []
      : [
          f.rollbackOnly
            ? '(rollback only)'
            : f.downgradedBecause
              ? `(does not block: ${f.downgradedBecause})`
              : '(does not block)',
        ]),
  ];
  const header =
    `${p.bold(`${escapeControls(f.path)}:${f.line}:${f.column}:`)} ${accent(f.kind)} ${p.dim(escapeControls(f.ruleId))} ` +
    escapeControls(f.message) +
    (markers.length > 0 ? ` ${p.dim(markers.join(' '))}` : '');
  return [header, ...renderSource(f, accent, p)].join('\n');
}

function renderSource(f: LocatedFinding, accent: Style, p: Palette): string[] {
  // Without the file's text (an unreadable or removed file), the snippet is the best context there is.
  const lines = f.sourceLines.length > 0 ? f.sourceLines : f.snippet === '' ? [] : splitLines(f.snippet);
  if (lines.length === 0) return [];
  const spanLines = Math.max(f.endLine - f.line + 1, 1);
  const shownCount = Math.min(lines.length, spanLines > MAX_SPAN_LINES ? MAX_SPAN_LINES - 1 : MAX_SPAN_LINES);
  const hidden = spanLines - shownCount;
  const gutterWidth = String(f.line + shownCount - 1).length;
  const gutter = (label: string): string => p.blue(`${label.padStart(gutterWidth)} |`);
  const out = [gutter('')];
  for (let i = 0; i < shownCount; i++) {
    const source = stripCarriageReturn(lines[i] ?? '');
    const to = f.endLine === f.line ? f.endColumn : Number.POSITIVE_INFINITY;
    const { text, carets } = layoutLine(source, f.column, to);
    out.push(`${gutter(String(f.line + i))}${text === '' ? '' : ` ${text}`}`);
    if (i === 0 && f.sourceLines.length > 0) out.push(`${gutter('')} ${accent(carets)}`);
  }
  if (hidden > 0) out.push(`${gutter('')} ${p.dim(`... ${plural(hidden, 'more line')}`)}`);
  return out;
}
