import { describe, expect, it } from 'vitest';
import { check } from '../../../src/engine/engine.js';
import type { ChangedFile } from '../../../src/core/types.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../helpers/change-set.js';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a database volume that was external is handed to compose
    {
      code: 'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - data:/var/lib/mysql\nvolumes:\n  data:\n    external: false\n',
      path: 'deploy/docker-compose.yml',
      base: 'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - data:/var/lib/mysql\nvolumes:\n  data:\n    external: true\n',
      line: 8,
      side: 'base',
      messageId: 'externalDropped',
    },
    // the long volume syntax removed from mongo
    {
      code: 'services:\n  mongo:\n    image: mongo:7\n',
      path: 'compose.yaml',
      base: 'services:\n  mongo:\n    image: mongo:7\n    volumes:\n      - type: volume\n        source: mongodata\n        target: /data/db\n',
      line: 5,
      side: 'base',
      messageId: 'mountRemoved',
    },
    // a used named volume removed from the top-level volumes
    {
      code: 'services:\n  redis:\n    image: redis:7\n',
      path: 'docker-compose.yaml',
      base: 'services:\n  redis:\n    image: redis:7\n    volumes:\n      - redisdata:/data\nvolumes:\n  redisdata:\n    driver: local\n',
      line: 7,
      side: 'base',
      messageId: 'volumeRemoved',
    },
  ],
  valid: [
    // a volume made external (compose stops owning it)
    {
      code: 'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - data:/var/lib/mysql\nvolumes:\n  data:\n    external: true\n',
      path: 'deploy/docker-compose.yml',
      base: 'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - data:/var/lib/mysql\nvolumes:\n  data: {}\n',
    },
    // the image upgraded, the volume kept
    {
      code: 'services:\n  mongo:\n    image: mongo:8\n    volumes:\n      - mongodata:/data/db\n',
      path: 'compose.yaml',
      base: 'services:\n  mongo:\n    image: mongo:7\n    volumes:\n      - mongodata:/data/db\n',
    },
    // an unused named volume removed
    {
      code: 'services:\n  redis:\n    image: redis:7\nvolumes: {}\n',
      path: 'docker-compose.yaml',
      base: 'services:\n  redis:\n    image: redis:7\nvolumes:\n  redisdata:\n    driver: local\n',
    },
    // a bind mount of source code removed from a web service
    {
      code: 'services:\n  web:\n    image: node:22\n',
      path: 'compose.yaml',
      base: 'services:\n  web:\n    image: node:22\n    volumes:\n      - ./src:/app/src\n',
    },
  ],
};

ruleTester('iac/compose-volume-removed', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/compose-volume-removed', cases.invalid)).toMatchInlineSnapshot(`
    "deploy/docker-compose.yml:8:5 iac/compose-volume-removed
    8 |     external: true
      |     ^^^^^^^^^^^^^^ named volume data is no longer external: compose now creates and owns it, so services may start on a new empty volume and \`docker compose down -v\` deletes it (base side)

    compose.yaml:5:9 iac/compose-volume-removed
    5 |       - type: volume
      |         ^^^^^^^^^^^^ service mongo (mongo:7) no longer mounts volume mongodata at /data/db: the next \`up\` starts it on an empty data directory (base side) (to line 7)

    docker-compose.yaml:5:9 iac/compose-volume-removed
    5 |       - redisdata:/data
      |         ^^^^^^^^^^^^^^^ service redis (redis:7) no longer mounts volume redisdata at /data: the next \`up\` starts it on an empty data directory (base side)
    docker-compose.yaml:7:3 iac/compose-volume-removed
    7 |   redisdata:
      |   ^^^^^^^^^ named volume redisdata is removed from the compose file: \`docker compose down -v\` and prune no longer keep it, and services lose its data (base side)"
  `);
});

describe('a compose file named for a developer or CI stack', () => {
  const base =
    'services:\n  db:\n    image: postgres:16\n  search:\n    image: elasticsearch:8.11.0\n    volumes:\n      - esdata:/usr/share/elasticsearch/data\nvolumes:\n  esdata: {}\n';
  const head = 'services:\n  db:\n    image: postgres:16\n';
  const decide = (files: ChangedFile[]) => check(changeSetOf(files), defaultPolicy());

  it('reports a removed data volume as routine, with the file as the reason', async () => {
    const d = await decide([changedFile('docker-compose.dev.yml', base, head)]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'iac/compose-volume-removed')!;
    expect(f.line).toBe(9);
    expect(f.side).toBe('base');
    expect(f.downgradedBecause).toContain('local development compose file (docker-compose.dev.yml)');
  });

  it('still blocks the same removal in the compose file a server runs', async () => {
    const d = await decide([changedFile('deploy/docker-compose.prod.yml', base, head)]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'iac/compose-volume-removed')?.line).toBe(9);
  });

  it('still blocks when the change renames the server stack into a development name', async () => {
    const file = { ...changedFile('docker-compose.dev.yml', base, head), status: 'renamed' as const };
    file.previousPath = 'docker-compose.yml';
    const d = await decide([file]);
    expect(d.verdict).toBe('block');
  });
});
