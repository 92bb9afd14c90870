import type { Span } from '../core/types.js';

/** What stands for a secret in any message that would otherwise quote it. */
export const REDACTED = '[redacted]';

/** Shorter fragments than this are not scrubbed from messages: they would mangle ordinary words. */
const MIN_FRAGMENT = 6;

/**
 * The text with every character of the secret spans masked, line breaks kept, so line numbers,
 * columns and carets computed on it still point where they did in the original.
 */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const span of spans) {
    for (let i = Math.max(0, span.start); i < Math.min(chars.length, span.end); i++) {
      if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = '*';
    }
  }
  return chars.join('');
}

/** The secret's lines (a private key spans many), each long enough to be recognisable, longest first. */
export function secretFragments(secret: string): string[] {
  const fragments = [secret, ...secret.split(/\r?\n|\\n/)].map((s) => s.trim()).filter((s) => s.length >= MIN_FRAGMENT);
  return [...new Set(fragments)].sort((a, b) => b.length - a.length);
}

/** Fragments by their first MIN_FRAGMENT characters, longest first, built once per list. */
const indexes = new WeakMap<readonly string[], Map<string, string[]>>();

function indexOf(fragments: readonly string[]): Map<string, string[]> {
  let index = indexes.get(fragments);
  if (!index) {
    index = new Map();
    for (const fragment of [...fragments].sort((a, b) => b.length - a.length)) {
      const key = fragment.slice(0, MIN_FRAGMENT);
      const list = index.get(key);
      if (list) list.push(fragment);
      else index.set(key, [fragment]);
    }
    indexes.set(fragments, index);
  }
  return index;
}

/**
 * Replaces every occurrence of these secrets (and of their lines) in a text written for a reader:
 * left to right, the longest fragment that starts at each position. One look-up per position, so
 * a change with thousands of secrets is not scanned once per secret for every message.
 */
export function scrub(value: string, fragments: readonly string[]): string {
  if (fragments.length === 0 || value.length < MIN_FRAGMENT) return value;
  const index = indexOf(fragments);
  let out = '';
  let copied = 0;
  for (let i = 0; i + MIN_FRAGMENT <= value.length;) {
    const match = index.get(value.slice(i, i + MIN_FRAGMENT))?.find((f) => value.startsWith(f, i));
    if (match === undefined) {
      i++;
      continue;
    }
    out += value.slice(copied, i) + REDACTED;
    i += match.length;
    copied = i;
  }
  return copied === 0 ? value : out + value.slice(copied);
}
