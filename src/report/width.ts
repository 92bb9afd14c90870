import { escapeCodePoint, isUnsafeCodePoint } from './escape.js';

const TAB_WIDTH = 4;

/** Columns a code point takes in a terminal: enough of wcwidth to keep carets under CJK, emoji and accents. */
export function codePointWidth(cp: number): number {
  if (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200d) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff
  ) {
    return 0;
  }
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export interface DisplayLine {
  text: string;
  /** One caret row (`^` under flagged columns, spaces elsewhere), trailing spaces trimmed. */
  carets: string;
}

/**
 * Lays out one source line for a terminal: tabs expanded to stops, unsafe code points shown as escapes, and a
 * caret row under the code units `from`..`to` (1-based, inclusive, UTF-16 like LocatedFinding's columns).
 */
export function layoutLine(line: string, from: number, to: number): DisplayLine {
  let text = '';
  let carets = '';
  let width = 0;
  let unit = 0;
  let flaggedAny = false;
  let caretAt = -1;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    let piece: string;
    let pieceWidth: number;
    if (cp === 0x09) {
      pieceWidth = TAB_WIDTH - (width % TAB_WIDTH);
      piece = ' '.repeat(pieceWidth);
    } else if (isUnsafeCodePoint(cp)) {
      piece = escapeCodePoint(cp);
      pieceWidth = piece.length;
    } else {
      piece = ch;
      pieceWidth = codePointWidth(cp);
    }
    const first = unit + 1;
    const last = unit + ch.length;
    const flagged = first <= to && last >= from;
    if (caretAt < 0 && last >= from) caretAt = width;
    flaggedAny ||= flagged && pieceWidth > 0;
    text += piece;
    carets += (flagged ? '^' : ' ').repeat(pieceWidth);
    width += pieceWidth;
    unit = last;
  }
  // A span that starts past the line's end (an empty line, a flagged line break) still gets one caret.
  if (!flaggedAny) carets = ' '.repeat(caretAt < 0 ? width : caretAt) + '^';
  return { text, carets: carets.trimEnd() };
}
