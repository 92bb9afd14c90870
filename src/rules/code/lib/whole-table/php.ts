import type { CodeCall } from '../../../../parsers/code/read.js';
import type { CodeDocument } from '../document.js';
import { isTautology } from './conditions.js';
import { builderDelete } from './query-builder.js';
import { quoted, type WholeTable } from './types.js';

/** Eloquent steps that keep every row of the model's table (soft-deleted rows too, for withTrashed). */
const ELOQUENT_KEEP_ALL = new Set([
  'query',
  'newQuery',
  'newModelQuery',
  'withTrashed',
  'withoutGlobalScopes',
  'toBase',
]);
/** Collection steps that load every row: `Order::all()->each->delete()`. */
const LOADS_ALL = new Set(['all', 'get', 'cursor', 'lazy', 'lazyById', ...ELOQUENT_KEEP_ALL]);

/**
 * PHP beyond Laravel's `DB::table('x')->delete()`: an Eloquent model's query narrowed by nothing
 * or by a condition every row meets (`Order::whereNotNull('id')->delete()`,
 * `Order::withTrashed()->forceDelete()`), the higher-order `Order::all()->each->delete()`, and
 * Doctrine's query builder run with no where.
 */
export function phpWholeTable(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  if (call.name === 'execute') return builderDelete(doc, call);
  if ((call.name !== 'delete' && call.name !== 'forceDelete') || call.args.length > 0) return undefined;
  const eachProxy = /^([A-Z]\w*)::((?:\w+\(\)->)*)each$/.exec(call.receiver.at(-1) ?? '');
  if (eachProxy && call.receiver.length === 1) {
    const steps = [...eachProxy[2]!.matchAll(/(\w+)\(\)->/g)].map((m) => m[1]!);
    return steps.length > 0 && steps.every((s) => LOADS_ALL.has(s)) ? { messageId: 'queryDelete' } : undefined;
  }
  const [model] = call.receiver;
  if (!model || !/^[A-Z]\w*$/.test(model) || model === 'DB' || call.receiverCalls.length === 0) return undefined;
  // The chain must start on the model itself: `Order::query()`, not `$order->items()`.
  if (call.receiverCalls[0]!.receiver.length !== 1) return undefined;
  let condition: string | undefined;
  for (const step of call.receiverCalls) {
    if (ELOQUENT_KEEP_ALL.has(step.name)) continue;
    if (!eloquentWhereMatchesAll(doc, step)) return undefined;
    condition ??= quoted(step.node.text.slice(step.nameSpan.start - step.node.startIndex));
  }
  return condition ? { messageId: 'alwaysTrue', data: { condition } } : { messageId: 'queryDelete' };
}

/** `whereNotNull('id')`, `whereRaw('1 = 1')`, `where('id', '>', 0)`: every row. */
function eloquentWhereMatchesAll(doc: CodeDocument, step: CodeCall): boolean {
  const args = step.args.map((a) => a.value);
  const key = (text: string | undefined) => /^['"]([\w.]+\.)?(id|pk)['"]$/.test(text ?? '');
  switch (step.name) {
    case 'whereNotNull':
      return args.length === 1 && key(args[0]!.text);
    case 'whereRaw':
      return args.length === 1 && isTautology(args[0]!, doc.scope);
    case 'where':
      return args.length === 3 && key(args[0]!.text) && /^['"]>=?['"]$/.test(args[1]!.text) && args[2]!.text === '0';
    default:
      return false;
  }
}
