import type { Rule } from '../../core/rule.js';
import { placeOf, type GuardDocument } from './lib/document.js';
import { guardComparisons } from './lib/guard-comparisons.js';

export const codeownersChange: Rule<GuardDocument, 'ownerLost'> = {
  meta: {
    id: 'guard/codeowners-change',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A CODEOWNERS change that leaves a path with fewer or other owners: an owner removed, a line removed, or a later line that overrides a path.',
    messages: {
      ownerLost: 'after this CODEOWNERS change, {reason}',
    },
    examples: {
      invalid: [
        {
          code: '* @acme/dev\n',
          base: '* @acme/dev\n/db/ @acme/dba\n',
          line: 2,
          side: 'base',
          path: '.github/CODEOWNERS',
        },
        {
          code: '* @acme/dev\n/db/ @acme/dev\n',
          base: '* @acme/dev\n/db/ @acme/dba @acme/dev\n',
          line: 2,
          path: '.github/CODEOWNERS',
        },
        {
          code: '/db/ @acme/dba\n/db/scratch/ @acme/dev\n',
          base: '/db/ @acme/dba\n',
          line: 2,
          path: 'CODEOWNERS',
        },
      ],
      valid: [
        {
          code: '* @acme/dev\n/db/ @acme/dba @acme/sre\n',
          base: '* @acme/dev\n/db/ @acme/dba\n',
          path: '.github/CODEOWNERS',
        },
      ],
    },
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === 'codeowners')) {
      for (const w of c.weakenings) {
        const at = placeOf(doc, w);
        if (at) report({ messageId: 'ownerLost', data: { reason: w.reason }, ...at });
      }
    }
  },
};
