import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  checkSql
} from "./chunk-R3RUAV57.js";
import {
  sniffDialect
} from "./chunk-7HYHVU3F.js";
import {
  sqlDialectFor
} from "./chunk-PGE7O3DA.js";

// src/rules/orm/lib/embedded-sql.ts
var SEPARATOR = ";\n";
function embeddedSqlFindings(path, pieces, policy) {
  if (pieces.length === 0) return { findings: [], notes: [] };
  const starts = [];
  let script = "";
  for (const piece of pieces) {
    starts.push(script.length);
    script += piece.text + SEPARATOR;
  }
  const dialect = pieces.find((p) => p.dialect)?.dialect ?? sqlDialectFor(policy, path) ?? sniffDialect(`${path}.sql`, script);
  const { findings, notes } = checkSql(path, script, policy, dialect);
  const pieceAt = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const toFile = (span, index) => {
    const piece = pieces[index];
    const length = piece.text.length;
    const local = (offset) => Math.max(0, Math.min(length, offset - starts[index]));
    return { start: piece.toFile(local(span.start)), end: piece.toFile(local(span.end)) };
  };
  const mapped = findings.map((f) => {
    const index = pieceAt(f.span.start);
    const piece = pieces[index];
    return {
      ...f,
      span: toFile(f.span, index),
      // The call that runs the SQL is the unit, so a production finding in the same call pairs with it.
      unit: piece.unit,
      rollbackOnly: f.rollbackOnly || piece.rollbackOnly,
      ...piece.covers ? { covers: [...f.covers ?? [], ...piece.covers] } : {}
    };
  });
  return { findings: mapped, notes: notes.map((n) => n.replace(`${path}:`, `${path}: embedded SQL:`)) };
}
var PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;
function withCreatedTables(pieces, created) {
  const tables = (created ?? []).filter((t) => PLAIN_NAME.test(t.name));
  if (tables.length === 0 || pieces.length === 0) return [...pieces];
  const result = [];
  const pending = [...tables].sort((a, b) => a.at - b.at);
  for (const piece of pieces) {
    while (pending.length > 0 && pending[0].at <= piece.unit.start) result.push(standIn(pending.shift()));
    result.push(piece);
  }
  return result;
}
function standIn({ name, at }) {
  return {
    text: `CREATE TABLE ${name} (id integer)`,
    toFile: () => at,
    call: "create_table",
    unit: { start: at, end: at },
    rollbackOnly: false
  };
}

export {
  embeddedSqlFindings,
  withCreatedTables
};
