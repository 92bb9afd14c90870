import type { QualifiedName } from '../../core/sql-operations.js';
import type { Scan } from './recognise-scan.js';

/**
 * Settings with which a database deletes data on its own schedule (ClickHouse TTL, BigQuery
 * expirations) or gives up the history that undoes a bad change (Snowflake Time Travel, Delta
 * VACUUM retention, Oracle flashback, SQL Server's full recovery). Each reader is keyed on the
 * setting's own word, so a statement without one costs a map lookup per token, as before.
 */

/** The object an ALTER or CREATE before `i` in the statement names: `ALTER TABLE x`, `CREATE OR REPLACE TABLE x`. */
interface Head {
  verb: 'ALTER' | 'CREATE';
  kind: string;
  name: QualifiedName;
}

const CREATE_MODIFIERS = new Set(['OR', 'REPLACE', 'TRANSIENT', 'TEMPORARY', 'TEMP', 'EXTERNAL', 'GLOBAL', 'LOCAL']);

function headBefore(scan: Scan, i: number): Head | undefined {
  for (let k = i - 1; k >= 0; k--) {
    if (scan.isPunct(k, ';')) return undefined;
    const verb = scan.upper(k);
    if (verb !== 'ALTER' && verb !== 'CREATE') continue;
    let j = k + 1;
    while (verb === 'CREATE' && CREATE_MODIFIERS.has(scan.upper(j))) j++;
    const kind = scan.upper(j);
    if (kind === '') return undefined;
    // `ALTER DATABASE FLASHBACK OFF` (Oracle) names no database: the current one.
    const name = scan.readName(scan.skipIfExists(j + 1));
    return { verb, kind, name: name && name.end <= i ? name.parts : [] };
  }
  return undefined;
}

const DAYS_PER_UNIT: Record<string, number> = {
  SECOND: 1 / 86400,
  MINUTE: 1 / 1440,
  HOUR: 1 / 24,
  DAY: 1,
  WEEK: 7,
  MONTH: 30,
  QUARTER: 91,
  YEAR: 365,
};

/** `INTERVAL 30 DAY`, `INTERVAL '30' DAY`, `toIntervalDay(30)` at `j`: the age in days. */
function intervalAt(scan: Scan, j: number): number | undefined {
  if (scan.isWord(j, 'INTERVAL')) {
    const amount = Number(scan.at(j + 1)?.kind === 'string' ? scan.at(j + 1)!.value : scan.at(j + 1)?.text);
    const unit = DAYS_PER_UNIT[scan.upper(j + 2).replace(/S$/, '')];
    return Number.isFinite(amount) && unit !== undefined ? amount * unit : undefined;
  }
  const fn = /^TOINTERVAL([A-Z]+?)S?$/.exec(scan.upper(j));
  if (fn && scan.isPunct(j + 1, '(') && scan.isKind(j + 2, 'number') && scan.isPunct(j + 3, ')')) {
    const unit = DAYS_PER_UNIT[fn[1]!];
    return unit === undefined ? undefined : Number(scan.at(j + 2)!.text) * unit;
  }
  return undefined;
}

/**
 * ClickHouse `TTL expr [DELETE | TO DISK 'd' | TO VOLUME 'v' | RECOMPRESS ... | GROUP BY ...], ...`
 * in CREATE TABLE, `ALTER TABLE ... MODIFY TTL` and a column's TTL. Only rules that delete count:
 * moving old parts to cold storage keeps them. The age is the shortest of the deleting rules.
 */
