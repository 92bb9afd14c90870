import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const skipped = new Set(['node_modules', '.git', 'dist', 'coverage', 'cases', '.bench-cache']);

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (skipped.has(entry)) continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out;
}

/** Relative targets of Markdown links and images, without anchors; code spans and fenced blocks are not links. */
export function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const targets: string[] = [];
  for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
    targets.push(target.split('#')[0]!);
  }
  return targets.filter(Boolean);
}

describe('the repository stands alone', () => {
  const markdown = filesUnder(root, (p) => p.endsWith('.md'));

  it('finds the Markdown files it checks', () => {
    expect(markdown.map((p) => relative(root, p))).toEqual(expect.arrayContaining(['README.md', 'docs/design.md']));
  });

  it('reads links the way a renderer does', () => {
    const text = 'See [a](docs/a.md#x), ![i](img.png "t"), [web](https://x.y), [top](#top), `[no](code.md)`';
    expect(relativeLinks(text)).toEqual(['docs/a.md', 'img.png']);
  });

  it.each(markdown.map((p) => [relative(root, p), p]))(
    'every relative link in %s resolves inside it',
    (_name, file) => {
      const broken = relativeLinks(readFileSync(file, 'utf8')).filter((target) => {
        const resolved = resolve(dirname(file), decodeURIComponent(target));
        return relative(root, resolved).startsWith('..') || !existsSync(resolved);
      });
      expect(broken).toEqual([]);
    },
  );

  it('no test, script or bench reaches for a folder beside the repository', () => {
    const code = [
      ...['test', 'scripts', 'bench', 'src'].flatMap((d) =>
        filesUnder(join(root, d), (p) => /\.(m?[jt]s|sh)$/.test(p)),
      ),
    ];
    const outside = code.filter((file) => {
      if (file === fileURLToPath(import.meta.url)) return false;
      const text = readFileSync(file, 'utf8');
      return /\.\.\/shared\b|'\.\.',\s*'shared'|'shared',\s*'corpus'/.test(text);
    });
    expect(outside.map((p) => relative(root, p))).toEqual([]);
  });
});
