import type { Span } from '../../../core/types.js';

const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;

/** Enough key material that the block is a key and not a header quoted in documentation. */
const MIN_BODY = 64;

/** PEM private key blocks, also inside JSON strings (`\n` escaped), from BEGIN to the end of END. */
export function privateKeys(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(BEGIN)) {
    const endMarker = `-----END ${m[1] ?? ''}PRIVATE KEY${m[2] ?? ''}-----`;
    const end = text.indexOf(endMarker, m.index + m[0].length);
    if (end < 0) continue;
    const body = text.slice(m.index + m[0].length, end).replace(/\\[nr]|\s/g, '');
    if (body.includes('...') || body.includes('…')) continue;
    if ((body.match(/[A-Za-z0-9+/=]/g) ?? []).length < MIN_BODY) continue;
    found.push({ start: m.index, end: end + endMarker.length });
  }
  return found;
}
