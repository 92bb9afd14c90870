import type { CodeCall } from '../../../../parsers/code/read.js';
import { tautologyText } from './conditions.js';
import type { WholeTable } from './types.js';

/** Rails relation steps that keep every row (`where` only when its condition is empty or always true). */
const RAILS_WHOLE_TABLE = new Set([
  'not()',
  'all()',
  'unscoped()',
  'in_batches()',
  'where()',
  'rewhere()',
  'all',
  'unscoped',
  'in_batches',
]);
/** Iterations over a relation, one record or batch at a time. */
export const RAILS_EACH = new Set(['find_each', 'each', 'find_in_batches', 'in_batches']);

/** `Order`, `Order.all`, `Order.unscoped.where("1=1")`: a model's whole table, however the chain is spelled. */
export function isWholeModel(call: Pick<CodeCall, 'receiver' | 'receiverCalls'>): boolean {
  const [model, ...rest] = call.receiver;
  return !!model && /^[A-Z]/.test(model) && rest.every((r) => RAILS_WHOLE_TABLE.has(r)) && !scoped(call);
}

/** A Rails `where(nil)`, `where({})`, `where("1=1")` is no scope; any other where or limit is. */
function scoped(call: Pick<CodeCall, 'receiverCalls'>): boolean {
  return call.receiverCalls.some(
    (c) =>
      (c.name === 'where' || c.name === 'rewhere' || c.name === 'not') &&
      !c.args.every(
        (a) =>
          // `where.not(id: nil)`: every row has an id.
          (c.name === 'not' && /^(id|pk)$/.test(a.key ?? '') && a.value.type === 'nil') ||
          (a.key === undefined &&
            (a.value.type === 'nil' ||
              (a.value.type === 'hash' && a.value.namedChildren.length === 0) ||
              tautologyText(a.value.text))),
      ),
  );
}

/**
 * Ruby beyond a model's own delete_all: `Order.in_batches(of: 500, &:delete_all)`, a connection's
 * `truncate(:orders)`, and Sequel's `DB[:orders].delete`. (A block that destroys each record of a
 * whole-table listing is code/delete-over-listing's.)
 */
export function rubyWholeTable(call: CodeCall): WholeTable | undefined {
  if (call.name === 'in_batches' && call.args.some((a) => /^&:(delete_all|destroy_all)$/.test(a.value.text))) {
    return isWholeModel(call) ? { messageId: 'railsAll' } : undefined;
  }
  if ((call.name === 'truncate' || call.name === 'truncate_tables') && call.args.length > 0) {
    if (/^connection(\(\))?$/.test(call.receiver.at(-1) ?? ''))
      return { messageId: 'wipe', data: { what: 'empties the table (TRUNCATE)' } };
  }
  // Sequel: DB[:orders].delete, DB[:orders].truncate, DB.from(:orders).delete.
  if ((call.name === 'delete' || call.name === 'truncate') && call.args.length === 0) {
    const previous = call.receiver.at(-1) ?? '';
    const dataset =
      (call.receiver.length === 1 && /^(DB|\w*(Db|DB|_db)|db)\[\s*:\w+\s*\]$/.test(previous)) ||
      (previous === 'from()' && call.receiverCalls.length === 1 && /^(DB|db)$/.test(call.receiver[0] ?? ''));
    if (dataset)
      return call.name === 'truncate'
        ? { messageId: 'wipe', data: { what: 'empties the table (TRUNCATE)' } }
        : { messageId: 'queryDelete' };
  }
  return undefined;
}
