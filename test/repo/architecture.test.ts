import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/rules/registry.js';

// The house rules: the folders of src/ import each other in one direction only, lower layers never
// reach up, and a family folder under src/rules/ shows its rules and nothing else. Type-only
// imports count: a cycle of types is still a cycle a reader has to untangle.

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourcesUnder(full);
    return /\.[cm]?ts$/.test(name) ? [relative(root, full).split('\\').join('/')] : [];
  });
}

/** A family under src/rules/ and a reader under src/parsers/ are folders of their own; elsewhere the top folder. */
function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 2) return 'src';
  if ((parts[1] === 'rules' || parts[1] === 'parsers') && parts.length > 3) return parts.slice(0, 3).join('/');
  return parts.slice(0, 2).join('/');
}

/** Layers from the ground up: a folder may import its own layer's folders (without a cycle) and the ones below. */
function layerOf(folder: string): number | undefined {
  if (folder === 'src/core' || folder === 'src/vendor') return 0;
  if (folder === 'src/parsers' || folder.startsWith('src/parsers/')) return 1;
  if (folder === 'src/policy') return 2;
  if (folder === 'src/authorship') return 3;
  if (folder === 'src/rules/lib') return 3;
  if (folder.startsWith('src/rules/')) return 4;
  // registry.ts: the index of the families, above them all.
  if (folder === 'src/rules') return 5;
  if (folder === 'src/engine') return 6;
  if (folder === 'src/report') return 7;
  if (folder === 'src/github' || folder === 'src/cli' || folder === 'src/hook') return 8;
  if (folder === 'src') return 9;
  return undefined;
}

interface Import {
  from: string;
  to: string;
  specifier: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: Import[] = [];
  // Every import and re-export, `import type` and `import('...')` included; not code quoted in a string.
  for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
    if (!specifier.startsWith('.')) {
      found.push({ from: file, to: specifier, specifier });
      continue;
    }
    let target = normalize(join(dirname(file), specifier))
      .split('\\')
      .join('/');
    target = target.replace(/\.js$/, '.ts');
    if (!existsSync(join(root, target)) && existsSync(join(root, target.replace(/\.ts$/, ''), 'index.ts'))) {
      target = join(target.replace(/\.ts$/, ''), 'index.ts');
    }
    found.push({ from: file, to: target, specifier });
  }
  return found;
}

const files = sourcesUnder(src);
const imports = files.flatMap(importsOf);
const local = imports.filter((i) => i.specifier.startsWith('.'));

const edges = new Map<string, Map<string, string[]>>();
for (const { from, to } of local) {
  const a = folderOf(from);
  const b = folderOf(to);
  if (a === b) continue;
  const out = edges.get(a) ?? new Map<string, string[]>();
  out.set(b, [...(out.get(b) ?? []), `${from} -> ${to}`]);
  edges.set(a, out);
}

/** Groups of folders that reach each other (Tarjan's strongly connected components), larger than one. */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])]);
  for (const v of [...nodes].sort()) if (!index.has(v)) visit(v);
  return groups;
}

describe('the folders of src/', () => {
  it('import each other without a cycle', () => {
    const found = cycles().map((group) => {
      const inside = group.flatMap((a) =>
        group.flatMap((b) => (edges.get(a)?.get(b) ?? []).slice(0, 2).map((e) => `  ${a} -> ${b}: ${e}`)),
      );
      return [`cycle: ${group.join(', ')}`, ...inside].join('\n');
    });
    expect(found, found.join('\n')).toEqual([]);
  });

  it('sit in a layer, and import only their own layer and the ones below', () => {
    const problems: string[] = [];
    const folders = new Set(files.map(folderOf));
    for (const folder of folders) if (layerOf(folder) === undefined) problems.push(`${folder} has no layer`);
    for (const [a, out] of edges) {
      for (const [b, why] of out) {
        const la = layerOf(a);
        const lb = layerOf(b);
        if (la !== undefined && lb !== undefined && lb > la) problems.push(`${a} imports ${b} above it: ${why[0]}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('keep the ground floor (src/core) free of every other folder', () => {
    const up = local.filter((i) => folderOf(i.from) === 'src/core' && folderOf(i.to) !== 'src/core');
    expect(up.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it('leave GitHub to src/github: no other folder imports Octokit or the Actions toolkit', () => {
    const outside = imports.filter(
      (i) =>
        /^@(octokit|actions)\//.test(i.specifier) &&
        folderOf(i.from) !== 'src/github' &&
        // src/main.ts is the Action's entry: it reads inputs and writes outputs through @actions/core.
        !(i.from === 'src/main.ts' && i.specifier === '@actions/core'),
    );
    expect(outside.map((i) => `${i.from} imports ${i.specifier}`)).toEqual([]);
  });

  it('keep the CLI at the top: only src/cli.ts and src/hook import from src/cli', () => {
    const users = local.filter(
      (i) => folderOf(i.to) === 'src/cli' && folderOf(i.from) !== 'src/cli' && i.from !== 'src/cli.ts',
    );
    expect(users.filter((i) => folderOf(i.from) !== 'src/hook').map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });
});

describe('a family folder under src/rules/', () => {
  const rulesDir = join(src, 'rules');
  const families = readdirSync(rulesDir).filter((n) => n !== 'lib' && statSync(join(rulesDir, n)).isDirectory());
  const ids = new Set(ruleIds);

  it.each(families)('%s holds its rules at the top and everything else in lib/', (family) => {
    const strays: string[] = [];
    for (const name of readdirSync(join(rulesDir, family))) {
      const full = join(rulesDir, family, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'lib') strays.push(`src/rules/${family}/${name}/ (folders belong in lib/)`);
        continue;
      }
      const id = `${family}/${name.replace(/\.ts$/, '')}`;
      if (!ids.has(id)) strays.push(`src/rules/${family}/${name} is not the rule ${id} (move it to lib/)`);
    }
    expect(strays).toEqual([]);
  });
});
