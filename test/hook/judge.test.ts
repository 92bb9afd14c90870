import { describe, expect, it } from 'vitest';
import { judge } from '../../src/hook/judge.js';
import { tamperReason } from '../../src/hook/tamper.js';
import type { Action } from '../../src/hook/types.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { loadPolicy } from '../../src/policy/load.js';

const root = '/work/app';
const files: Record<string, string> = {
  '/work/app/db/schema.sql': 'CREATE TABLE users (id int);\n',
};
const stops = async (actions: Action[], env: Record<string, string> = {}, policy = defaultPolicy()) =>
  (await judge(actions, { policy, root, env, readFile: (p) => files[p] })).map((s) => s.ruleId);
const shell = (command: string): Action => ({ kind: 'shell', command });

describe('commands, through the command family', () => {
  it('resolves variables from the hook environment to see where a command points', async () => {
    const drop = shell('psql "$DATABASE_URL" -c \'DROP TABLE x\'');
    expect(await stops([drop], { DATABASE_URL: 'postgres://app:FAKEpw@localhost:5432/dev' })).toEqual([]);
    expect(await stops([drop], { DATABASE_URL: 'postgres://app:FAKEpw@db.prod.example.com:5432/app' })).toEqual([
      'env/production-target',
      'sql/drop-table',
    ]);
    // Unresolvable: the target is unknown, and unknown plus destructive stops.
    expect(await stops([drop])).toEqual(['sql/drop-table']);
  });

  it('reaches the SQL family through psql and the GraphQL rules through curl', async () => {
    expect(await stops([shell("psql -c 'SELECT 1'")])).toEqual([]);
    expect(await stops([shell("kubectl exec db-0 -- psql -c 'TRUNCATE orders'")])).toEqual(['sql/truncate']);
    const curl = `curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -d '{"query":"mutation { volumeDelete(volumeId: \\"vol_1\\") }"}'`;
    expect(await stops([shell(curl)], { RAILWAY_TOKEN: 'FAKE-0000' })).toEqual(['code/graphql-infra-delete']);
  });

  it('applies the policy: a rule turned off does not stop', async () => {
    const policy = loadPolicy('rules:\n  shell/terraform-destroy: off\n', '.github/two-key.yml');
    expect(await stops([shell('terraform destroy -auto-approve')], {}, policy)).toEqual([]);
    expect(await stops([shell('terraform destroy -auto-approve')])).toEqual(['shell/terraform-destroy']);
  });

  it('asks about a command aimed at production even when it only reads', async () => {
    expect(await stops([shell('psql "$PROD_DATABASE_URL" -c \'SELECT 1\'')])).toEqual(['env/production-target']);
  });
});

describe('MCP calls, by tool name and flattened arguments', () => {
  it('reads a GraphQL mutation in a request body an HTTP tool sends', async () => {
    const call: Action = {
      kind: 'mcp',
      tool: 'mcp__fetch__fetch',
      args: {
        url: 'https://backboard.railway.app/graphql/v2',
        method: 'POST',
        headers: { Authorization: 'Bearer FAKE-railway-token' },
        body: JSON.stringify({ query: 'mutation { volumeDelete(volumeId: "vol_1") }' }),
      },
    };
    expect(await stops([call])).toEqual(['code/graphql-infra-delete']);
  });

  it('reads a DELETE an HTTP tool sends to a provider API', async () => {
    const call: Action = {
      kind: 'mcp',
      tool: 'mcp__http__request',
      args: { url: 'https://api.heroku.com/apps/acme-prod', method: 'delete' },
    };
    // acme-prod names production in the same call that deletes.
    expect(await stops([call])).toEqual(['code/production-target', 'code/provider-http-delete']);
  });

  it('reads SQL a database tool runs, commands a shell tool runs, and destructive tool names', async () => {
    expect(await stops([{ kind: 'mcp', tool: 'mcp__postgres__query', args: { sql: 'DROP TABLE users' } }])).toEqual([
      'sql/drop-table',
      'universal/unrecognised-sql',
    ]);
    expect(await stops([{ kind: 'mcp', tool: 'mcp__postgres__query', args: { sql: 'SELECT * FROM users' } }])).toEqual(
      [],
    );
    expect(await stops([{ kind: 'mcp', tool: 'mcp__shell__run', args: { command: 'railway volume delete' } }])).toEqual(
      ['shell/paas-destroy', 'universal/unrecognised-command'],
    );
    expect(await stops([{ kind: 'mcp', tool: 'mcp__railway__volume_delete', args: { volumeId: 'v' } }])).toEqual([
      'mcp/destructive-tool',
    ]);
    expect(await stops([{ kind: 'mcp', tool: 'mcp__railway__variable_delete', args: { name: 'DEBUG' } }])).toEqual([]);
  });
});

describe('file writes, through the family of their path', () => {
  it('checks SQL written to a migration and secrets written anywhere', async () => {
    expect(
      await stops([{ kind: 'write', path: '/work/app/db/migrate/001.sql', content: 'DROP TABLE users;\n' }]),
    ).toEqual(['sql/drop-table']);
    const token =
      'SLACK_TOKEN = os.environ.get("SLACK_TOKEN", "xoxb-7391046252-6680431157-FAKEZjugnDD57Nb5srpS9wg1")\n';
    expect(await stops([{ kind: 'write', path: '/work/app/src/notify.py', content: token }])).toEqual([
      'secret/committed-token',
    ]);
    expect(await stops([{ kind: 'write', path: '/work/app/src/a.ts', content: 'export const a = 1;\n' }])).toEqual([]);
  });

  it('judges only the lines an edit changes in an existing file', async () => {
    const content = 'CREATE TABLE users (id int);\nCREATE TABLE orders (id int);\n';
    expect(await stops([{ kind: 'write', path: '/work/app/db/schema.sql', content }])).toEqual([]);
  });
});

describe('guarding the guard', () => {
  const places = { stateDir: '/home/u/.local/state/two-key' };
  const reason = (action: Action) => tamperReason(action, places);

  it('refuses commands that touch the approval store, rewrite hooks or the policy, or approve', async () => {
    expect(await reason(shell('cat ~/.local/state/two-key/key'))).toBe("touches two-key's approval store");
    expect(await reason(shell("python3 -c \"open('/home/u/.local/state/two-key/grants/x.json','w')\""))).toBe(
      "touches two-key's approval store",
    );
    expect(await reason(shell('echo "{}" > .claude/settings.json'))).toBe(
      'changes Claude Code settings, which decide whether this check runs',
    );
    expect(await reason(shell("sed -i 's/block/off/' .github/two-key.yml"))).toBe(
      'changes the two-key policy, which decide whether this check runs',
    );
    expect(await reason(shell('two-key approve K7QF2M9X'))).toBe(
      'runs two-key approve or hook install, which only a person may run',
    );
    expect(await reason({ kind: 'write', path: '/work/app/.cursor/hooks.json', content: '{}' })).toBe(
      'changes Cursor hooks, which decide whether this check runs',
    );
  });

  it('lets an agent read the policy and hook configuration', async () => {
    expect(await reason(shell('cat .github/two-key.yml'))).toBeUndefined();
    expect(await reason(shell('git diff .claude/settings.json'))).toBeUndefined();
    expect(await reason(shell('ls -la'))).toBeUndefined();
  });
});