export function readTtl(scan: Scan, i: number): void {
  const head = headBefore(scan, i);
  if (head?.kind !== 'TABLE') return;
  const end = scan.scanTo(i + 1, (k) => scan.isWord(k, 'SETTINGS', 'COMMENT') || scan.startsStatement(k, true));
  let deletes = false;
  let days: number | undefined = Infinity;
  for (let start = i + 1; start < end;) {
    const stop = Math.min(
      end,
      scan.scanTo(start, (k) => k >= end || scan.isPunct(k, ',')),
    );
    let age: number | undefined;
    let keeps = false;
    for (let k = start; k < stop; k++) {
      age ??= intervalAt(scan, k);
      if ((scan.isWord(k, 'TO') && scan.isWord(k + 1, 'DISK', 'VOLUME')) || scan.isWord(k, 'RECOMPRESS', 'GROUP')) {
        keeps = true;
      }
    }
    if (!keeps) {
      deletes = true;
      days = age === undefined || days === undefined ? undefined : Math.min(days, age);
    }
    start = stop + 1;
  }
  if (!deletes) return;
  scan.emit({
    op: 'expiry',
    table: head.name,
    setting: 'TTL',
    ...(days === undefined ? {} : { days }),
    ...(head.verb === 'CREATE' ? { initial: true as const } : {}),
    span: scan.span(scan.isWord(i - 1, 'MODIFY') ? i - 1 : i),
  });
}

/** BigQuery `OPTIONS (expiration_timestamp = ...)` and `OPTIONS (partition_expiration_days = n)` on a table. */
export function readExpirationOption(scan: Scan, i: number): void {
  if (!scan.isOp(i + 1, '=') || scan.isWord(i + 2, 'NULL')) return;
  const head = headBefore(scan, i);
  if (head?.kind !== 'TABLE') return;
  const setting = scan.at(i)!.text;
  const value = scan.at(i + 2);
  const days =
    scan.upper(i) === 'PARTITION_EXPIRATION_DAYS' && value?.kind === 'number' ? Number(value.text) : undefined;
  scan.emit({
    op: 'expiry',
    table: head.name,
    setting,
    ...(days === undefined ? {} : { days }),
    ...(head.verb === 'CREATE' ? { initial: true as const } : {}),
    span: scan.span(i),
  });
}

function historyOff(scan: Scan, at: number, target: QualifiedName, setting: string): void {
  scan.emit({ op: 'history-off', target, setting, span: scan.span(at) });
}

/** Snowflake `ALTER ... SET DATA_RETENTION_TIME_IN_DAYS = 0`, BigQuery `max_time_travel_hours` under a week. */
export function readTimeTravel(scan: Scan, i: number): void {
  if (!scan.isOp(i + 1, '=')) return;
  const value = Number(scan.at(i + 2)?.text);
  const hours = scan.upper(i) === 'MAX_TIME_TRAVEL_HOURS';
  if (!Number.isFinite(value) || value >= (hours ? 168 : 1)) return;
  const head = headBefore(scan, i);
  if (head?.verb !== 'ALTER') return;
  historyOff(scan, i, head.name, `${scan.at(i)!.text} = ${value} (Time Travel ${hours ? 'cut short' : 'off'})`);
}

/** Delta `VACUUM t RETAIN n HOURS` under the default 168 hours deletes the files time travel reads. */
export function readVacuum(scan: Scan, i: number): void {
  if (i > 0 && !scan.isPunct(i - 1, ';')) return;
  const name = scan.readName(i + 1);
  if (!name) return;
  const end = scan.statementEnd(i, true);
  for (let k = name.end; k < end; k++) if (scan.isWord(k, 'DRY')) return;
  for (let k = name.end; k < end; k++) {
    if (!scan.isWord(k, 'RETAIN') || !scan.isKind(k + 1, 'number')) continue;
    const hours = Number(scan.at(k + 1)!.text);
    // `delta.`s3://bucket/path`` is a path, not a dotted name: named as written.
    const target = scan.isPunct(name.end, '.') ? [scan.source(i + 1, k)] : name.parts;
    if (hours < 168) historyOff(scan, i, target, `VACUUM RETAIN ${hours} HOURS (old versions deleted)`);
    return;
  }
}

