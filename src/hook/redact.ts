/** Names of variables whose values are secrets: their values never appear in a reason or the audit log. */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PASS|KEY|CREDENTIAL|AUTH|COOKIE|SESSION|DATABASE_URL|DB_URL|DSN)/i;

const MASK = '***';

/**
 * Masks what must not be written down: passwords in URLs, bearer and basic credentials,
 * `token=`-style values, long random-looking strings, and the values of secret-named variables
 * of the environment.
 */
export function redact(text: string, env: Readonly<Record<string, string | undefined>> = {}): string {
  let out = text;
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= 6 && SECRET_NAME.test(name)) out = out.split(value).join(MASK);
  }
  return out
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@'"]*:)[^@\s'"]+@/gi, `$1${MASK}@`)
    .replace(/\b(Bearer|Basic|token)(\s+)[A-Za-z0-9._~+/=-]{6,}/gi, `$1$2${MASK}`)
    .replace(
      /\b([A-Za-z_]*(?:token|secret|password|passwd|api[_-]?key)[A-Za-z_]*["']?\s*[=:]\s*["']?)[^\s"'&,}]{4,}/gi,
      `$1${MASK}`,
    )
    .replace(/\b[A-Za-z0-9_-]{32,}\b/g, MASK);
}

/** A command or argument for a message: redacted, one line, and short. */
export function excerpt(text: string, env: Readonly<Record<string, string | undefined>> = {}, max = 200): string {
  const line = redact(text, env).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
