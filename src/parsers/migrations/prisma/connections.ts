import type { HardCodedConnection } from '../types.js';
import type { PrismaSchema } from './schema.js';

/** Datasource settings that hold a database address. */
const ADDRESS_SETTINGS = ['url', 'directUrl', 'shadowDatabaseUrl'];

/** Datasource addresses written as literals instead of `env("...")`, with the names in them. */
export function hardCodedConnections(schema: PrismaSchema): HardCodedConnection[] {
  const connections: HardCodedConnection[] = [];
  for (const block of schema.blocks) {
    if (block.keyword !== 'datasource') continue;
    for (const key of ADDRESS_SETTINGS) {
      const setting = block.settings.get(key);
      if (!setting?.literal) continue;
      connections.push({
        setting: `datasource ${block.name} ${key}`,
        names: namesIn(setting.value),
        span: setting.span,
      });
    }
  }
  return connections;
}

/** Host, database and `?schema=` of a connection URL; the raw text when it is not a URL (`file:./dev.db`). */
function namesIn(address: string): string[] {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return [address];
  }
  const names = [url.hostname, decodeURIComponent(url.pathname.replace(/^\//, ''))];
  const schema = url.searchParams.get('schema');
  if (schema) names.push(schema);
  return names.filter((n) => n !== '');
}
