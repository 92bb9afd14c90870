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
