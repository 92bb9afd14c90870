import type { Rule } from '../../../core/rule.js';
import type { MigrationDocument } from './document.js';
import { dropColumn } from '../drop-column.js';
import { dropReference } from '../drop-reference.js';
import { dropTable } from '../drop-table.js';
import { dynamicSql } from '../dynamic-sql.js';
import { lossyTypeChange } from '../lossy-type-change.js';
import { productionDatasource } from '../production-datasource.js';
import { truncate } from '../truncate.js';
import { unboundedDelete } from '../unbounded-delete.js';

export const ormRules: readonly Rule<MigrationDocument>[] = [
  dropTable,
  dropColumn,
  dropReference,
  lossyTypeChange,
  unboundedDelete,
  truncate,
  dynamicSql,
  productionDatasource,
];
