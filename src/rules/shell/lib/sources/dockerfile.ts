import { JsonSyntaxError, parseJson } from '../../../../parsers/json-strings.js';
import type { ShellSource, SourceRead } from '../sources.js';
import { linesOf, MappedText } from './text-builder.js';

export { isDockerfile } from './recognise.js';

/** `RUN --mount=type=cache,target=/root/.npm npm ci`: BuildKit flags before the command. */
const RUN_FLAG = /^--[\w-]+(=\S*)?\s*/;

/**
 * The `RUN` instructions of a Dockerfile: shell form (run by `/bin/sh -c`, lines joined by the
 * escape character, comment lines inside dropped), exec form (a JSON array, rendered as quoted
 * words so `["sh", "-c", "..."]` is read as a shell would), and BuildKit heredocs
 * (`RUN <<EOF ... EOF`, whose body is the script). A build runs on a throwaway machine.
 */
export function dockerfileSources(path: string, text: string, earthly = false): SourceRead {
  const lines = linesOf(text);
  const escape = /^#\s*escape\s*=\s*`/im.test(
    lines
      .slice(0, 5)
      .map((l) => l.text)
      .join('\n'),
  )
    ? '`'
    : '\\';
  const sources: ShellSource[] = [];
  const notes: string[] = [];
  let shell = true;
  // Earthly: a `LOCALLY` target runs on the developer's or CI's own machine, not in a build container.
  let locally = false;
  for (let i = 0; i < lines.length; i++) {
    if (earthly && /^[A-Za-z][\w.-]*:\s*$/.test(lines[i]!.text)) locally = false;
    const keyword = /^\s*(\w+)\s*/.exec(lines[i]!.text);
    if (!keyword || lines[i]!.text.trimStart().startsWith('#')) continue;
    const instruction = keyword[1]!.toUpperCase();
    // The instruction's lines: continuations end with the escape character; comment lines inside are not part of it.
    const parts: { text: string; start: number }[] = [];
    let first = { text: lines[i]!.text.slice(keyword[0].length), start: lines[i]!.start + keyword[0].length };
    for (;;) {
      parts.push(first);
      if (!first.text.trimEnd().endsWith(escape) || i + 1 >= lines.length) break;
      do i++;
      while (i + 1 < lines.length && /^\s*#/.test(lines[i]!.text));
      first = lines[i]!;
    }
    if (earthly && instruction === 'LOCALLY') locally = true;
    if (instruction === 'SHELL') {
      shell = /^\s*\[\s*"(\/bin\/|\/usr\/bin\/)?(ba)?sh"/.test(parts[0]!.text);
      continue;
    }
    if (instruction !== 'RUN' && instruction !== 'CMD' && instruction !== 'ENTRYPOINT') continue;
    // A RUN runs on the build machine, thrown away; CMD and ENTRYPOINT run where the image is deployed.
    // Earthly's `RUN --push` runs only when the build pushes (a deploy step), with the host's credentials.
    const push = earthly && /^\s*(--[\w-]+(=\S*)?\s+)*--push\b/.test(parts[0]!.text);
    const throwaway = instruction === 'RUN' && !push && !locally;
    const label = earthly ? `an Earthfile ${instruction}${push ? ' --push' : ''}` : `a ${instruction} instruction`;
    if (!shell) {
      notes.push(`${path}: a RUN instruction runs under a SHELL two-key does not read`);
      continue;
    }
    let head = parts[0]!;
    for (let flag = RUN_FLAG.exec(head.text); flag; flag = RUN_FLAG.exec(head.text)) {
      // Earthly's `--secret NAME` takes its value as the next word.
      const value = earthly && flag[0].trim() === '--secret' ? /^\S+\s*/.exec(head.text.slice(flag[0].length)) : null;
      const length = flag[0].length + (value?.[0].length ?? 0);
      head = { text: head.text.slice(length), start: head.start + length };
    }
    parts[0] = head;
    const heredoc = /^<<-?\s*["']?(\w+)["']?\s*$/.exec(head.text.trim());
    if (heredoc && parts.length === 1) {
      const body = new MappedText();
      let end = head.start + head.text.length;
      while (i + 1 < lines.length && lines[i + 1]!.text.trim() !== heredoc[1]) {
        const line = lines[++i]!;
        body.copy(line.text + '\n', line.start);
        end = line.start + line.text.length + 1;
      }
      i++;
      sources.push({ text: body.text, toFile: body.map(end), label: `a ${instruction} heredoc`, throwaway });
    } else if (head.text.trimStart().startsWith('[')) {
      const exec = execForm(parts);
      if (exec) sources.push({ ...exec, label, throwaway });
      else notes.push(`${path}: ${label} in exec form is not a JSON array of strings`);
    } else {
      const script = new MappedText();
      for (const [k, part] of parts.entries()) {
        let piece = part.text;
        if (k < parts.length - 1) piece = piece.trimEnd().slice(0, -1);
        if (k > 0) script.copy(' ', part.start - 1);
        script.copy(piece, part.start);
      }
      const last = parts[parts.length - 1]!;
      sources.push({
        text: script.text,
        toFile: script.map(last.start + last.text.length),
        label,
        throwaway,
      });
    }
  }
  return { sources, notes };
}

/** `["sh", "-c", "..."]` as single-quoted shell words, each character pointing into its JSON string. */
function execForm(parts: { text: string; start: number }[]): Omit<ShellSource, 'label'> | undefined {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const end = last.start + last.text.length;
  // The JSON is read in place, so positions are the file's: everything before it is blanked.
  const padded = ' '.repeat(first.start) + fileSlice(parts);
  let array;
  try {
    array = parseJson(padded);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return undefined;
    throw error;
  }
  if (array.type !== 'array' || array.items.some((item) => item.type !== 'string')) return undefined;
  const out = new MappedText();
  for (const [k, item] of array.items.entries()) {
    if (item.type !== 'string') continue;
    if (k > 0) out.insert(' ', item.span.start);
    out.insert("'", item.span.start);
    for (let c = 0; c < item.value.length; c++) {
      const char = item.value[c]!;
      out.insert(char === "'" ? "'\\''" : char, item.map(c));
    }
    out.insert("'", item.span.end - 1);
  }
  return { text: out.text, toFile: out.map(end) };
}

/** The instruction's text from the first part to the end of the last, with file offsets kept. */
function fileSlice(parts: { text: string; start: number }[]): string {
  let text = '';
  let at = parts[0]!.start;
  for (const part of parts) {
    text += ' '.repeat(part.start - at) + part.text;
    at = part.start + part.text.length;
  }
  return text;
}
