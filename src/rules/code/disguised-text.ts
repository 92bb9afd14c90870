import type { Rule } from '../../core/rule.js';
import { INVISIBLE } from '../../parsers/code/values.js';
import type { CodeDocument } from './lib/document.js';

/** Statements that destroy data, as they read once the disguise is gone. */
const DESTRUCTIVE_SQL = /\b(drop\s+(?:table|schema|database)|truncate|delete\s+from)\b/i;
/** Fullwidth forms of ASCII (`ＤＲＯＰ`), which NFKC turns back into ASCII. */
const FULLWIDTH = /[\uff01-\uff5e]/u;

function revealed(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

export const disguisedText: Rule<CodeDocument, 'literal' | 'reveal'> = {
  meta: {
    id: 'code/disguised-text',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'Destructive SQL hidden with invisible or fullwidth characters, and the normalisation that turns it back into a statement that runs.',
    messages: {
      literal: 'this string hides "{statement}" behind invisible or fullwidth characters',
      reveal: 'this rewrite turns disguised text back into "{statement}"',
    },
    examples: {
      invalid: [
        {
          code: "const STATEMENT = 'DR\u200bOP SCHE\u200bMA IF EXISTS $1 CASCADE';\nexport const sql = STATEMENT.replace(/\\u200b/g, '');\n",
          line: 1,
          path: 'src/admin/reset.ts',
        },
        {
          code: 'import unicodedata\nTEMPLATE = "\uff24\uff32\uff2f\uff30 \uff34\uff21\uff22\uff2c\uff25 {name}"\nsql = unicodedata.normalize("NFKC", TEMPLATE.format(name=n))\n',
          line: 3,
          path: 'app/cleanup.py',
        },
      ],
      valid: [
        { code: "const title = '\uff24\uff32\uff2f\uff30 zone';\n", path: 'src/ui.ts' },
        { code: "const sql = 'DROP TABLE scratch';\n", path: 'src/x.ts' },
      ],
    },
  },
  check(doc, report) {
    for (const { node, value } of doc.strings) {
      const text = value.text;
      if (!FULLWIDTH.test(text) && !new RegExp(INVISIBLE.source, 'u').test(text)) continue;
      const match = DESTRUCTIVE_SQL.exec(revealed(text));
      if (!match || DESTRUCTIVE_SQL.test(text)) continue;
      report({
        messageId: 'literal',
        data: { statement: match[0].toUpperCase() },
        span: { start: node.startIndex, end: node.endIndex },
      });
    }
    for (const transform of doc.scope.transforms.values()) {
      const match = DESTRUCTIVE_SQL.exec(transform.after);
      if (!match || DESTRUCTIVE_SQL.test(transform.before)) continue;
      report({ messageId: 'reveal', data: { statement: match[0].toUpperCase() }, span: transform.span });
    }
  },
};
