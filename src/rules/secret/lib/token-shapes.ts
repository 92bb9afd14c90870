import { PROVIDER_TOKENS } from './provider-tokens.js';

/** A provider credential recognised by its shape alone: a prefix the provider puts on every key. */
export interface TokenShape {
  provider: string;
  pattern: RegExp;
  /**
   * Regular expressions of which every match of `pattern` contains one, each ending in a
   * character or a class: a text without any is not scanned for the shape (prefilter.ts).
   */
  anchors: readonly string[];
  /**
   * The least Shannon entropy (bits per character) of the value for it to be a key rather than
   * a made-up one (`AKCpXXXX…`, `0123456789abcdef…`). The value is group 1 when the pattern has
   * one (a name and its value: provider-tokens.ts), else the whole match.
   */
  entropy?: number;
}

/**
 * Shapes secretlint's recommended preset does not cover (or covers only in part). Each one is a
 * regular expression over a single token, anchored on a provider prefix, not over structure.
 */
export const TOKEN_SHAPES: readonly TokenShape[] = [
  {
    provider: 'Stripe live secret key',
    pattern: /\b[sr]k_(?:live|prod)_[0-9A-Za-z]{20,}\b/g,
    anchors: ['k_live_', 'k_prod_'],
  },
  { provider: 'OpenAI API key', pattern: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{30,}/g, anchors: ['sk-'] },
  { provider: 'OpenAI API key', pattern: /\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b/g, anchors: ['T3BlbkFJ'] },
  { provider: 'Anthropic API key', pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{30,}/g, anchors: ['sk-ant-'] },
  { provider: 'Slack token', pattern: /\bxox[abposr]-[0-9A-Za-z-]{20,}/g, anchors: ['xox[abposr]-'] },
  {
    provider: 'Slack webhook',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[0-9A-Z]+\/B[0-9A-Z]+\/[0-9A-Za-z]{16,}/g,
    anchors: ['hooks\\.slack\\.'],
  },
  {
    provider: 'GitHub token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})\b/g,
    anchors: ['gh[pousr]_', 'github_pat_'],
  },
  { provider: 'Heroku API key', pattern: /\bHRKU-[A-Za-z0-9_-]{40,}/g, anchors: ['HRKU-'] },
  {
    provider: 'Fly.io token',
    pattern: /\bFlyV1 fm\d[a-z]?_[A-Za-z0-9+/=_,-]{20,}/g,
    anchors: ['fm\\d_', 'fm\\d[a-z]_'],
  },
  { provider: 'Fly.io token', pattern: /\bfm\d[a-z]?_[A-Za-z0-9+/=_-]{40,}/g, anchors: ['fm\\d_', 'fm\\d[a-z]_'] },
  { provider: 'Supabase access token', pattern: /\bsbp_[a-f0-9]{40}\b/g, anchors: ['sbp_'] },
  { provider: 'Supabase secret key', pattern: /\bsb_secret_[A-Za-z0-9_-]{20,}/g, anchors: ['sb_secret_'] },
  { provider: 'Neon API key', pattern: /\bnapi_[a-z0-9]{40,}\b/g, anchors: ['napi_'] },
  { provider: 'PlanetScale token', pattern: /\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{30,}/g, anchors: ['pscale_'] },
  { provider: 'Render API key', pattern: /\brnd_[A-Za-z0-9]{24,}\b/g, anchors: ['rnd_'] },
  { provider: 'Vercel token', pattern: /\bvc[pkiar]_[A-Za-z0-9]{24,}\b/g, anchors: ['vc[pkiar]_'] },
  { provider: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, anchors: ['AIz'] },
  { provider: 'AWS access key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, anchors: ['AKIA', 'ASIA'] },
  ...PROVIDER_TOKENS,
];

/**
 * Variables whose value is a credential for a platform that can delete a production database or
 * volume; their values have no fixed shape (Railway's are UUIDs), so the name is the signal.
 */
export const CREDENTIAL_NAMES: readonly { provider: string; pattern: RegExp }[] = [
  { provider: 'Railway token', pattern: /^RAILWAY_(?:API_)?TOKEN$|^RAILWAY_[A-Z_]*TOKEN$/ },
  { provider: 'Fly.io token', pattern: /^FLY_(?:API_)?(?:ACCESS_)?TOKEN$/ },
  { provider: 'Heroku API key', pattern: /^HEROKU_(?:API_KEY|API_TOKEN|OAUTH_TOKEN)$/ },
  {
    provider: 'Supabase key',
    pattern: /^SUPABASE_(?:SERVICE_ROLE_KEY|SERVICE_KEY|ACCESS_TOKEN|SECRET_KEY|DB_PASSWORD)$/,
  },
  { provider: 'Vercel token', pattern: /^VERCEL_(?:API_)?TOKEN$/ },
  { provider: 'Neon API key', pattern: /^NEON_API_KEY$/ },
  { provider: 'PlanetScale token', pattern: /^PLANETSCALE_(?:SERVICE_TOKEN|TOKEN|PASSWORD)$/ },
  { provider: 'Render API key', pattern: /^RENDER_API_KEY$/ },
  { provider: 'OpenAI API key', pattern: /^OPENAI_API_KEY$/ },
  { provider: 'Stripe secret key', pattern: /^STRIPE_(?:SECRET|API)_KEY$/ },
  { provider: 'DigitalOcean token', pattern: /^(?:DIGITALOCEAN|DO)_(?:ACCESS_|API_)?TOKEN$/ },
  { provider: 'Cloudflare API token', pattern: /^CLOUDFLARE_API_(?:TOKEN|KEY)$/ },
  { provider: 'AWS secret access key', pattern: /^AWS_SECRET_ACCESS_KEY$/ },
];
