import { evaluate, UNKNOWN, type EvalScope } from '../../../parsers/hcl/evaluate.js';
import type { HclExpr, HclFile } from '../../../parsers/hcl/syntax.js';

/**
 * A file a Terragrunt `generate` block writes into the module's working copy before Terraform
 * runs: its `contents` are Terraform, so what they declare is judged like a `.tf` file, at the
 * lines of the Terragrunt file they are written in.
 */
export interface GeneratedFile {
  /** The block's label: a child's block replaces a parent's of the same label. */
  label: string;
  /** The file name it writes (`path = "provider.tf"`). */
  name: string;
  /** The Terragrunt file the block is written in. */
  source: string;
  /** The contents as Terragrunt writes them: interpolations with a known value filled in. */
  text: string;
  /** An offset in `text` as an offset in the source file. */
  toSource(offset: number): number;
  /** The locals (`local.env`) a filled interpolation at this offset of `text` reads: where its value comes from. */
  readsAt(offset: number): string[];
}

/** A piece of the generated text copied from the source file, or one interpolation's value. */
interface Piece {
  at: number;
  from: number;
  length: number;
  /** A filled interpolation: every offset inside it is the interpolation's start. */
  filled: boolean;
  /** The locals a filled interpolation reads. */
  reads?: string[];
}

/** The `generate` blocks of one Terragrunt file, evaluated in `scope`. Blocks with `disable = true` write nothing. */
export function generateBlocks(path: string, text: string, file: HclFile, scope: EvalScope): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  for (const block of file.blocks) {
    if (block.type !== 'generate' || block.labels[0] === undefined) continue;
    const get = (name: string) => block.attributes.find((a) => a.name === name)?.value;
    const disable = get('disable');
    if (disable && evaluate(disable, scope) === true) continue;
    const where = get('path');
    const name = where ? evaluate(where, scope) : UNKNOWN;
    const contents = get('contents');
    if (typeof name !== 'string' || !/\.(tf|tofu)$/i.test(name) || !contents) continue;
    const written = contentsOf(text, contents, scope);
    if (written) out.push({ label: block.labels[0], name, source: path, ...written });
  }
  return out;
}

/**
 * The text a heredoc (or a quoted string without escapes) evaluates to, with a map back to the
 * source. An interpolation whose value is not known stays as written: inside a Terraform string
 * it still reads as an expression two-key cannot evaluate.
 */
function contentsOf(
  source: string,
  expr: HclExpr,
  scope: EvalScope,
): Pick<GeneratedFile, 'text' | 'toSource' | 'readsAt'> | undefined {
  const raw = source.slice(expr.span.start, expr.span.end);
  let bodyStart: number;
  let bodyEnd: number;
  if (raw.startsWith('<<')) {
    const newline = raw.indexOf('\n');
    const closing = raw.lastIndexOf('\n');
    if (newline < 0 || closing <= newline) return undefined;
    bodyStart = expr.span.start + newline + 1;
    bodyEnd = expr.span.start + closing + 1;
  } else if (raw.startsWith('"') && !raw.includes('\\')) {
    bodyStart = expr.span.start + 1;
    bodyEnd = expr.span.end - 1;
  } else return undefined;
  const holes = expr.kind === 'template' ? expr.parts.filter((p): p is HclExpr => typeof p !== 'string') : [];
  const pieces: Piece[] = [];
  let text = '';
  let cursor = bodyStart;
  const copy = (end: number) => {
    if (end <= cursor) return;
    pieces.push({ at: text.length, from: cursor, length: end - cursor, filled: false });
    text += source.slice(cursor, end);
    cursor = end;
  };
  for (const hole of holes) {
    const open = source.lastIndexOf('${', hole.span.start);
    const close = source.indexOf('}', hole.span.end);
    if (open < cursor || close < 0 || close >= bodyEnd) continue;
    const value = evaluate(hole, scope);
    if (value === UNKNOWN || (value !== null && typeof value === 'object')) continue;
    copy(open);
    const shown = value === null ? 'null' : String(value);
    pieces.push({ at: text.length, from: open, length: shown.length, filled: true, reads: localsRead(hole) });
    text += shown;
    cursor = close + 1;
  }
  copy(bodyEnd);
  const pieceAt = (offset: number) => {
    let piece = pieces[0];
    for (const p of pieces) if (p.at <= offset) piece = p;
    return piece;
  };
  const toSource = (offset: number) => {
    const piece = pieceAt(offset);
    if (!piece) return bodyStart;
    return piece.filled ? piece.from : piece.from + Math.min(offset - piece.at, piece.length);
  };
  /** Any filled interpolation inside [offset, end of its line]: the value on that line came from it. */
  const readsAt = (offset: number) => {
    const lineEnd = text.indexOf('\n', offset);
    const end = lineEnd < 0 ? text.length : lineEnd;
    return pieces.filter((p) => p.filled && p.at < end && p.at + p.length > offset).flatMap((p) => p.reads ?? []);
  };
  return { text, toSource, readsAt };
}

/** `local.<name>` for every local an expression reads. */
function localsRead(expr: HclExpr): string[] {
  const names: string[] = [];
  JSON.stringify(expr, (_key, value: unknown) => {
    const t = value as { kind?: string; root?: string; steps?: unknown[] } | null;
    if (t?.kind === 'traversal' && t.root === 'local' && typeof t.steps?.[0] === 'string')
      names.push(`local.${t.steps[0]}`);
    return value;
  });
  return names;
}
