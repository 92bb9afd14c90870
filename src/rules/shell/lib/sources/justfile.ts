import type { ShellSource, SourceRead } from '../sources.js';
import { linesOf, MappedText } from './text-builder.js';

export { isJustfile } from './recognise.js';

const VARIABLE = /^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(?:"([^"\\]*)"|'([^']*)')\s*$/;
const RECIPE = /^@?[A-Za-z_][\w-]*(\s+[^:]*)?:(?!=)/;
const PLACEHOLDER = '${__just__}';

/**
 * The recipes of a justfile: each indented line is one shell invocation, after just replaces
 * `{{name}}` (a variable assigned a string literal in the file, else an opaque word). A recipe
 * starting with a shebang is one script, read only when the shebang names sh or bash.
 */
export function justfileSources(text: string): SourceRead {
  const variables = new Map<string, string>();
  const sources: ShellSource[] = [];
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const variable = VARIABLE.exec(line.text);
    if (variable) {
      variables.set(variable[1]!, variable[2] ?? variable[3]!);
      continue;
    }
    if (!RECIPE.test(line.text)) continue;
    const body: { text: string; start: number }[] = [];
    while (i + 1 < lines.length && (/^[ \t]/.test(lines[i + 1]!.text) || lines[i + 1]!.text === '')) {
      const next = lines[++i]!;
      const indent = /^[ \t]*/.exec(next.text)![0].length;
      if (next.text.trim()) body.push({ text: next.text.slice(indent), start: next.start + indent });
    }
    const shebang = body[0]?.text.startsWith('#!');
    if (shebang) {
      if (!/\b(ba)?sh\b/.test(body[0]!.text)) continue;
      sources.push(render(body.slice(1), variables, 'a shebang recipe'));
      continue;
    }
    for (let k = 0; k < body.length; k++) {
      const logical = [body[k]!];
      while (body[k]!.text.endsWith('\\') && k + 1 < body.length) logical.push(body[++k]!);
      if (logical[0]!.text.startsWith('#')) continue;
      sources.push(render(logical, variables, 'a recipe line'));
    }
  }
  return { sources, notes: [] };
}

function render(pieces: { text: string; start: number }[], variables: Map<string, string>, label: string): ShellSource {
  const out = new MappedText();
  let end = 0;
  for (const [p, piece] of pieces.entries()) {
    if (p > 0) out.copy('\n', piece.start - 1);
    let s = piece.text;
    let start = piece.start;
    if (p === 0 && label === 'a recipe line') {
      const prefix = /^[@-]+/.exec(s)?.[0].length ?? 0;
      s = s.slice(prefix);
      start += prefix;
    }
    for (let i = 0; i < s.length; i++) {
      if (s.startsWith('{{{{', i)) {
        out.copy('{{', start + i);
        i += 3;
      } else if (s.startsWith('{{', i) && s.indexOf('}}', i) > 0) {
        const close = s.indexOf('}}', i);
        out.insert(variables.get(s.slice(i + 2, close).trim()) ?? PLACEHOLDER, start + i);
        i = close + 1;
      } else {
        out.copy(s[i]!, start + i);
      }
    }
    end = start + s.length;
  }
  return { text: out.text, toFile: out.map(end), label };
}
