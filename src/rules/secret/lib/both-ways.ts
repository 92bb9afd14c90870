import { findSecrets, type SecretHit } from './document.js';
import { NO_PREFILTER } from './prefilter.js';
import { presetHits, scanWithPreset } from './secretlint.js';

/**
 * The credentials in a text found twice: with every detector run over it (secretlint's preset
 * and two-key's own), and as a check finds them, through the prefilter. The prefilter is sound
 * when the second is always the first (bench/secret-prefilter-soundness.mjs, the tests).
 */
export async function secretsBothWays(
  path: string,
  text: string,
): Promise<{ full: SecretHit[]; filtered: SecretHit[] }> {
  const full = findSecrets(text, await presetHits(path, text), NO_PREFILTER);
  return { full, filtered: findSecrets(text, await scanWithPreset(path, text)) };
}
