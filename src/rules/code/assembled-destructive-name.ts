import type { Rule } from '../../core/rule.js';
import { DESTRUCTIVE_WORDS } from './lib/destructive-names.js';
import type { CodeDocument } from './lib/document.js';

export const assembledDestructiveName: Rule<CodeDocument, 'assembled'> = {
  meta: {
    id: 'code/assembled-destructive-name',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A destructive word (`Delete`, `drop`, `destroy`…) put together from pieces that do not contain it, the way code hides a call from a reader.',
    messages: {
      assembled:
        '"{word}" is assembled at run time from pieces ({pieces}) so that no literal in the file shows it; what it names needs a reviewer',
    },
    examples: {
      invalid: [
        {
          code: "const resource = 'volume';\nconst action = ['Del', 'ete'].join('');\nexport const op = `${resource}${action}`;\n",
          line: 2,
          path: 'src/ops/storage.ts',
        },
        { code: 'VERB = "de" + "lete"\nfn = getattr(client, VERB + "_bucket")\n', line: 1, path: 'ops/x.py' },
      ],
      valid: [
        { code: "const label = 'Delete' + ' ' + name;\n", path: 'src/ui.ts' },
        { code: 'name = f"{prefix}-backup"\n', path: 'ops/names.py' },
      ],
    },
  },
  check(doc, report) {
    for (const assembly of doc.scope.assemblies.values()) {
      const text = assembly.text.toLowerCase();
      const pieces = assembly.pieces.map((p) => p.toLowerCase());
      const word = DESTRUCTIVE_WORDS.find((w) => text.includes(w) && !pieces.some((p) => p.includes(w)));
      if (!word) continue;
      report({
        messageId: 'assembled',
        data: { word, pieces: assembly.pieces.map((p) => JSON.stringify(p)).join(' + ') },
        span: assembly.span,
      });
    }
  },
};
