/** A token of the Prisma schema language, with where it is in the file. */
export interface PrismaToken {
  kind: 'name' | 'string' | 'number' | 'punct' | 'newline';
  /** The name or punctuation as written; a string's decoded value. */
  value: string;
  start: number;
  end: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
const NUMBER = /[0-9-]/;

/** Splits a schema into tokens; comments are dropped, newlines kept (they end a field). */
export function tokenizePrisma(text: string): PrismaToken[] {
  const tokens: PrismaToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      tokens.push({ kind: 'newline', value: '\n', start: i, end: i + 1 });
      i++;
    } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\uFEFF') {
      i++;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '"') {
      i = readString(text, i, tokens);
    } else if (NAME_START.test(ch)) {
      const start = i;
      while (i < text.length && NAME_PART.test(text[i]!)) i++;
      tokens.push({ kind: 'name', value: text.slice(start, i), start, end: i });
    } else if (NUMBER.test(ch)) {
      const start = i;
      i++;
      while (i < text.length && /[0-9.]/.test(text[i]!)) i++;
      tokens.push({ kind: 'number', value: text.slice(start, i), start, end: i });
    } else if (ch === '@' && text[i + 1] === '@') {
      tokens.push({ kind: 'punct', value: '@@', start: i, end: i + 2 });
      i += 2;
    } else {
      tokens.push({ kind: 'punct', value: ch, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

function readString(text: string, start: number, tokens: PrismaToken[]): number {
  let value = '';
  let i = start + 1;
  while (i < text.length && text[i] !== '"' && text[i] !== '\n') {
    if (text[i] === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      i += 2;
    } else {
      value += text[i];
      i++;
    }
  }
  const end = text[i] === '"' ? i + 1 : i;
  tokens.push({ kind: 'string', value, start, end });
  return end;
}
