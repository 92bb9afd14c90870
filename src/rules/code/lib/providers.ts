import { UNKNOWN } from '../../../parsers/code/values.js';

/** Hosting and database providers whose HTTP APIs manage (and delete) infrastructure. */
const PROVIDER_APIS: readonly { prefix: string; provider: string }[] = [
  { prefix: 'backboard.railway.app', provider: 'Railway' },
  { prefix: 'backboard.railway.com', provider: 'Railway' },
  { prefix: 'api.railway.app', provider: 'Railway' },
  { prefix: 'api.heroku.com', provider: 'Heroku' },
  { prefix: 'api.render.com', provider: 'Render' },
  { prefix: 'api.fly.io', provider: 'Fly.io' },
  { prefix: 'api.machines.dev', provider: 'Fly.io' },
  { prefix: 'api.supabase.com', provider: 'Supabase' },
  { prefix: 'console.neon.tech/api', provider: 'Neon' },
  { prefix: 'api.planetscale.com', provider: 'PlanetScale' },
  { prefix: 'api.digitalocean.com', provider: 'DigitalOcean' },
  { prefix: 'api.vercel.com', provider: 'Vercel' },
  { prefix: 'api.netlify.com', provider: 'Netlify' },
  { prefix: 'api.linode.com', provider: 'Linode' },
  { prefix: 'api.hetzner.cloud', provider: 'Hetzner' },
  { prefix: 'api.vultr.com', provider: 'Vultr' },
  { prefix: 'api.upstash.com', provider: 'Upstash' },
  { prefix: 'cloud.mongodb.com/api', provider: 'MongoDB Atlas' },
  { prefix: 'api.cloudflare.com', provider: 'Cloudflare' },
  { prefix: 'api.scaleway.com', provider: 'Scaleway' },
  { prefix: 'api.turso.tech', provider: 'Turso' },
  { prefix: 'api.aiven.io', provider: 'Aiven' },
];

export interface ProviderApi {
  provider: string;
  host: string;
  graphql: boolean;
}

/** The provider API a URL points at, from its known part: `https://api.fly.io/graphql` -> Fly.io. */
export function providerApiOf(url: string): ProviderApi | undefined {
  const match = /^\s*(?:https?:)?\/\/([^\s?#]*)/i.exec(url);
  if (!match) return undefined;
  const rest = match[1]!.toLowerCase();
  const known = rest.split(UNKNOWN, 1)[0]!;
  const api = PROVIDER_APIS.find(
    (p) => known === p.prefix || known.startsWith(`${p.prefix}/`) || known.startsWith(`${p.prefix}:`),
  );
  if (!api) return undefined;
  return { provider: api.provider, host: api.prefix.split('/')[0]!, graphql: /\/graphql\b/.test(known) };
}
