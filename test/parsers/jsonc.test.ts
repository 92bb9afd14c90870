import { describe, expect, it } from 'vitest';
import { blankJsonc } from '../../src/parsers/jsonc.js';

describe('blankJsonc', () => {
  it('blanks comments and trailing commas, keeping every offset and the strings', () => {
    const text = '{\n  // a "comment"\n  "a": "x // not a comment",\n  /* b */ "b": [1, 2,],\n}\n';
    const blanked = blankJsonc(text);
    expect(blanked.length).toBe(text.length);
    expect(JSON.parse(blanked)).toEqual({ a: 'x // not a comment', b: [1, 2] });
    expect(blanked.indexOf('"b"')).toBe(text.indexOf('"b"'));
  });

  it('leaves strict JSON as it is', () => {
    expect(blankJsonc('{"a": [1, 2]}')).toBe('{"a": [1, 2]}');
  });
});
