import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Railway serviceDelete in a Python string posted with requests
    {
      code: 'import requests\n\nQ = """\nmutation { serviceDelete(id: "svc-123") }\n"""\nrequests.post("https://backboard.railway.app/graphql/v2", json={"query": Q})\n',
      path: 'ops/railway_cleanup.py',
      line: 4,
      messageId: 'field',
    },
    // Fly's deleteVolume in a gql tag with an operation name
    {
      code: 'const DELETE = gql`\n  mutation Drop($id: ID!) {\n    deleteVolume(input: { volumeId: $id }) { app { name } }\n  }\n`;\n',
      path: 'src/fly/volumes.ts',
      line: 3,
      messageId: 'field',
    },
  ],
  valid: [
    // a query, not a mutation
    { code: 'const q = gql`query { volumes { edges { node { id } } } }`;\n', path: 'src/fly/volumes.ts' },
    // a create mutation
    { code: 'const m = gql`mutation { volumeCreate(input: { projectId: "p" }) { id } }`;\n', path: 'src/railway.ts' },
  ],
};

ruleTester('code/graphql-infra-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/graphql-infra-delete', cases.invalid)).toMatchInlineSnapshot(`
    "ops/railway_cleanup.py:4:12 code/graphql-infra-delete
    4 | mutation { serviceDelete(id: "svc-123") }
      |            ^^^^^^^^^^^^^ GraphQL mutation serviceDelete deletes the service and everything stored in it

    src/fly/volumes.ts:3:5 code/graphql-infra-delete
    3 |     deleteVolume(input: { volumeId: $id }) { app { name } }
      |     ^^^^^^^^^^^^ GraphQL mutation deleteVolume deletes the volume and everything stored in it"
  `);
});
