export interface Trailer {
  /** As written, e.g. "Co-Authored-By". */
  key: string;
  value: string;
}

const TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;
const GIT_TRAILERS = /^(?:signed-off-by|co-authored-by)$/i;

/**
 * The trailers of a commit message, read the way `git interpret-trailers` does: the last
 * paragraph, when it is not the subject, is a trailer block if every line is `Key: value` (lines
 * starting with whitespace continue the one before), or if at least a quarter are and one of them
 * is a trailer git itself writes. Lines elsewhere in the message are never trailers.
 */
export function parseTrailers(message: string): Trailer[] {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.trim() !== '') start--;
  if (start === 0) return [];

  const logical: string[] = [];
  for (const line of lines.slice(start)) {
    if (/^[ \t]/.test(line) && logical.length > 0) logical[logical.length - 1] += ` ${line.trim()}`;
    else logical.push(line);
  }
  const trailers: Trailer[] = [];
  for (const line of logical) {
    const m = TRAILER.exec(line);
    if (m) trailers.push({ key: m[1]!, value: m[2]!.trim() });
  }
  const all = trailers.length === logical.length;
  const enough = trailers.length * 4 >= logical.length && trailers.some((t) => GIT_TRAILERS.test(t.key));
  return all || enough ? trailers : [];
}

/** The email of a "Name <email>" value, or the value itself when it is a bare email. */
export function trailerEmail(value: string): string | undefined {
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(value);
  if (bracketed) return bracketed[1];
  return /^[^<>\s@]+@[^<>\s@]+$/.test(value.trim()) ? value.trim() : undefined;
}
