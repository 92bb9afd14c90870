/** Turning a file's bytes into text the parsers read, the same way for git and for the GitHub API. */
import { isUtf8 } from 'node:buffer';

/**
 * Files larger than this are not read (their size comes from git first): the engine gets
 * `unreadable` and fails closed. The change is streamed and SQL is read statement by
 * statement, so a 100 MB migration stays within a few hundred MB (bench/README.md).
 */
export const MAX_TEXT_BYTES = 128 * 1024 * 1024;

/** Git's own test for binary content looks at this many leading bytes for a NUL. */
const BINARY_SNIFF_BYTES = 8000;

export type DecodedText = { text: string } | { binary: true } | { unreadable: string };

/** Windows-1252's 0x80-0x9F; Node's TextDecoder maps them as ISO-8859-1 controls instead. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

function decodeUtf16(bytes: Buffer, bigEndian: boolean): string {
  const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  if (bigEndian) even.swap16();
  // The decoder drops the byte-order mark.
  return new TextDecoder('utf-16le').decode(even);
}

/**
 * UTF-16 by its byte-order mark, or without one by its shape: text in a Latin script has a NUL
 * in every other byte (`D\0R\0O\0P\0`), which git would call binary and skip.
 */
function utf16Order(bytes: Buffer): 'le' | 'be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  const sample = bytes.subarray(0, Math.min(bytes.length - (bytes.length % 2), BINARY_SNIFF_BYTES));
  // Without a NUL in it the sample is no UTF-16 (the usual case, found without counting).
  if (sample.length < 8 || !sample.includes(0)) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const pairs = sample.length / 2;
  if (oddNuls / pairs > 0.6 && evenNuls / pairs < 0.05) return 'le';
  if (evenNuls / pairs > 0.6 && oddNuls / pairs < 0.05) return 'be';
  return undefined;
}

/** Share of code units that are control characters other than tab, newlines and form feed. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

function controlShare(text: string): number {
  // Most texts hold none: one scan for the first, instead of a look at every code unit.
  if (text.length === 0 || !CONTROL.test(text)) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || (c >= 0x7f && c < 0xa0)) controls++;
  }
  return controls / text.length;
}

/**
 * A file's bytes as text. UTF-16 is read by its byte-order mark or its shape; a NUL in the first 8000 bytes
 * otherwise means binary, as for git. Valid UTF-8 (a BOM is dropped) is read as such, anything
 * else as Windows-1252, which decodes every byte; text that is mostly control characters is
 * not text whatever it decodes to.
 */
export function decodeFileText(bytes: Buffer): DecodedText {
  let text: string;
  const utf16 = utf16Order(bytes);
  if (utf16 !== undefined) {
    text = decodeUtf16(bytes, utf16 === 'be');
  } else if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { binary: true };
  } else if (bytes.includes(0)) {
    // Parsers written in C stop at a NUL: whatever follows it would go unread.
    return { unreadable: `holds a NUL byte at byte ${bytes.indexOf(0)}, which hides what follows it from parsers` };
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bom) {
      // With a BOM the file says it is UTF-8: stray bad bytes become U+FFFD rather than a guess.
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
    } else {
      // Valid UTF-8 decodes as a strict decoder would (isUtf8 is that decoder's test, and faster).
      text = isUtf8(bytes) ? bytes.toString('utf8') : decodeWindows1252(bytes);
    }
  }
  if (controlShare(text) > 0.3) return { unreadable: 'not a text file' };
  return { text };
}
