import type { Span } from '../../../core/types.js';
import { presetMayFind } from './prefilter.js';

/** A credential secretlint's recommended preset found, by the preset rule that found it. */
export interface SecretlintHit {
  /** The preset rule's id without its `@secretlint/secretlint-rule-` prefix: `slack`, `aws`, `privatekey`. */
  detector: string;
  span: Span;
}

const PREFIX = '@secretlint/secretlint-rule-';

/**
 * Preset rules two-key does not run: comment filters would let the pull request switch the
 * scan off with a `secretlint-disable` comment, and connection strings and basic-auth URLs are
 * read by two-key's own rule, which knows local hosts and placeholder passwords.
 */
const LEFT_OUT = new Set(['filter-comments', 'database-connection-string', 'basicauth'].map((id) => PREFIX + id));

/** secretlint and its preset, imported with the first text to scan (start-up time is the reason). */
let loading: ReturnType<typeof load> | undefined;

async function load() {
  const [{ lintSource }, { creator: recommended }] = await Promise.all([
    import('@secretlint/core'),
    import('@secretlint/secretlint-rule-preset-recommend'),
  ]);
  const rules = recommended.rules
    .filter((rule) => !LEFT_OUT.has(rule.meta.id))
    .map((rule) => ({ id: rule.meta.id, rule }));
  return { lintSource, rules };
}

/** The preset rules two-key runs, by id. */
export async function secretlintRuleIds(): Promise<readonly string[]> {
  return (await (loading ??= load())).rules.map((r) => r.id);
}

/**
 * What the preset finds in a text, through the prefilter: most texts hold none of the preset's
 * anchors, and for them the preset is not run (nor even loaded).
 */
export async function scanWithPreset(path: string, text: string): Promise<SecretlintHit[]> {
  return presetMayFind(path, text) ? await presetHits(path, text) : [];
}

/** What the preset finds in a text, always run (no prefilter, no cache): the reference the prefilter is held to. */
export async function presetHits(path: string, text: string): Promise<SecretlintHit[]> {
  const { lintSource, rules } = await (loading ??= load());
  const ext = /\.[^./]+$/.exec(path)?.[0] ?? '';
  const result = await lintSource({
    source: { filePath: path, content: text, ext, contentType: 'text' },
    options: { config: { rules }, noPhysicFilePath: true },
  });
  return result.messages.map((m) => ({
    detector: m.ruleId.startsWith(PREFIX) ? m.ruleId.slice(PREFIX.length) : m.ruleId,
    span: { start: m.range[0], end: m.range[1] },
  }));
}
