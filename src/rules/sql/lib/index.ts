import type { Rule } from '../../../core/rule.js';
import type { SqlDocument } from './document.js';
import { deleteWithoutWhere } from '../delete-without-where.js';
import { detachPartition } from '../detach-partition.js';
import { dropColumn } from '../drop-column.js';
import { dropDatabase } from '../drop-database.js';
import { dropOwned } from '../drop-owned.js';
import { dropPartition } from '../drop-partition.js';
import { dropSchema } from '../drop-schema.js';
import { dropTable } from '../drop-table.js';
import { dynamicSql } from '../dynamic-sql.js';
import { lossyTypeChange } from '../lossy-type-change.js';
import { productionObject } from '../production-object.js';
import { renameColumn } from '../rename-column.js';
import { renameTable } from '../rename-table.js';
import { tautologicalWhere } from '../tautological-where.js';
import { truncate } from '../truncate.js';
import { updateWithoutWhere } from '../update-without-where.js';

import { dropCascade } from '../drop-cascade.js';
import { runsOutsideSql } from '../runs-outside-sql.js';
import { tableDiscarded } from '../table-discarded.js';
import { dataExpiry } from '../data-expiry.js';
import { historyRemoved } from '../history-removed.js';
import { insertOverwrite } from '../insert-overwrite.js';

export const sqlRules: readonly Rule<SqlDocument>[] = [
  dropDatabase,
  dropSchema,
  dropTable,
  dropColumn,
  dropOwned,
  dropPartition,
  detachPartition,
  truncate,
  deleteWithoutWhere,
  updateWithoutWhere,
  tautologicalWhere,
  lossyTypeChange,
  renameTable,
  renameColumn,
  dynamicSql,
  productionObject,
  dropCascade,
  tableDiscarded,
  runsOutsideSql,
  insertOverwrite,
  dataExpiry,
  historyRemoved,
];
