/**
 * libpg-query, imported on first use: its glue and WebAssembly cost start-up time, and a change
 * without SQL never needs them. Same names as the package's synchronous API; each throws until
 * loadModule() has resolved, so a parse before the load fails loudly instead of passing.
 */
import type * as LibPgQuery from 'libpg-query';

type Api = Pick<typeof LibPgQuery, 'loadModule' | 'parseSync' | 'parsePlPgSQLSync' | 'scanSync'>;

let pg: Api | undefined;

export async function loadModule(): Promise<void> {
  const imported = await import('libpg-query');
  // The package is CommonJS: a bundle's chunk (and Node itself) hands its exports over as `default`.
  const module: Api = typeof imported.loadModule === 'function' ? imported : imported.default;
  await module.loadModule();
  pg = module;
}

function loaded(): Api {
  if (!pg) throw new Error('the Postgres parser is used before it was loaded');
  return pg;
}

export const parseSync: typeof LibPgQuery.parseSync = (query) => loaded().parseSync(query);
export const parsePlPgSQLSync: typeof LibPgQuery.parsePlPgSQLSync = (query) => loaded().parsePlPgSQLSync(query);
export const scanSync: typeof LibPgQuery.scanSync = (query) => loaded().scanSync(query);
