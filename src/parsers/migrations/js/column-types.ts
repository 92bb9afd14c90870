import type { Node } from 'web-tree-sitter';
import { literalString } from './strings.js';
import { objectPairs } from './syntax.js';

function numberArg(node: Node | undefined): number | undefined {
  if (node?.type !== 'number') return undefined;
  const value = Number(node.text);
  return Number.isFinite(value) ? value : undefined;
}

/** Knex column builder method -> SQL type: `table.string('name', 50)` -> `varchar(50)`. */
export function knexColumnType(method: string, args: Node[]): string | undefined {
  const [, second, third] = args;
  switch (method) {
    case 'integer':
    case 'increments':
      return 'integer';
    case 'bigInteger':
    case 'bigint':
    case 'bigIncrements':
      return 'bigint';
    case 'tinyint':
      return 'tinyint';
    case 'smallint':
      return 'smallint';
    case 'mediumint':
      return 'mediumint';
    case 'string':
      return `varchar(${numberArg(second) ?? 255})`;
    case 'text':
      return 'text';
    case 'float':
      return 'real';
    case 'double':
      return 'double precision';
    case 'decimal':
      return `numeric(${numberArg(second) ?? 8},${numberArg(third) ?? 2})`;
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
    case 'timestamp':
      return 'timestamp';
    case 'time':
      return 'time';
    case 'uuid':
      return 'uuid';
    case 'json':
      return 'json';
    case 'jsonb':
      return 'jsonb';
    case 'specificType':
      return literalString(second);
    default:
      return undefined;
  }
}

/** Sequelize data type -> SQL type: `Sequelize.STRING(50)` -> `varchar(50)`, `DataTypes.DECIMAL(10, 2)`. */
export function sequelizeColumnType(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'object') return sequelizeColumnType(objectPairs(node).get('type'));
  let name: string | undefined;
  let args: Node[] = [];
  if (node.type === 'member_expression') name = node.childForFieldName('property')?.text;
  else if (node.type === 'call_expression') {
    const callee = node.childForFieldName('function');
    name = callee?.type === 'member_expression' ? callee.childForFieldName('property')?.text : callee?.text;
    args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((n): n is Node => n !== null);
  }
  if (!name) return undefined;
  const [first, second] = args;
  switch (name) {
    case 'STRING':
      return `varchar(${numberArg(first) ?? 255})`;
    case 'CHAR':
      return `char(${numberArg(first) ?? 255})`;
    case 'TEXT':
    case 'CITEXT':
      return 'text';
    case 'INTEGER':
      return 'integer';
    case 'BIGINT':
      return 'bigint';
    case 'SMALLINT':
      return 'smallint';
    case 'TINYINT':
      return 'tinyint';
    case 'MEDIUMINT':
      return 'mediumint';
    case 'DECIMAL':
    case 'NUMERIC':
      return first ? `numeric(${numberArg(first) ?? ''}${second ? `,${numberArg(second) ?? ''}` : ''})` : 'numeric';
    case 'FLOAT':
    case 'REAL':
      return 'real';
    case 'DOUBLE':
      return 'double precision';
    case 'BOOLEAN':
      return 'boolean';
    case 'DATE':
      return 'timestamp';
    case 'DATEONLY':
      return 'date';
    case 'TIME':
      return 'time';
    case 'UUID':
      return 'uuid';
    case 'JSON':
      return 'json';
    case 'JSONB':
      return 'jsonb';
    default:
      return name.toLowerCase();
  }
}

/** TypeORM column options -> SQL type: `{ type: 'varchar', length: '50' }` -> `varchar(50)`. */
export function typeormColumnType(options: Map<string, Node>): string | undefined {
  const type = literalString(options.get('type'));
  if (!type) return undefined;
  const length = literalString(options.get('length')) ?? options.get('length')?.text;
  const precision = options.get('precision')?.text;
  const scale = options.get('scale')?.text;
  if (length && /^\d+$/.test(length)) return `${type}(${length})`;
  if (precision && /^\d+$/.test(precision))
    return `${type}(${precision}${scale && /^\d+$/.test(scale) ? `,${scale}` : ''})`;
  return type;
}
