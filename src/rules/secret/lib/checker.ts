import type { CheckedFile, FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { findSecrets, type SecretDocument } from './document.js';
import { secretRules } from './index.js';
import { scansForSecrets } from './applies.js';
import { scanWithPreset, type SecretlintHit } from './secretlint.js';

/** Past this size a file is data, not configuration someone pasted a key into; secretlint would crawl. */
const MAX_SCANNED = 2_000_000;

/**
 * What prepare() found per file, for check(): the engine hands both the same object, and the
 * file's text is not kept beyond it (a cache by text held the last 64 texts).
 */
const presetFound = new WeakMap<CheckedFile, SecretlintHit[]>();

export const secretChecker: FamilyChecker = {
  family: 'secret',
  rules: secretRules,
  // Every file kind: a key pasted into a README or an .env.example is as leaked as one in code.
  appliesTo: scansForSecrets,
  async prepare(file) {
    if (file.text.length <= MAX_SCANNED) presetFound.set(file, await scanWithPreset(file.path, file.text));
  },
  check(file) {
    const { path, text } = file;
    if (text.length > MAX_SCANNED) {
      return { findings: [], notes: [`${path}: over ${MAX_SCANNED} characters, not scanned for secrets`] };
    }
    const preset = presetFound.get(file);
    // A check without its prepare must not pass as "nothing found".
    if (!preset) throw new Error('secretlint did not run over this text');
    const doc: SecretDocument = { path, text, hits: findSecrets(text, preset) };
    return { findings: runRules(secretRules, doc, () => false), notes: [] };
  },
};
