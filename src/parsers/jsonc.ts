/**
 * JSON with comments and trailing commas (VS Code's JSONC: `devcontainer.json`, `tsconfig.json`)
 * as strict JSON of the same length: comments and trailing commas become spaces, so every
 * offset still points at the same character of the file.
 */
export function blankJsonc(text: string): string {
  if (!text.includes('/') && !/,\s*[}\]]/.test(text)) return text;
  const out = text.split('');
  let i = 0;
  let lastComma = -1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      lastComma = -1;
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      for (; i < text.length && text[i] !== '\n'; i++) out[i] = ' ';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] !== '\n') out[i] = ' ';
    } else {
      if (c === ',') lastComma = i;
      else if ((c === '}' || c === ']') && lastComma >= 0) out[lastComma] = ' ';
      if (!' \t\r\n,'.includes(c)) lastComma = c === ',' ? i : -1;
      i++;
    }
  }
  return out.join('');
}
