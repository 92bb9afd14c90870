import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const ids = async (text: string) => {
  const d = await check(changeSetOf([addedFile('scripts/ops.sh', text)]), defaultPolicy());
  return d.findings.filter((f) => !f.ruleId.startsWith('env/')).map((f) => `${f.ruleId}:${f.line}`);
};

describe('commands run inside a pod', () => {
  it('reads the command after kubectl exec --, against the pod database', async () => {
    const script = [
      "kubectl exec db-0 -- psql -c 'TRUNCATE orders'", // 1
      "kubectl exec -it -n data db-0 -c pg -- psql -h localhost -c 'DROP TABLE users'", // 2
      "oc exec db-0 -- psql -c 'SELECT 1'", // 3
      'kubectl exec db-0 -- ls /var/lib/postgresql', // 4
    ].join('\n');
    expect(await ids(script + '\n')).toEqual(['sql/truncate:1', 'sql/drop-table:2']);
  });
});

describe('GraphQL that curl posts', () => {
  it('reads a JSON envelope and a raw document through the GraphQL rule', async () => {
    const script = [
      'curl -X POST https://backboard.railway.app/graphql/v2 \\', // 1
      '  -H "Authorization: Bearer $RAILWAY_TOKEN" \\', // 2
      '  -d \'{"query":"mutation { volumeDelete(volumeId: \\"vol_1\\") }"}\'', // 3
      'curl https://api.fly.io/graphql --data-binary \'mutation { deleteApp(appId: "a") { organization { id } } }\'', // 4
      'curl https://x.example/graphql --json \'{"query":"query { me { id } }"}\'', // 5
      'curl https://x.example/graphql -d \'mutation { variableDelete(input: {name: "DEBUG"}) }\'', // 6
    ].join('\n');
    expect(await ids(script + '\n')).toEqual(['code/graphql-infra-delete:1', 'code/graphql-infra-delete:4']);
  });

  it('fails closed on a mutation whose field is decided at run time', async () => {
    expect(await ids('curl https://x.example/graphql -d "{\\"query\\":\\"mutation { ${OP}(id: 1) }\\"}"\n')).toEqual([
      'code/graphql-infra-delete:1',
    ]);
  });
});
