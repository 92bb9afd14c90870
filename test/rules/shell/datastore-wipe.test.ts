import { describe, expect, it } from 'vitest';
import { check } from '../../../src/engine/engine.js';
import type { ChangedFile } from '../../../src/core/types.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../helpers/change-set.js';
import { findingsOf } from '../../helpers/rule-tester.js';

const run = (files: ChangedFile[]) => check(changeSetOf(files), defaultPolicy());
const brief = (d: Awaited<ReturnType<typeof run>>) =>
  d.findings.map((f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`).sort();
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('shell/datastore-wipe', () => {
  it('reports each store CLI that empties a store, at its line, and not the scoped twins', async () => {
    const script = lines(
      '#!/usr/bin/env bash',
      'redis-cli -h "$REDIS_HOST" -n 2 FLUSHDB',
      'redis-cli -h "$REDIS_HOST" DEL "warm:lock"',
      'mongosh "$MONGO_URL" --quiet --eval "db.getSiblingDB(\'shop\').orders.drop()"',
      'mongosh "$MONGO_URL" --eval "db.orders.deleteMany({ status: \'void\' })"',
      'curl -sS -X DELETE "$ES_URL/_all"',
      'curl -sS -XPOST "https://es.acme.example.com/orders/_delete_by_query" -H "Content-Type: application/json" -d \'{"query":{"match_all":{}}}\'',
      'curl -sS -X DELETE "https://es.acme.example.com/orders/_doc/7"',
      'cqlsh "$CASSANDRA_HOST" -e "TRUNCATE analytics.events;"',
      'firebase firestore:delete /orders --recursive --project acme-shop --force',
      'redis-cli -h 127.0.0.1 FLUSHALL',
    );
    expect(brief(await run([addedFile('scripts/reset-stores.sh', script)]))).toEqual([
      // firestore:delete is also a row of the command catalog.
      'shell/cli-destroy@scripts/reset-stores.sh:10 blocking',
      'shell/datastore-wipe@scripts/reset-stores.sh:10 blocking',
      'shell/datastore-wipe@scripts/reset-stores.sh:2 blocking',
      'shell/datastore-wipe@scripts/reset-stores.sh:4 blocking',
      'shell/datastore-wipe@scripts/reset-stores.sh:6 blocking',
      'shell/datastore-wipe@scripts/reset-stores.sh:7 blocking',
      'shell/datastore-wipe@scripts/reset-stores.sh:9 blocking',
    ]);
  });

  it('judges the same commands when application code runs them', async () => {
    const code = lines(
      "import { execSync } from 'node:child_process';",
      '',
      'export function warmCache() {',
      '  execSync(\'redis-cli -u "$REDIS_URL" FLUSHALL\');',
      '  execSync(\'redis-cli -u "$REDIS_URL" PING\');',
      '}',
    );
    expect(brief(await run([addedFile('scripts/warm-cache.ts', code)]))).toEqual([
      'shell/datastore-wipe@scripts/warm-cache.ts:4 blocking',
    ]);
  });

  it('reports S3 bulk deletes through the AWS catalog', async () => {
    const script = lines(
      'aws s3api delete-objects --bucket acme-uploads --delete file://keys.json',
      'aws s3 sync ./public s3://acme-site --delete',
      'aws s3 sync s3://acme-site ./backup --delete',
    );
    expect(brief(await run([addedFile('scripts/s3.sh', script)]))).toEqual([
      'shell/aws-delete@scripts/s3.sh:1 blocking',
      'shell/aws-delete@scripts/s3.sh:2 blocking',
    ]);
  });
});

it('reads the commands redis-cli takes on stdin, and keys listed upstream and deleted through xargs', async () => {
  const script = [
    '#!/bin/bash',
    "redis-cli --scan --pattern 'session:*' | xargs redis-cli del",
    "redis-cli -h cache.internal KEYS '*' | xargs -n 100 redis-cli -h cache.internal UNLINK",
    'echo "FLUSHALL" | redis-cli -h cache.internal',
    'redis-cli -h cache.internal <<EOF',
    'FLUSHDB',
    'EOF',
    "redis-cli --scan --pattern 'session:*' | head -20",
    'echo "INFO memory" | redis-cli -h cache.internal',
    'redis-cli -h localhost --scan | xargs redis-cli -h localhost del',
    '',
  ].join('\n');
  const found = (await findingsOf(script, 'scripts/cache.sh')).filter((f) => f.ruleId === 'shell/datastore-wipe');
  expect(found.map((f) => f.line)).toEqual([2, 3, 4, 5]);
  expect(found[0]?.message).toBe(
    'redis-cli DEL is fed every key that --scan --pattern session:* lists: a bulk delete of every key matching session:*',
  );
});
