import type { FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { findSecrets, type SecretDocument } from './document.js';
import { secretRules } from './index.js';
import { scansForSecrets } from './applies.js';
import { runSecretlint, secretlintHits } from './secretlint.js';

/** Past this size a file is data, not configuration someone pasted a key into; secretlint would crawl. */
const MAX_SCANNED = 2_000_000;

export const secretChecker: FamilyChecker = {
  family: 'secret',
  rules: secretRules,
  // Every file kind: a key pasted into a README or an .env.example is as leaked as one in code.
  appliesTo: scansForSecrets,
  async prepare(file) {
    if (file.text.length <= MAX_SCANNED) await runSecretlint(file.path, file.text);
  },
  check({ path, text }) {
    if (text.length > MAX_SCANNED) {
      return { findings: [], notes: [`${path}: over ${MAX_SCANNED} characters, not scanned for secrets`] };
    }
    const doc: SecretDocument = { path, text, hits: findSecrets(text, secretlintHits(text)) };
    return { findings: runRules(secretRules, doc, () => false), notes: [] };
  },
};
