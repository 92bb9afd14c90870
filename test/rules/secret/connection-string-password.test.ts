import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a MongoDB SRV URI in TypeScript
    {
      code: "export const MONGO = 'mongodb+srv://app:FAKEpw8Lq2Zr@cluster0.ab1cd.mongodb.net/shop';\n",
      path: 'src/db.ts',
      line: 1,
    },
    // a Redis URL with a password in a compose environment
    {
      code: 'services:\n  worker:\n    image: acme/worker\n    environment:\n      REDIS_URL: redis://:FAKEr3d1sPw9@cache.acme.example.com:6379/0\n',
      path: 'docker-compose.yml',
      line: 5,
    },
  ],
  valid: [
    // a compose service host
    {
      code: 'services:\n  worker:\n    environment:\n      REDIS_URL: redis://:devpass@redis:6379/0\n',
      path: 'docker-compose.yml',
    },
    // no password in the URL
    { code: "export const MONGO = 'mongodb+srv://cluster0.ab1cd.mongodb.net/shop';\n", path: 'src/db.ts' },
  ],
};

ruleTester('secret/connection-string-password', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('secret/connection-string-password', cases.invalid)).toMatchInlineSnapshot(`
    "src/db.ts:1:41 secret/connection-string-password
    1 | export const MONGO = 'mongodb+srv://app:************@cluster0.ab1cd.mongodb.net/shop';
      |                                         ^^^^^^^^^^^^ a connection string with the password for cluster0.ab1cd.mongodb.net is committed here (password redacted)

    docker-compose.yml:5:27 secret/connection-string-password
    5 |       REDIS_URL: redis://:************@cache.acme.example.com:6379/0
      |                           ^^^^^^^^^^^^ a connection string with the password for cache.acme.example.com is committed here (password redacted)"
  `);
});
