/**
 * Code points that can move a terminal's cursor, recolour it, retitle it, or reorder what a reader sees:
 * C0 controls except tab, DEL, C1 controls, and the bidirectional marks, embeddings, overrides and isolates
 * (trojan-source). Newline is included: callers that want lines split them first.
 */
export function isUnsafeCodePoint(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** The visible stand-in for an unsafe code point, so a reader still sees that something was there. */
export function escapeCodePoint(cp: number): string {
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** Replaces every unsafe code point with its visible escape; everything else is kept as it is. */
export function escapeControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += isUnsafeCodePoint(cp) ? escapeCodePoint(cp) : ch;
  }
  return out;
}

/** Splits text into lines, dropping the carriage return of CRLF endings so it does not show as `\x0d`. */
export function splitLines(text: string): string[] {
  return text.split('\n').map(stripCarriageReturn);
}

export function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * JSON.stringify escapes C0 controls but leaves DEL, C1 and bidi controls raw, which a terminal showing the
 * output would act on; `\uXXXX` escapes keep the parsed value identical.
 */
export function escapeJsonText(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