/** `SET spark.databricks.delta.retentionDurationCheck.enabled = false`: the guard on short VACUUMs off. */
export function readRetentionCheck(scan: Scan, i: number): void {
  if (!scan.isPunct(i + 1, '.') || !scan.isWord(i + 2, 'ENABLED')) return;
  if (!scan.isOp(i + 3, '=') && !scan.isWord(i + 3, 'TO')) return;
  if (!scan.isWord(i + 4, 'FALSE') && scan.at(i + 4)?.value?.toLowerCase() !== 'false') return;
  historyOff(scan, i, [], 'delta.retentionDurationCheck.enabled = false (the guard on short VACUUM retention)');
}

const DELTA_RETENTION: Record<string, number> = {
  'delta.deletedfileretentionduration': 7,
  'delta.logretentionduration': 30,
};

/** Delta `ALTER TABLE t SET TBLPROPERTIES ('delta.deletedFileRetentionDuration' = 'interval 1 hours')`. */
export function readTblProperties(scan: Scan, i: number): void {
  const head = headBefore(scan, i);
  if (head?.verb !== 'ALTER' || !scan.isPunct(i + 1, '(')) return;
  const close = scan.partner(i + 1);
  for (let k = i + 2; k < close; k++) {
    const key = scan.at(k);
    const floor = key?.kind === 'string' ? DELTA_RETENTION[key.value.toLowerCase()] : undefined;
    if (floor === undefined || !scan.isOp(k + 1, '=') || scan.at(k + 2)?.kind !== 'string') continue;
    const m = /^\s*interval\s+(\d+)\s+([a-z]+?)s?\s*$/i.exec(scan.at(k + 2)!.value);
    const unit = m ? DAYS_PER_UNIT[m[2]!.toUpperCase()] : undefined;
    if (m && unit !== undefined && Number(m[1]) * unit < floor) {
      historyOff(scan, k, head.name, `${key!.value} = '${scan.at(k + 2)!.value}'`);
    }
  }
}

/** Oracle `ALTER TABLE t NO FLASHBACK ARCHIVE` (its history purged) and `ALTER DATABASE FLASHBACK OFF`. */
export function readFlashback(scan: Scan, i: number): void {
  const head = headBefore(scan, i);
  if (head?.verb !== 'ALTER') return;
  if (scan.isWord(i - 1, 'NO') && scan.isWord(i + 1, 'ARCHIVE')) {
    historyOff(scan, i - 1, head.name, 'NO FLASHBACK ARCHIVE (its history purged)');
  } else if (head.kind === 'DATABASE' && scan.isWord(i + 1, 'OFF')) {
    historyOff(scan, i, head.name, 'FLASHBACK OFF');
  }
}

/** Oracle `PURGE RECYCLEBIN` / `PURGE DBA_RECYCLEBIN`, and `ALTER SYSTEM|SESSION SET recyclebin = OFF`. */
export function readRecycleBin(scan: Scan, i: number): void {
  if (scan.isWord(i - 1, 'PURGE'))
    historyOff(scan, i - 1, [], `PURGE ${scan.at(i)!.text} (dropped tables gone for good)`);
  else if (scan.isWord(i - 1, 'SET') && scan.isOp(i + 1, '=') && scan.isWord(i + 2, 'OFF')) {
    historyOff(scan, i, [], 'recyclebin = OFF (dropped tables gone for good)');
  }
}

/** SQL Server `ALTER DATABASE d SET RECOVERY SIMPLE`: the log backups for point-in-time restore stop. */
export function readRecoveryModel(scan: Scan, i: number): void {
  if (!scan.isWord(i - 1, 'SET') || !scan.isWord(i + 1, 'SIMPLE')) return;
  const head = headBefore(scan, i);
  if (head?.verb !== 'ALTER' || head.kind !== 'DATABASE') return;
  historyOff(scan, i - 1, head.name, 'RECOVERY SIMPLE (no point-in-time restore)');
}
