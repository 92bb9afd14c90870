import type { CodeCall } from '../../../../parsers/code/read.js';
import type { CodeDocument } from '../document.js';
import { isTautology } from './conditions.js';
import { declaredTypeOf, isRepositoryType } from './declared-types.js';
import { quoted, type WholeTable } from './types.js';

/**
 * Java and Kotlin: Spring Data's `deleteAllInBatch()` on any receiver and `deleteAll()` on a name
 * declared as a repository (`private final OrderRepository orders;`), and Spring Data MongoDB's
 * `mongoTemplate.remove(new Query(), Order.class)`.
 */
export function jvmWholeTable(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  if (call.name === 'deleteAllInBatch' && call.args.length === 0) return { messageId: 'clear' };
  if (call.name === 'deleteAll' && call.args.length === 0) {
    const previous = call.receiver.at(-1) ?? '';
    return isRepositoryType(declaredTypeOf(doc.root, previous)) ? { messageId: 'clear' } : undefined;
  }
  if ((call.name === 'remove' || call.name === 'findAllAndRemove') && call.args.length >= 2) {
    const query = call.args[0]!.value.text.replace(/\s+/g, '');
    if (/^(new)?Query\(\)$/.test(query)) return { messageId: 'deleteMany' };
  }
  return undefined;
}

/**
 * Go: ent's `client.Order.Delete().Exec(ctx)` with no Where, sqlboiler's
 * `models.Orders().DeleteAll(ctx, db)` with no query mods, and bun's `NewDelete()` narrowed only by
 * a condition every row meets (bun refuses a delete with no where at all).
 */
export function goWholeTable(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  const names = call.receiverCalls.map((c) => c.name);
  if (call.name === 'Exec' || call.name === 'ExecX') {
    const del = call.receiverCalls.find((c) => c.name === 'Delete');
    if (del && del.args.length === 0 && !names.includes('Where')) return { messageId: 'queryDelete' };
    if (names[0] === 'NewDelete') {
      const wheres = call.receiverCalls.filter((c) => c.name === 'Where');
      if (wheres.length > 0 && wheres.every((w) => w.args.length === 1 && isTautology(w.args[0]!.value, doc.scope)))
        return {
          messageId: 'alwaysTrue',
          data: {
            condition: quoted(wheres[0]!.node.text.slice(wheres[0]!.nameSpan.start - wheres[0]!.node.startIndex)),
          },
        };
    }
  }
  if ((call.name === 'DeleteAll' || call.name === 'DeleteAllG') && call.receiverCalls.length === 1) {
    const query = call.receiverCalls[0]!;
    if (query.args.length === 0 && /^[A-Z]/.test(query.name) && query.receiver.length === 1)
      return { messageId: 'queryDelete' };
  }
  return undefined;
}
