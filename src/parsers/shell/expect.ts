/**
 * The command lines an `expect -c '…'` script runs, as shell text of the same length (everything
 * else blanked, so each character keeps its place): what `spawn` and `exec` start, and the lines
 * `send "…\r"` types into the program it spawned (`spawn ssh db1; send "dropdb shop\r"`).
 * Tcl's statements end at `;` or a newline; quotes and braces group words.
 */
export function expectCommandText(code: string): string | undefined {
  const out: string[] = [...code].map((c) => (c === '\n' ? '\n' : ' '));
  let found = false;
  const keep = (from: number, to: number) => {
    for (let k = from; k < to; k++) out[k] = code[k] === '\n' ? '\n' : code[k]!;
    found = true;
  };
  for (const { start, end } of statements(code)) {
    const text = code.slice(start, end);
    const lead = /^\s*/.exec(text)![0].length;
    const head = /^(spawn|exec)(\s+-\w+)*\s+/.exec(text.slice(lead));
    if (head) {
      keep(start + lead + head[0].length, end);
      continue;
    }
    const send = /^send(\s+-\w+)*\s+(["{])/.exec(text.slice(lead));
    if (send) {
      const open = start + lead + send[0].length;
      const close = code.lastIndexOf(send[2] === '{' ? '}' : '"', end - 1);
      // The typed line, without the `\r` or `\n` that presses return.
      const body = code.slice(open, close > open ? close : end).replace(/(\\[rn])+$/, '');
      keep(open, open + body.length);
    }
  }
  return found ? out.join('') : undefined;
}

/** The statements of Tcl code: split at `;` and newlines outside quotes and braces. */
function statements(code: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i <= code.length; i++) {
    const c = code[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"' && depth === 0) quoted = !quoted;
    else if (c === '{' && !quoted) depth++;
    else if (c === '}' && !quoted) depth = Math.max(0, depth - 1);
    else if (i === code.length || ((c === ';' || c === '\n') && !quoted && depth === 0)) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}
