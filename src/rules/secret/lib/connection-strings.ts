import type { Span } from '../../../core/types.js';
import { isPlaceholder } from './placeholder.js';
import { PREFILTER, type SecretPrefilter } from './prefilter.js';

/** Schemes of services whose URL can carry a password: databases, caches, queues, file transfer. */
const SCHEMES =
  /^(?:postgres(?:ql)?|mysql2?|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|jdbc:[a-z]+|clickhouse|cockroachdb|ftp|sftp|libsql)$/i;

/** `scheme://user:password@host`: one URL token, its parts captured. */
const URL_WITH_PASSWORD = /\b([a-z][a-z0-9+.:-]*):\/\/([^\s/@:'"`]*):([^\s@'"`]+)@(\[[^\]\s]+\]|[^\s/:'"`?#,;]+)/gi;

/** `Server=...;Password=...;`: an ADO.NET or ODBC connection string's password, within one string. */
const ADO_PASSWORD = /(?:^|[;"'\s])(?:Password|Pwd)\s*=\s*([^;"'\s]+)/gi;
const ADO_HOST = /(?:Server|Host|Data Source|Address|Addr)\s*=\s*(?:tcp:)?([^;,"'\s]+)/i;

/** Passwords that say "put the password here": a word for password is not one. */
const PASSWORD_WORD = /^(?:password|passwd|pass|pwd|pw|secret)$/i;

export interface EmbeddedPassword {
  /** The password alone, so the rest of the URL stays readable once it is masked. */
  span: Span;
  host: string;
}

/** Passwords written into connection strings for hosts that are not this machine or a compose service. */
export function embeddedPasswords(text: string, prefilter: SecretPrefilter = PREFILTER): EmbeddedPassword[] {
  const found: EmbeddedPassword[] = [];
  for (const m of prefilter.urlPassword(text) ? text.matchAll(URL_WITH_PASSWORD) : []) {
    const [, scheme, , password, host] = m as unknown as [string, string, string, string, string];
    if (!SCHEMES.test(scheme) || isLocalHost(host) || ignorablePassword(password)) continue;
    const start = m.index + m[0].indexOf(`:${password}@`) + 1;
    found.push({ span: { start, end: start + password.length }, host });
  }
  for (const m of prefilter.adoPassword(text) ? text.matchAll(ADO_PASSWORD) : []) {
    const password = m[1]!;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const host = ADO_HOST.exec(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))?.[1];
    if (host === undefined || isLocalHost(host) || ignorablePassword(password)) continue;
    const start = m.index + m[0].lastIndexOf(password);
    found.push({ span: { start, end: start + password.length }, host });
  }
  return found;
}

function ignorablePassword(password: string): boolean {
  return isPlaceholder(password) || PASSWORD_WORD.test(password) || /^\$|^%|^\{/.test(password);
}

/**
 * This machine, or a name without a dot: a docker-compose service (`db`, `postgres`) only
 * resolves inside its compose network, so its password is a development default.
 */
export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h.endsWith('.local') ||
    h === 'host.docker.internal' ||
    /^127(\.\d{1,3}){3}$/.test(h) ||
    h === '::1' ||
    h === '0.0.0.0' ||
    !h.includes('.')
  );
}
