import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, membersNamed, parseJson, type JsonValue } from '../../src/parsers/json-strings.js';
import { mapSpan } from '../../src/parsers/offset-map.js';
import { packageScripts } from '../../src/parsers/package-json.js';

describe('parseJson', () => {
  it('reads what JSON.parse reads, with spans', () => {
    const text = ' {"a": [1, -2.5e3, true, false, null, "x"], "b": {}} ';
    const value = parseJson(text);
    const plain = (v: JsonValue): unknown =>
      v.type === 'object'
        ? Object.fromEntries(v.members.map((m) => [m.key.value, plain(m.value)]))
        : v.type === 'array'
          ? v.items.map(plain)
          : v.type === 'string'
            ? v.value
            : JSON.parse(text.slice(v.span.start, v.span.end));
    expect(plain(value)).toEqual(JSON.parse(text));
    expect(text.slice(value.span.start, value.span.end)).toBe(text.trim());
  });

  it('maps every character of a string value back to the file, escapes included', () => {
    const text = '{"k": "a\\"b\\\\c\\u00e9\\n😀d"}';
    const [value] = membersNamed(parseJson(text), 'k');
    if (value?.type !== 'string') throw new Error('expected a string');
    expect(value.value).toBe('a"b\\cé\n😀d');
    const at = (i: number) => text.slice(value.map(i), value.map(i + 1));
    expect([...Array(value.value.length).keys()].map(at)).toEqual([
      'a',
      '\\"',
      'b',
      '\\\\',
      'c',
      '\\u00e9',
      '\\n',
      '\ud83d',
      '\ude00',
      'd',
    ]);
    expect(text.slice(value.span.start, value.span.end)).toBe('"a\\"b\\\\c\\u00e9\\n😀d"');
    const d = value.value.indexOf('d');
    expect(mapSpan(value.map, { start: 1, end: d + 1 })).toEqual({ start: 8, end: text.length - 2 });
  });

  it('keeps duplicate members in order', () => {
    const value = parseJson('{"a": 1, "a": "two"}');
    expect(membersNamed(value, 'a').map((v) => v.type)).toEqual(['number', 'string']);
  });

  it('accepts a byte-order mark and rejects what JSON.parse rejects', () => {
    expect(parseJson('\ufeff{}').type).toBe('object');
    for (const bad of [
      '',
      '{',
      '{"a" 1}',
      '{"a": 1,}',
      '[1 2]',
      '"\\x"',
      '"a\nb"',
      '01',
      "{'a': 1}",
      '{} x',
      '['.repeat(300),
    ]) {
      expect(() => parseJson(bad), bad).toThrow(JsonSyntaxError);
      expect(() => JSON.parse(bad), bad).toThrow();
    }
    expect(() => parseJson('{"a": tru}')).toThrow(expect.objectContaining({ offset: 6 }));
  });
});

describe('packageScripts', () => {
  it('returns every script with the offset of each character in the file', () => {
    const text = [
      '{',
      '  "name": "x",',
      '  "scripts": {',
      '    "dev": "next dev",',
      '    "db:reset": "echo \\"go\\" && supabase db reset --linked",',
      '    "n": 1',
      '  },',
      '  "config": { "scripts": { "not": "a script" } }',
      '}',
    ].join('\n');
    const scripts = packageScripts(text);
    expect(scripts.map((s) => [s.name, s.command.value])).toEqual([
      ['dev', 'next dev'],
      ['db:reset', 'echo "go" && supabase db reset --linked'],
    ]);
    const reset = scripts[1]!.command;
    const start = reset.value.indexOf('supabase');
    const span = mapSpan(reset.map, { start, end: reset.value.length });
    expect(text.slice(span.start, span.end)).toBe('supabase db reset --linked');
    expect(text.slice(reset.map(0), reset.map(6))).toBe('echo \\"');
  });

  it('has no scripts when there is no scripts object, and throws on text that is not JSON', () => {
    expect(packageScripts('{"scripts": "x"}')).toEqual([]);
    expect(packageScripts('[]')).toEqual([]);
    expect(() => packageScripts('{"scripts": {')).toThrow(JsonSyntaxError);
  });
});
