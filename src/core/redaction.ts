import type { Span } from './types.js';

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

/** Replaces every occurrence of these secrets (and of their lines) in a text written for a reader. */
export function scrub(value: string, fragments: readonly string[]): string {
  let out = value;
  for (const fragment of fragments) if (out.includes(fragment)) out = out.split(fragment).join(REDACTED);
  return out;
}
