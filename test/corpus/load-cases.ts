import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One expected finding of a labelled case, as in the case format of docs/corpus.md. */
export interface ExpectedFinding {
  path: string;
  line: number;
  kind: 'destructive' | 'protection' | 'production' | 'secret';
  side?: 'head' | 'base';
  rollbackOnly?: boolean;
  note?: string;
}

export interface LabelledCase {
  id: string;
  dir: string;
  title: string;
  ecosystem: string;
  tags: string[];
  author: { kind?: string; login?: string; commitTrailers?: string[]; branch?: string };
  expect: { verdict: 'block' | 'allow'; findings: ExpectedFinding[] };
  /** Files of the base commit. */
  before: Map<string, Buffer>;
  /** Files of the head commit. */
  after: Map<string, Buffer>;
}

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');

function readTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (!existsSync(root)) return files;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(root);
  return files;
}

/** Every case under `cases/`, sorted by id; `only` keeps the ids that start with one of its comma-separated prefixes. */
export function loadCases(only?: string): LabelledCase[] {
  const prefixes = only ? only.split(',').filter(Boolean) : [];
  return readdirSync(CASES_DIR)
    .filter((id) => existsSync(join(CASES_DIR, id, 'case.json')))
    .filter((id) => prefixes.length === 0 || prefixes.some((p) => id.startsWith(p)))
    .sort()
    .map((id) => {
      const dir = join(CASES_DIR, id);
      const raw = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Omit<
        LabelledCase,
        'dir' | 'before' | 'after' | 'tags'
      > & { tags?: string[] };
      return {
        ...raw,
        tags: raw.tags ?? [],
        expect: { verdict: raw.expect.verdict, findings: raw.expect.findings ?? [] },
        id,
        dir,
        before: readTree(join(dir, 'before')),
        after: readTree(join(dir, 'after')),
      };
    });
}
