import type { CodeCall } from '../../../../parsers/code/read.js';
import type { CodeDocument } from '../document.js';
import { javascriptWholeTable } from './javascript.js';
import { goWholeTable, jvmWholeTable } from './jvm-go.js';
import { phpWholeTable } from './php.js';
import { pythonWholeTable } from './python.js';
import { rubyWholeTable } from './ruby.js';
import type { WholeTable } from './types.js';

export type { WholeTable, WholeTableMessage } from './types.js';
export { isTautology, isEmptyObject, matchesEveryRow, tautologyText } from './conditions.js';
export { isWholeModel, RAILS_EACH } from './ruby.js';

/** Query builders and ORMs of each language that delete a whole table when nothing narrows them. */
export function wholeTableDelete(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  switch (doc.language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return javascriptWholeTable(doc, call);
    case 'python':
      return pythonWholeTable(doc, call);
    case 'ruby':
      return rubyWholeTable(call);
    case 'php':
      return phpWholeTable(doc, call);
    case 'java':
    case 'kotlin':
      return jvmWholeTable(doc, call);
    case 'go':
      return goWholeTable(doc, call);
    default:
      return undefined;
  }
}
