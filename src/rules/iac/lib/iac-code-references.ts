import { CDK_IMPORT, PULUMI_IMPORT } from './applies.js';
import { candidates } from '../../../parsers/iac-code/local-modules.js';
import { isPulumiStackConfig, PULUMI_PROGRAMS } from '../../../parsers/iac-code/recognise.js';

/**
 * The files a Pulumi project or a CDK/Pulumi program needs read beside it, by a cheap scan: a
 * stack's settings need `Pulumi.yaml` (its `main:` may put the program in another folder) and the
 * program; `Pulumi.yaml` needs the program `main:` names; a program needs the repository's modules
 * it imports names from (`./infra`, `.infra`), and a module that re-exports needs what it re-exports.
 */
export function iacCodeReferences(path: string, text: string): string[] {
  const dir = dirOf(path);
  const prefix = dir ? `${dir}/` : '';
  if (isPulumiStackConfig(path))
    return [...PULUMI_PROGRAMS.map(([name]) => prefix + name), `${prefix}Pulumi.yaml`, `${prefix}Pulumi.yml`];
  if (/(^|\/)Pulumi\.ya?ml$/.test(path)) {
    const main = pulumiMain(path, text);
    if (main === undefined) return [];
    return PROGRAM_FILE.test(main) ? [main] : PULUMI_PROGRAMS.map(([name]) => `${main ? `${main}/` : ''}${name}`);
  }
  const language = /\.py$/i.test(path) ? 'python' : /\.(ts|tsx|js|mjs|cjs)$/i.test(path) ? 'typescript' : undefined;
  if (!language) return [];
  // Cheap tests first: most code files name neither library nor a module of the repository.
  if (!text.includes('.')) return [];
  const program = /pulumi|cdk/i.test(text) && (PULUMI_IMPORT.test(text) || CDK_IMPORT.test(text));
  const reexports =
    language === 'typescript' ? text.includes('export') && TS_REEXPORT.test(text) : /(^|\/)__init__\.py$/.test(path);
  if (!program && !reexports) return [];
  const specifiers =
    language === 'python'
      ? [...text.matchAll(PY_RELATIVE)].map((m) => m[1]!)
      : [...text.matchAll(TS_RELATIVE)].map((m) => m[1]!);
  return [...new Set(specifiers)].flatMap((s) => candidates(path, s, language));
}

/**
 * The folder (or file) `main:` in a `Pulumi.yaml` names, from the repository root; the project's
 * own folder when it says nothing; undefined when it leaves the repository.
 */
export function pulumiMain(path: string, text: string): string | undefined {
  const dir = dirOf(path);
  const main = /^main:[ \t]*['"]?([^'"#\n]*?)['"]?[ \t]*(?:#.*)?$/m.exec(text)?.[1]?.trim();
  if (!main) return dir;
  const parts = dir ? dir.split('/') : [];
  for (const part of main.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

const PROGRAM_FILE = /\.(ts|js|py|go|cs)$/i;
/** `import ... from './x'`, `export ... from '../x'`, `require('./x')`. */
const TS_RELATIVE = /(?:\bfrom|\brequire\()\s*['"](\.{1,2}\/[^'"\n]+)['"]/g;
const TS_REEXPORT = /^\s*export\s+(?:\*|\{)[^;\n]*\bfrom\s+['"]\.{1,2}\//m;
/** `from .infra import rds`, `from ..shared.db import x`. */
const PY_RELATIVE = /^[ \t]*from[ \t]+(\.+[\w.]*)[ \t]+import\b/gm;

function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}
