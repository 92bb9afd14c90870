import { isProduction } from '../../../policy/production.js';
import type { Policy } from '../../../core/policy-schema.js';
import { isProductionName } from '../../../policy/production-names.js';

/** Environment names that mean production by convention, when the policy names none of its own. */
const PRODUCTION_ENVIRONMENTS = new Set(['production', 'prod', 'prd', 'live']);

/** Variables that name the environment an application or tool runs against. */
const ENVIRONMENT_VARIABLES = new Set([
  'RAILS_ENV',
  'RACK_ENV',
  'NODE_ENV',
  'APP_ENV',
  'APP_ENVIRONMENT',
  'ENVIRONMENT',
  'ENV',
  'DEPLOY_ENV',
  'DEPLOYMENT_ENV',
  'TARGET_ENV',
  'STAGE',
  'FLASK_ENV',
  'MIX_ENV',
  'ASPNETCORE_ENVIRONMENT',
  'DOTNET_ENVIRONMENT',
  'SPRING_PROFILES_ACTIVE',
  'RAILWAY_ENVIRONMENT',
  'VERCEL_ENV',
  'SENTRY_ENVIRONMENT',
]);

/**
 * NODE_ENV=production is how JavaScript builds switch on minification; it says little about
 * which database a command reaches, so it warns but does not count as newly pointing at production.
 */
const WEAK_VARIABLES = new Set(['NODE_ENV']);

/** A production target found in a file: what it is, for the message, and whether it alone means production. */
export interface Target {
  /** `RAILS_ENV=production`, `--context prod-eu`, `host db.prod.acme.net`. */
  label: string;
  strong: boolean;
}

export function isProductionEnvironment(value: string, policy: Policy): boolean {
  const v = value.trim().toLowerCase();
  return PRODUCTION_ENVIRONMENTS.has(v) || isProduction(policy, 'environments', v);
}

/** A host the policy calls production, or whose name says so (`db.prod.acme.net`, `prod-db-1`, `acme-prod.cluster-…`). */
export function isProductionHost(host: string, policy: Policy): boolean {
  const h = host.toLowerCase();
  return isProduction(policy, 'hosts', h) || isProductionName(h, policy);
}

/** The host of a URL-shaped value (`postgres://u:p@host/db`, `gs://bucket/path`), when it is one. */
export function urlHost(value: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]*@)?(\[[^\]]+\]|[^/:?#\s]+)/i.exec(value.trim());
  return m?.[1];
}

/** The database a connection URL names, for the policy's `databases`. */
export function urlDatabase(value: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/\s]+\/([^?#/\s]+)/i.exec(value.trim());
  return m?.[1];
}

/** Whether a URL-shaped value points at production by its host or its database name. */
export function productionUrl(value: string, policy: Policy): Target | undefined {
  const host = urlHost(value);
  if (host === undefined) return undefined;
  if (isProductionHost(host, policy)) return { label: `host ${host}`, strong: true };
  const database = urlDatabase(value);
  if (database !== undefined && isProduction(policy, 'databases', database)) {
    return { label: `database ${database}`, strong: true };
  }
  return undefined;
}

/** `${{ secrets.PROD_DATABASE_URL }}`, `${{ vars.PRODUCTION_HOST }}`: a value the repository keeps for production. */
const EXPRESSION_NAME = /\$\{\{\s*(?:secrets|vars)\.([A-Za-z0-9_]+)\s*\}\}/g;

/** Whether `NAME=value` points what reads it at production. */
export function productionVariable(name: string, value: string, policy: Policy): Target | undefined {
  const upper = name.toUpperCase();
  if (ENVIRONMENT_VARIABLES.has(upper)) {
    const values = upper === 'SPRING_PROFILES_ACTIVE' ? value.split(',') : [value];
    if (values.some((v) => isProductionEnvironment(v, policy))) {
      return { label: `${name}=${value.trim()}`, strong: !WEAK_VARIABLES.has(upper) };
    }
  }
  if (upper === 'DJANGO_SETTINGS_MODULE') {
    const module = value.trim().split('.').pop() ?? '';
    if (isProductionEnvironment(module, policy)) return { label: `${name}=${value.trim()}`, strong: true };
  }
  if (upper === 'TF_WORKSPACE' && isWorkspace(value, policy)) return { label: `${name}=${value.trim()}`, strong: true };
  if ((upper === 'KUBE_CONTEXT' || upper === 'KUBECONTEXT') && isKubeContext(value, policy)) {
    return { label: `${name}=${value.trim()}`, strong: true };
  }
  if (
    (upper === 'AWS_PROFILE' || upper === 'GOOGLE_CLOUD_PROJECT' || upper === 'CLOUDSDK_CORE_PROJECT') &&
    isProject(value, policy)
  ) {
    return { label: `${name}=${value.trim()}`, strong: true };
  }
  const url = productionUrl(value, policy);
  if (url) return { label: `${name} with ${url.label}`, strong: true };
  if (
    /(^|_)(HOST|HOSTNAME|SERVER)$/.test(upper) &&
    /^[a-z0-9.-]+$/i.test(value.trim()) &&
    isProductionHost(value.trim(), policy)
  ) {
    return { label: `${name}=${value.trim()}`, strong: true };
  }
  for (const m of value.matchAll(EXPRESSION_NAME)) {
    if (isProductionName(m[1]!, policy)) return { label: `${name} from ${m[1]}`, strong: true };
  }
  return undefined;
}

export function isKubeContext(value: string, policy: Policy): boolean {
  return isProduction(policy, 'kubeContexts', value) || isProductionName(value, policy);
}

export function isWorkspace(value: string, policy: Policy): boolean {
  return isProduction(policy, 'workspaces', value) || isProductionEnvironment(value, policy);
}

export function isProject(value: string, policy: Policy): boolean {
  return isProduction(policy, 'projects', value) || isProductionName(value, policy);
}

/** A directory that deploys to production: named by the policy, or ending in a `prod`/`production` folder. */
export function isProductionDirectory(dir: string, policy: Policy): boolean {
  const d = dir.replace(/^\.\//, '').replace(/\/+$/, '');
  if (isProduction(policy, 'directories', d) || isProduction(policy, 'directories', `${d}/`)) return true;
  const last = d.split('/').pop() ?? '';
  return isProductionEnvironment(last, policy);
}
