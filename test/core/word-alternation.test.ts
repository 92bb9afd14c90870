import { describe, expect, it } from 'vitest';
import { wordAlternation } from '../../src/core/word-alternation.js';

/** The alternation a reader would write: every word escaped, the longest first. */
function plain(words: string[]): string {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`;
}

/** A small pseudo-random generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

describe('wordAlternation', () => {
  it('shares prefixes and still matches each word whole', () => {
    const source = wordAlternation(['drop', 'dropdb', 'dropuser', 'docker', 'docker-compose']);
    expect(source).toBe('(?:d(?:rop(?:(?:db|user))?|ocker(?:\\-compose)?))');
    const re = new RegExp(`\\b${source}\\b`, 'g');
    expect([...'dropdb x; docker-compose down; dropuser'.matchAll(re)].map((m) => m[0])).toEqual([
      'dropdb',
      'docker-compose',
      'dropuser',
    ]);
  });

  it('escapes the characters a pattern would read', () => {
    const re = new RegExp(wordAlternation(['a.b', 'bin/console', 'x+y']));
    expect(re.test('axb')).toBe(false);
    expect(re.test('a.b')).toBe(true);
    expect(re.test('run bin/console now')).toBe(true);
    expect(re.test('x+y')).toBe(true);
    expect(re.test('xxy')).toBe(false);
  });

  it('finds what the plain alternation finds, at the same places, over random words and texts', () => {
    const next = generator(7);
    const letters = 'abcd-._';
    const word = (max: number) =>
      Array.from({ length: 1 + Math.floor(next() * max) }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(5));
      const text = Array.from({ length: 40 }, () => (next() < 0.2 ? ' ' : word(1))).join('');
      for (const [before, after, flags] of [
        ['', '', 'g'],
        ['\\b', '\\b', 'g'],
        ['', '', 'gi'],
      ] as const) {
        const ours = new RegExp(`${before}${wordAlternation(words)}${after}`, flags);
        const theirs = new RegExp(`${before}${plain(words)}${after}`, flags);
        const found = (re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
        expect(found(ours), `${JSON.stringify(words)} in ${JSON.stringify(text)}`).toEqual(found(theirs));
      }
    }
  });
});
