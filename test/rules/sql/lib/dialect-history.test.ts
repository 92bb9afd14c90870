import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';
import { tree } from '../../../core/current-types/harness.js';

/** One added migration judged against a base tree: each finding as `rule@line`, `~` when it does not block. */
async function judge(path: string, text: string, base: Record<string, string>) {
  const decision = await check(changeSetOf([addedFile(path, text)], { baseTree: tree(base) }), defaultPolicy());
  return {
    verdict: decision.verdict,
    findings: decision.findings
      .filter((f) => f.ruleId.startsWith('sql/') && f.ruleId !== 'sql/production-object')
      .map((f) => `${f.blocking ? '' : '~'}${f.ruleId}@${f.line}`),
  };
}

const EVENTS =
  'CREATE TABLE IF NOT EXISTS events (d Date, user_id UInt64) ENGINE = MergeTree ORDER BY d\nTTL d + INTERVAL 90 DAY;\n';

describe('dialects beyond Postgres, judged with the migrations before them', () => {
  it('compares a ClickHouse TTL with the one an earlier migration set', async () => {
    const base = { 'clickhouse/migrations/001_events.sql': EVENTS };
    const shorter = await judge(
      'clickhouse/migrations/002_ttl.sql',
      'ALTER TABLE events MODIFY TTL d + INTERVAL 30 DAY;\n',
      base,
    );
    expect(shorter).toEqual({ verdict: 'block', findings: ['sql/data-expiry@1'] });
    const longer = await judge(
      'clickhouse/migrations/002_ttl.sql',
      'ALTER TABLE events MODIFY TTL d + INTERVAL 1 YEAR;\n',
      base,
    );
    expect(longer).toEqual({ verdict: 'allow', findings: [] });
  });

  it('narrows a ClickHouse integer column known from an earlier migration', async () => {
    const base = { 'clickhouse/migrations/001_events.sql': EVENTS };
    const narrow = await judge(
      'clickhouse/migrations/003_ids.sql',
      'ALTER TABLE events MODIFY COLUMN user_id UInt32;\n',
      base,
    );
    expect(narrow.findings).toEqual(['sql/lossy-type-change@1']);
    const wide = await judge(
      'clickhouse/migrations/003_ids.sql',
      'ALTER TABLE events MODIFY COLUMN user_id Nullable(UInt64);\n',
      base,
    );
    expect(wide.verdict).toBe('allow');
  });

  it('lets CREATE OR REPLACE TABLE through only when earlier migrations exist and none names the table', async () => {
    const base = { 'migrations/V1__orders.sql': 'CREATE TABLE orders (id NUMBER);\n' };
    const created = await judge('migrations/V2__touch.sql', 'CREATE OR REPLACE TABLE touchpoints (id NUMBER);\n', base);
    expect(created).toEqual({ verdict: 'allow', findings: ['~sql/table-discarded@1'] });
    const replaced = await judge(
      'migrations/V2__orders.sql',
      'CREATE OR REPLACE TABLE ORDERS (id NUMBER, n NUMBER);\n',
      base,
    );
    expect(replaced).toEqual({ verdict: 'block', findings: ['sql/table-discarded@1'] });
    const noHistory = await judge('migrations/V2__touch.sql', 'CREATE OR REPLACE TABLE touchpoints (id NUMBER);\n', {});
    expect(noHistory.verdict).toBe('block');
  });

  it('after a Snowflake SWAP WITH, the scratch name holds the old rows', async () => {
    const swapThenDrop = [
      'CREATE TABLE customers_new CLONE customers;',
      'ALTER TABLE customers SWAP WITH customers_new;',
      'DROP TABLE customers_new;',
      '',
    ].join('\n');
    expect((await judge('snowflake/deploy/swap.sql', swapThenDrop, {})).findings).toEqual(['sql/drop-table@3']);
    const dropBeforeSwap = 'CREATE TABLE scratch_ids (id NUMBER);\nDROP TABLE scratch_ids;\n';
    expect((await judge('snowflake/deploy/scratch.sql', dropBeforeSwap, {})).verdict).toBe('allow');
  });
});
