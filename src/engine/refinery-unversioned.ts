import type { ChangeContext } from '../core/checker.js';

/**
 * Refinery (Rust) names migrations `V{n}__{name}` (strictly versioned) and `U{n}__{name}`
 * (unversioned): both run forward on the next migrate, and refinery has no undo or down
 * migrations at all. Flyway's undo scripts use the same `U{n}__` shape, which the shipped policy
 * marks rollback-only; in a refinery project that would let a `U3__drop.sql` through, so there
 * the file runs forward.
 */
const UNVERSIONED = /(^|\/)U\d+__[^/]+\.sql$/i;
/** A refinery Rust migration beside it: `V11__audit.rs`, `U2__seed.rs`. */
const RUST_MIGRATION = /^[UV]\d+__[^/]+\.rs$/;
const REFINERY_DEPENDENCY = /^\s*refinery(?:[-_]\w+)?\s*=|^\s*\[(?:dev-)?dependencies\.refinery\]/m;

/** The project files that say a folder's migrations are refinery's: read for each `U{n}__` SQL file. */
export function refineryEvidencePaths(path: string): string[] {
  if (!UNVERSIONED.test(path)) return [];
  const out: string[] = [];
  const parts = path.split('/').slice(0, -1);
  for (let i = parts.length; i >= 0; i--) {
    const dir = parts.slice(0, i).join('/');
    const prefix = dir ? `${dir}/` : '';
    out.push(`${prefix}Cargo.toml`, `${prefix}refinery.toml`);
  }
  return out;
}

/** Whether a `U{n}__*.sql` file is a refinery migration that runs forward (and not a Flyway undo script). */
export function isRefineryUnversioned(path: string, context: ChangeContext): boolean {
  if (!UNVERSIONED.test(path)) return false;
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const read = (p: string): string | undefined =>
    context.files.find((f) => f.path === p)?.headText ??
    context.neighbours?.find((n) => n.path === p)?.text ??
    context.baseTree?.read(p);
  for (const candidate of refineryEvidencePaths(path)) {
    const text = read(candidate);
    if (text === undefined) continue;
    if (candidate.endsWith('refinery.toml') || REFINERY_DEPENDENCY.test(text)) return true;
  }
  const siblings = [
    ...context.files.map((f) => f.path),
    ...(context.neighbours ?? []).map((n) => n.path),
    ...(context.baseTree?.list(dir) ?? []),
  ];
  return siblings.some(
    (p) =>
      p.slice(0, p.lastIndexOf('/') + 1) === (dir ? `${dir}/` : '') &&
      RUST_MIGRATION.test(p.slice(p.lastIndexOf('/') + 1)),
  );
}
