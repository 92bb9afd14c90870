import { escapeControls } from './escape.js';

const ZWJ = '\u200d';
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** ASCII punctuation that starts or ends some Markdown construct; a backslash makes each one literal. */
const MARKDOWN_PUNCTUATION = new Set('\\`*_{}[]()#+-.!|~$'.split(''));

/**
 * Untrusted text as one line of inline Markdown that renders exactly as written: no HTML, no emphasis or
 * links, no table-cell breaks, no `@mention` that pings and no `#123` that cross-references.
 */
export function escapeMarkdown(text: string): string {
  const chars = Array.from(escapeControls(text));
  let out = '';
  chars.forEach((ch, i) => {
    const next = chars[i + 1] ?? '';
    if (ch in HTML_ENTITIES) out += HTML_ENTITIES[ch];
    else if (ch === '@') out += `@${ZWJ}`;
    else if (ch === '#' && /[0-9]/.test(next)) out += `\\#${ZWJ}`;
    else if (MARKDOWN_PUNCTUATION.has(ch)) out += `\\${ch}`;
    else out += ch;
  });
  return out;
}

/** Inline code that cannot be closed early; `inTable` escapes `|`, which GFM splits cells on even in code. */
export function inlineCode(text: string, inTable = false): string {
  let content = escapeControls(text);
  if (content === '') return '""';
  if (inTable) content = content.replaceAll('|', '\\|');
  const fence = '`'.repeat(longestRun(content, '`') + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** A fence longer than any backtick run inside the block, so the block cannot be closed from within. */
export function codeFence(content: string): string {
  return '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
}

/** A link, only for http(s) URLs, with the destination percent-encoded so it cannot end early. */
export function link(textMarkdown: string, url: string | undefined): string {
  if (url === undefined || !/^https?:\/\//i.test(url)) return textMarkdown;
  const safe = Array.from(url)
    .map((ch) => (/[A-Za-z0-9\-._~:/?#!$&*+,;=%]/.test(ch) ? ch : percentEncode(ch)))
    .join('');
  return `[${textMarkdown}](${safe})`;
}

function percentEncode(ch: string): string {
  try {
    return encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate
  }
}

function longestRun(text: string, ch: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === ch ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}
