import type { Policy } from '../../../core/policy-schema.js';
import type { Located } from './command-targets.js';
import { isProductionHost, productionUrl, productionVariable } from './targets.js';

/** `.env`, `.env.local`, `.env.production`, `config/app.env`. */
export function isDotenv(path: string): boolean {
  return /(^|\/)\.env(\.[\w.-]+)?$|\.env$/.test(path);
}

/** Files whose settings are production's by their name: `.env.production`, `.env.prod`. */
export function isProductionDotenv(path: string): boolean {
  return /(^|\/)\.env\.(production|prod)(\.local)?$/.test(path);
}

/** Where applications keep their database connection. */
const DATABASE_CONFIG = [
  /(^|\/)config\/database\.ya?ml$/,
  /(^|\/)settings(\/[\w-]+)?\.py$|(^|\/)settings_[\w-]+\.py$/,
  /(^|\/)knexfile\.(js|cjs|mjs|ts)$/,
  /(^|\/)ormconfig\.(json|js|ts|ya?ml)$/,
  /(^|\/)(data-?source|database)\.(js|ts)$/,
  /\.prisma$/,
  /(^|\/)appsettings(\.[\w-]+)?\.json$/,
  /(^|\/)(config\/)?(sequelize|config)\.json$/,
  /(^|\/)config\/(dev|prod|runtime|config)\.exs$/,
  /(^|\/)application(-[\w]+)?\.(ya?ml|properties)$/,
];

export function isDatabaseConfig(path: string): boolean {
  return DATABASE_CONFIG.some((re) => re.test(path));
}

/** `NAME=value` lines of a dotenv file; `export` and quotes as dotenv reads them. */
const DOTENV_LINE =
  /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\n#]*))/gm;

export function dotenvTargets(path: string, text: string, policy: Policy): Located[] {
  const found: Located[] = [];
  for (const m of text.matchAll(DOTENV_LINE)) {
    const value = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    const target = productionVariable(m[1]!, value, policy);
    const span = { start: m.index, end: m.index + m[0].length };
    if (target) found.push({ ...target, span, unit: span });
  }
  if (isProductionDotenv(path) && text.trim() !== '') {
    const firstLine = { start: 0, end: Math.max(1, text.indexOf('\n')) };
    found.push({
      label: `${path.split('/').pop()!} (production settings)`,
      strong: true,
      span: firstLine,
      unit: { start: 0, end: text.length },
    });
  }
  return found;
}

/** A URL token in a configuration value: one value, not structure. */
const URL_TOKEN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>),;]+/gi;
/** `host: db.prod.acme.net`, `'HOST': 'db.prod…'`, `"host": "…"`, `Host=…;` / `Server=…;` in a connection string. */
const HOST_SETTING =
  /(?<![\w-])["']?(?:host|hostname|server|data source|address)["']?\s*(?:=>|=|:)\s*["']?(?:tcp:)?([a-z0-9][a-z0-9.-]*[a-z0-9])/gi;

/** Production hosts and connection URLs written into an application's database configuration. */
export function databaseConfigTargets(text: string, policy: Policy): Located[] {
  const found: Located[] = [];
  for (const m of text.matchAll(URL_TOKEN)) {
    const target = productionUrl(m[0], policy);
    const span = { start: m.index, end: m.index + m[0].length };
    if (target) found.push({ ...target, span, unit: span });
  }
  for (const m of text.matchAll(HOST_SETTING)) {
    const host = m[1]!;
    if (!host.includes('.') && !isProductionHost(host, policy)) continue;
    if (!isProductionHost(host, policy)) continue;
    const start = m.index + m[0].lastIndexOf(host);
    const span = { start, end: start + host.length };
    if (!found.some((f) => f.span.start <= start && start < f.span.end))
      found.push({ label: `host ${host}`, strong: true, span, unit: span });
  }
  return found;
}
