import type { CodeCall } from '../../../../parsers/code/read.js';
import type { CodeDocument } from '../document.js';
import { isEmptyObject, isTautology } from './conditions.js';
import { quoted, type WholeTable } from './types.js';

/** Steps of a query builder that leave every row selected. */
const KEEP_ALL = new Set([
  'createQueryBuilder',
  'getQueryBuilder',
  'qb',
  'delete',
  'deleteFrom',
  'from',
  'getQuery',
  'returning',
  'returningAll',
  'setParameters',
  'setParameter',
  'useTransaction',
  'callListeners',
  'comment',
  'output',
  'withSchema',
]);
const WHERE = /^(where|andWhere|orWhere)$/;

/**
 * A DELETE built step by step and run with no where, or only a where every row meets:
 * TypeORM and MikroORM `createQueryBuilder().delete().from(Order).execute()`, Kysely
 * `db.deleteFrom('orders').execute()`, Doctrine `createQueryBuilder()->delete(Order::class, 'o')->getQuery()->execute()`.
 */
export function builderDelete(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  const steps = call.receiverCalls;
  const names = steps.map((s) => s.name);
  const kysely = names.includes('deleteFrom');
  if (!kysely && !(names.includes('delete') && (names.includes('createQueryBuilder') || names.includes('from'))))
    return undefined;
  let condition: string | undefined;
  for (const step of steps) {
    if (WHERE.test(step.name)) {
      const [only] = step.args;
      const always =
        step.args.length === 1 && (isTautology(only!.value, doc.scope) || isEmptyObject(only!.value, doc.scope));
      if (!always) return undefined;
      condition ??= quoted(step.node.text.slice(step.nameSpan.start - step.node.startIndex));
      continue;
    }
    if (!KEEP_ALL.has(step.name)) return undefined;
    // MikroORM's qb.delete({ id }) and TypeORM's nothing: a condition given to delete() narrows it.
    if (step.name === 'delete' && doc.language !== 'php' && step.args.length > 0) {
      if (step.args.length > 1 || !isEmptyObject(step.args[0]!.value, doc.scope)) return undefined;
    }
  }
  return condition ? { messageId: 'alwaysTrue', data: { condition } } : { messageId: 'queryDelete' };
}
