import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // axios.delete to the Neon API
    {
      code: "import axios from 'axios';\nexport const dropBranch = (p: string, b: string) =>\n  axios.delete(`https://console.neon.tech/api/v2/projects/${p}/branches/${b}`);\n",
      path: 'scripts/neon.ts',
      line: 3,
      messageId: 'delete',
    },
    // a lower-case method in fetch options to Vercel
    {
      code: "await fetch(`https://api.vercel.com/v9/projects/${id}`, { method: 'delete' });\n",
      path: 'scripts/vercel.ts',
      line: 1,
      messageId: 'delete',
    },
  ],
  valid: [
    {
      code: "import axios from 'axios';\nexport const branches = (p: string) => axios.get(`https://console.neon.tech/api/v2/projects/${p}/branches`);\n",
      path: 'scripts/neon.ts',
    },
    // DELETE to our own API
    { code: "await fetch(`https://api.acme.example.com/carts/${id}`, { method: 'DELETE' });\n", path: 'src/cart.ts' },
  ],
};

ruleTester('code/provider-http-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/provider-http-delete', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/neon.ts:3:3 code/provider-http-delete
    3 |   axios.delete(\`https://console.neon.tech/api/v2/projects/\${p}/branches/\${b}\`);
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ HTTP DELETE to the Neon API (console.neon.tech/api/v2/projects/…/branches/…) deletes what it names there, with nothing to undo it

    scripts/vercel.ts:1:7 code/provider-http-delete
    1 | await fetch(\`https://api.vercel.com/v9/projects/\${id}\`, { method: 'delete' });
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ HTTP DELETE to the Vercel API (api.vercel.com/v9/projects/…) deletes what it names there, with nothing to undo it"
  `);
});
