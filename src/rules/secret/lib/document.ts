import type { Span } from '../../../core/types.js';
import { embeddedPasswords } from './connection-strings.js';
import { isPlaceholder, isTestModeKey, looksRandom, shannonEntropy } from './placeholder.js';
import { publishedSample } from './published-samples.js';
import { PREFILTER, type SecretPrefilter } from './prefilter.js';
import { privateKeys } from './private-keys.js';
import type { SecretlintHit } from './secretlint.js';
import { CREDENTIAL_NAMES } from './token-shapes.js';
import { firebaseWebConfigReason } from './public-client-keys.js';

export type SecretCategory = 'token' | 'connection-string' | 'private-key';

export interface SecretHit {
  category: SecretCategory;
  /** What it is a credential for, for the message: never the value. */
  what: string;
  /** The secret value itself: what the engine masks in every output. */
  span: Span;
  /** Why the value is public (a provider's documented sample key, a Firebase web config's apiKey): reported, not blocking. */
  sample?: string;
}

/** What the secret rules are given: one file's text and every credential found in it. */
export interface SecretDocument {
  path: string;
  text: string;
  hits: SecretHit[];
}

/** Names secretlint's rules by what they find. */
const SECRETLINT_WHAT: Record<string, string> = {
  aws: 'AWS credential',
  gcp: 'GCP service account key',
  privatekey: 'private key',
  npm: 'npm token',
  slack: 'Slack token',
  sendgrid: 'SendGrid API key',
  shopify: 'Shopify token',
  github: 'GitHub token',
  gitlab: 'GitLab token',
  grafana: 'Grafana token',
  openai: 'OpenAI API key',
  anthropic: 'Anthropic API key',
  groq: 'Groq API key',
  huggingface: 'Hugging Face token',
  linear: 'Linear API key',
  notion: 'Notion token',
  '1password': '1Password token',
  'hashicorp-vault': 'HashiCorp Vault token',
  vercel: 'Vercel token',
  databricks: 'Databricks token',
  docker: 'Docker Hub token',
  figma: 'Figma token',
};

/** `NAME=value`, `NAME: value`, `"NAME": "value"`, `NAME = 'value'`: an assignment to an upper-case name. */
const ASSIGNMENT = /(?<![A-Za-z0-9_])([A-Z][A-Z0-9_]{2,})["']?[ \t]*(?::=|=>|=|:)[ \t]*(["'`]?)([^\s"'`,;#)]*)/g;

/**
 * `token: '…'`, `"apiKey": "…"`, `client_secret = '…'`: a literal in a field whose name says it
 * holds a credential, in code or configuration, whatever the case. Plain `key` is too common
 * (React keys, cache keys) to say anything.
 */
const CREDENTIAL_FIELD =
  /(?<![A-Za-z0-9_])((?:api|access|auth|bearer|secret|private|refresh|service)?[_-]?(?:token|secret|api[_-]?key|secret[_-]?key|access[_-]?key)|client[_-]?secret)["']?[ \t]*(?::=|=>|=|:)[ \t]*(["'`])([^\s"'`]+)\2/gi;

/** Every credential in a text: secretlint's findings, provider shapes, named credentials, passwords, keys. */
export function findSecrets(
  text: string,
  secretlint: readonly SecretlintHit[],
  prefilter: SecretPrefilter = PREFILTER,
): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const span of privateKeys(text)) hits.push({ category: 'private-key', what: 'private key', span });
  for (const hit of secretlint) {
    const value = text.slice(hit.span.start, hit.span.end);
    if (isPlaceholder(value)) continue;
    const keyLike = hit.detector === 'privatekey' || hit.detector === 'gcp';
    hits.push({
      category: keyLike ? 'private-key' : 'token',
      what: SECRETLINT_WHAT[hit.detector] ?? `${hit.detector} credential`,
      span: hit.span,
    });
  }
  // Each detector below runs only where the prefilter finds what every match of it contains.
  for (const shape of prefilter.shapes(text)) {
    for (const m of text.matchAll(shape.pattern)) {
      // A name and its value (provider-tokens.ts): the value is group 1, at the end of the match.
      const value = m[1] ?? m[0];
      if (isPlaceholder(value) || isTestModeKey(value)) continue;
      if (shape.entropy !== undefined && shannonEntropy(value) < shape.entropy) continue;
      const start = m.index + m[0].length - value.length;
      hits.push({ category: 'token', what: shape.provider, span: { start, end: start + value.length } });
    }
  }
  for (const m of prefilter.credentialName(text) ? text.matchAll(ASSIGNMENT) : []) {
    const name = m[1]!;
    const value = m[3]!;
    const named = CREDENTIAL_NAMES.find((c) => c.pattern.test(name));
    if (!named || isPlaceholder(value) || isTestModeKey(value) || !looksRandom(value)) continue;
    const start = m.index + m[0].length - value.length;
    hits.push({ category: 'token', what: named.provider, span: { start, end: start + value.length } });
  }
  for (const p of embeddedPasswords(text, prefilter)) {
    hits.push({ category: 'connection-string', what: `password for ${p.host}`, span: p.span });
  }
  for (const m of prefilter.credentialField(text) ? text.matchAll(CREDENTIAL_FIELD) : []) {
    const value = m[3]!;
    if (isPlaceholder(value) || isTestModeKey(value) || !looksRandom(value, 20)) continue;
    const start = m.index + m[0].length - value.length - 1;
    hits.push({
      category: 'token',
      what: `credential in a field named "${m[1]!}"`,
      span: { start, end: start + value.length },
    });
  }
  const marked = hits.map((h) => {
    const sample = publishedSample(text.slice(h.span.start, h.span.end)) ?? firebaseWebConfigReason(text, h.span);
    return sample ? { ...h, sample } : h;
  });
  return withoutOverlaps(marked);
}

/**
 * One finding per secret: a key the preset, a shape and a name all recognise is reported once,
 * over the union of their spans so no part of it escapes masking. A GCP key file, which the
 * preset reports as a whole, is reported at its private key.
 */
function withoutOverlaps(hits: SecretHit[]): SecretHit[] {
  const keys = hits.filter((h) => h.category === 'private-key' && h.what === 'private key');
  const wholeFile = (h: SecretHit) =>
    h.what === SECRETLINT_WHAT.gcp && keys.some((k) => h.span.start <= k.span.start && k.span.end <= h.span.end);
  const sorted = hits.filter((h) => !wholeFile(h)).sort((a, b) => a.span.start - b.span.start);
  const kept: SecretHit[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last && hit.span.start < last.span.end) {
      last.span = { start: last.span.start, end: Math.max(last.span.end, hit.span.end) };
      // A sample only when every reading of the merged span is the sample.
      if (!hit.sample) delete last.sample;
      continue;
    }
    kept.push({ ...hit, span: { ...hit.span } });
  }
  return kept;
}
