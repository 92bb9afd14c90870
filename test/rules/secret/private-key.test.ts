import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // an RSA key in a TypeScript constant
    {
      code: 'export const KEY = `-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAwFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAK\nMIIEowIBAAKCAQEAwFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAK\n-----END RSA PRIVATE KEY-----`;\n',
      path: 'src/signing.ts',
      line: 1,
    },
    // an EC key file
    {
      code: '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEoAoGCCqGSM49\nAwEHoUQDQgAEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\n-----END EC PRIVATE KEY-----\n',
      path: 'deploy/tls/server.key',
      line: 1,
    },
  ],
  valid: [
    // a public key
    {
      code: '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\n-----END PUBLIC KEY-----\n',
      path: 'deploy/tls/server.pub',
    },
    // a certificate
    {
      code: '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\n-----END CERTIFICATE-----\n',
      path: 'deploy/tls/server.crt',
    },
  ],
};

ruleTester('secret/private-key', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('secret/private-key', cases.invalid)).toMatchInlineSnapshot(`
    "src/signing.ts:1:21 secret/private-key
    1 | export const KEY = \`*******************************
      |                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ a private key is committed here (key redacted) (to line 4)

    deploy/tls/server.key:1:1 secret/private-key
    1 | ******************************
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ a private key is committed here (key redacted) (to line 4)"
  `);
});
