import { describe, expect, it } from 'vitest';
import { commandHintLines, PROGRAMS } from '../../../src/parsers/universal/candidates.js';

/** The lines where a program's name stands with no word character beside it, found the slow way. */
function reference(text: string): number[] {
  const names = [...PROGRAMS].sort((a, b) => b.length - a.length);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const re = new RegExp(`(?<![A-Za-z0-9_])(?:${names.map(escape).join('|')})(?![A-Za-z0-9_])`, 'g');
  const lines = new Set<number>();
  for (const m of text.matchAll(re)) lines.add(text.slice(0, m.index).split('\n').length - 1);
  return [...lines];
}

describe('commandHintLines', () => {
  it('names the lines where a program stands as a word of its own', () => {
    const text = [
      'SELECT 1;',
      'x-rm y',
      'foo_rm bar',
      '  rm -rf /',
      'bin/rails db:drop',
      'psql.',
      'rmdir',
      'é rm',
    ].join('\n');
    expect(commandHintLines(text)).toEqual([1, 3, 4, 5, 7]);
  });

  it('finds what a lookbehind around each name finds, on random text', () => {
    // Each name starts with a letter and ends with a letter or digit: `\b` is then the lookbehind.
    for (const name of PROGRAMS) expect(name).toMatch(/^[a-z](.*[a-z0-9])?$/);
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = [...PROGRAMS, ' ', '\n', '_', '-', '/', '.', 'x', '9', 'é', '$', '(', 'DROP', '--'];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + rand(30) }, () => pieces[rand(pieces.length)]).join('');
      expect(commandHintLines(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
