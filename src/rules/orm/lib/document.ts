import type { RuleReport } from '../../../core/rule.js';
import type {
  MigrationDocument as MigrationRead,
  MigrationOperation,
  MigrationOperationKind,
} from '../../../parsers/migrations/types.js';

/** A migration as the orm rules read it, with the policy's sense of which names are production. */
export interface MigrationDocument extends MigrationRead {
  isProductionName: (name: string) => boolean;
}

/** Operations of one kind, head side first, then those only the base version had (a Prisma model removed). */
export function operationsOf(
  doc: MigrationDocument,
  kind: MigrationOperationKind,
): { operation: MigrationOperation; side: 'head' | 'base' }[] {
  const head = doc.operations.filter((o) => o.kind === kind).map((operation) => ({ operation, side: 'head' as const }));
  const base = (doc.baseOperations ?? [])
    .filter((o) => o.kind === kind)
    .map((operation) => ({ operation, side: 'base' as const }));
  return [...head, ...base];
}

/** The report for an operation: its span, its unit, its rollback flag and the data every message uses. */
export function reportOf<MessageId extends string>(
  messageId: MessageId,
  { operation, side }: { operation: MigrationOperation; side: 'head' | 'base' },
): RuleReport<MessageId> & { side: 'head' | 'base' } {
  const data: Record<string, string> = { call: operation.call, target: operation.target };
  if (operation.detail !== undefined) data['detail'] = operation.detail;
  return {
    messageId,
    data,
    span: operation.span,
    unit: operation.unit,
    rollbackOnly: operation.rollbackOnly,
    side,
    ...(operation.downgradedBecause === undefined ? {} : { downgradedBecause: operation.downgradedBecause }),
  };
}
