import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import type { Span } from '../../core/types.js';
import type { LiquibaseChange, LiquibaseChangeSet } from './liquibase-model.js';
import { scalarText } from '../yaml/scalar-text.js';
import type { DecodedString } from './decoded-string.js';
import { tooDeepForYaml } from '../yaml/depth.js';

/**
 * Reads a Liquibase YAML or JSON changelog (JSON is YAML) with the yaml package, whose nodes keep
 * their source ranges, so a change's line and its SQL map to the file exactly. Throws on a
 * syntax error: the engine reports the file as unreadable.
 */
export function readLiquibaseYaml(src: string): LiquibaseChangeSet[] {
  const deep = tooDeepForYaml(src);
  if (deep !== undefined) throw new Error(`is ${deep}`);
  const doc = parseDocument(src, { uniqueKeys: false });
  if (doc.errors.length > 0) throw new Error(`is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const changeLog = isMap(doc.contents) ? doc.contents.get('databaseChangeLog', true) : undefined;
  if (!isSeq(changeLog)) return [];
  const changeSets: LiquibaseChangeSet[] = [];
  for (const entry of changeLog.items) {
    const changeSet = isMap(entry) ? entry.get('changeSet', true) : undefined;
    if (!isMap(changeSet)) continue;
    changeSets.push({
      changes: changeList(changeSet.get('changes', true), src),
      rollback: rollbackList(changeSet, src),
    });
  }
  return changeSets;
}

function rangeOf(node: YamlNode | null | undefined): Span {
  const [start, , end] = node?.range ?? [0, 0, 0];
  return { start, end };
}

/** `- dropTable: {...}` entries: each one a single-key map naming the change. */
function changeList(node: unknown, src: string): LiquibaseChange[] {
  if (isMap(node)) return node.items.map((pair) => toChange(pair, src));
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) => (isMap(item) ? item.items.map((pair) => toChange(pair, src)) : []));
}

/** `rollback:` holds SQL as a string, one change as a map, or a list of changes. */
function rollbackList(changeSet: YAMLMap, src: string): LiquibaseChange[] {
  const pair = changeSet.items.find((p) => isScalar(p.key) && p.key.value === 'rollback');
  if (!pair) return [];
  if (isScalar(pair.value) && typeof pair.value.value === 'string') {
    const key = pair.key as YamlNode;
    return [
      {
        type: 'sql',
        attributes: new Map(),
        span: rangeOf(key),
        unit: { start: rangeOf(key).start, end: rangeOf(pair.value).end },
        columns: [],
        hasWhere: false,
        sql: sqlOf(pair.value, src),
      },
    ];
  }
  return changeList(pair.value, src);
}

function toChange(pair: Pair, src: string): LiquibaseChange {
  const key = pair.key as YamlNode;
  const type = isScalar(key) ? String(key.value) : '?';
  const body = pair.value;
  const attributes = new Map<string, string>();
  const change: LiquibaseChange = {
    type,
    attributes,
    span: rangeOf(key),
    unit: { start: rangeOf(key).start, end: rangeOf(body as YamlNode).end },
    columns: [],
    hasWhere: false,
  };
  if (!isMap(body)) return change;
  for (const item of body.items) {
    const name = isScalar(item.key) ? String(item.key.value) : '';
    if (isScalar(item.value)) {
      attributes.set(name, String(item.value.value));
      if (name === 'where' && String(item.value.value).trim() !== '') change.hasWhere = true;
      if (name === 'sql' && typeof item.value.value === 'string') change.sql = sqlOf(item.value, src);
    } else if (name === 'columns' && isSeq(item.value)) {
      for (const column of item.value.items) {
        const inner = isMap(column) ? column.get('column', true) : undefined;
        const columnName = isMap(inner) ? inner.get('name') : undefined;
        change.columns.push(columnName === undefined ? '?' : String(columnName));
        const columnType = isMap(inner) ? inner.get('type') : undefined;
        if (columnName !== undefined && columnType !== undefined && columnType !== null) {
          (change.columnTypes ??= new Map()).set(String(columnName), String(columnType));
        }
      }
    }
  }
  return change;
}

/** A string scalar's SQL with each character's place in the file (callers check the value is a string). */
function sqlOf(scalar: Scalar, src: string): DecodedString {
  const { value, map } = scalarText(scalar, src)!;
  return { text: value, toFile: map };
}
