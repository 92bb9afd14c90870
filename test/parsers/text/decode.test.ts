import { describe, expect, it } from 'vitest';
import { decodeFileText } from '../../../src/parsers/text/decode.js';

describe('decodeFileText', () => {
  it('tells text, binary and noise apart', () => {
    expect(decodeFileText(Buffer.from('plain\n'))).toEqual({ text: 'plain\n' });
    expect(decodeFileText(Buffer.from([0x61, 0, 0x62]))).toEqual({ binary: true });
    // A NUL past git's 8000-byte window still hides what follows it from C parsers.
    const late = Buffer.concat([
      Buffer.from('SELECT 1;\n'.repeat(900)),
      Buffer.from([0]),
      Buffer.from('DROP TABLE t;\n'),
    ]);
    expect(decodeFileText(late)).toEqual({
      unreadable: 'holds a NUL byte at byte 9000, which hides what follows it from parsers',
    });
    // UTF-16 without a byte-order mark is text, not binary.
    expect(decodeFileText(Buffer.from('DROP TABLE users;\n', 'utf16le'))).toEqual({ text: 'DROP TABLE users;\n' });
    const be = Buffer.from('DROP TABLE users;\n', 'utf16le').swap16();
    expect(decodeFileText(be)).toEqual({ text: 'DROP TABLE users;\n' });
    expect(decodeFileText(Buffer.from([0xff, 0xfe, 0x61, 0]))).toEqual({ text: 'a' });
    expect(decodeFileText(Buffer.from([0xfe, 0xff, 0, 0x61]))).toEqual({ text: 'a' });
    expect(decodeFileText(Buffer.from([0x80, 0x41]))).toEqual({ text: '€A' });
    expect(decodeFileText(Buffer.from([1, 2, 3, 0x41]))).toEqual({ unreadable: 'not a text file' });
    expect(decodeFileText(Buffer.alloc(0))).toEqual({ text: '' });
  });
});

describe('decodeFileText against a strict decoder', () => {
  /** The decoding before isUtf8: a fatal TextDecoder, Windows-1252 when it throws. */
  const reference = (bytes: Buffer): string | undefined => {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };

  it('reads valid UTF-8 as it does and falls back on the same inputs, bad sequences included', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = [
      Buffer.from('DROP TABLE users; -- é ✓ 𝄞 日本\n'),
      Buffer.from([0xc3, 0x28]), // a lead byte without its continuation
      Buffer.from([0xe0, 0x80, 0xaf]), // overlong
      Buffer.from([0xed, 0xa0, 0x80]), // an encoded surrogate
      Buffer.from([0xf4, 0x90, 0x80, 0x80]), // past U+10FFFF
      Buffer.from([0x80]),
      Buffer.from([0x93, 0x94]), // Windows-1252 quotes
      Buffer.from([0xf0, 0x9f, 0x98]), // truncated
      Buffer.from('\t\r\n'),
      Buffer.from([0x01, 0x1b]),
    ];
    let fallbacks = 0;
    for (let i = 0; i < 500; i++) {
      const bytes = Buffer.concat(Array.from({ length: 1 + rand(8) }, () => pieces[rand(pieces.length)]!));
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) continue;
      const decoded = decodeFileText(bytes);
      const strict = reference(bytes);
      if (strict === undefined) fallbacks++;
      if ('text' in decoded) {
        if (strict !== undefined) expect(decoded.text).toBe(strict);
        // Windows-1252: one character per byte, nothing replaced.
        else expect([decoded.text.length, decoded.text.includes('\ufffd')]).toEqual([bytes.length, false]);
      }
    }
    expect(fallbacks).toBeGreaterThan(50);
  });
});
