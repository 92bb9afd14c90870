import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/engine.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { renderDecision, type ReportFormat } from '../../src/report/index.js';
import { addedFile, changeSetOf } from '../helpers/change-set.js';
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js';

const STRIPE = 'sk_live_51FAKEQ8DEoFogNCAI3Ao3pxTnHyf6t5YdIngBaVbVJBMQKnY8qS0BFn7BwpkZ01';
const PASSWORD = 'Vq9w2LmZ7rT4xK';
/** The secrets, a destructive command quoting one of them, and a second finding on the secret's line. */
const files = {
  'src/lib/stripe.ts': `import Stripe from 'stripe';\n\nexport const stripe = new Stripe(process.env.STRIPE_KEY ?? '${STRIPE}');\n`,
  'scripts/reset.sh': `#!/bin/sh\nsupabase db reset --db-url postgres://app:${PASSWORD}@db.acme-prod.example.net:5432/app\n`,
};
const FORMATS: ReportFormat[] = ['text', 'json', 'markdown', 'sarif'];

describe('a change with a committed secret', () => {
  it('never shows the secret in any format, and leads with the secret-and-destructive warning', async () => {
    const decision = await check(
      changeSetOf(Object.entries(files).map(([path, text]) => addedFile(path, text))),
      defaultPolicy(),
    );
    expect(decision.findings.map((f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`)).toEqual([
      'shell/supabase-db-reset@scripts/reset.sh:2 blocking',
      // A new script run by hand against production blocks on its own.
      'env/new-production-target@scripts/reset.sh:2 blocking',
      // On the same command as the reset, the production target blocks too.
      'env/production-target@scripts/reset.sh:2 blocking',
      'secret/connection-string-password@scripts/reset.sh:2 blocking',
      'secret/committed-token@src/lib/stripe.ts:3 blocking',
    ]);
    for (const format of FORMATS) {
      const out = renderDecision(decision, format);
      expect(out, format).not.toContain(STRIPE);
      expect(out, format).not.toContain(PASSWORD);
      expect(out, format).not.toContain('FAKEQ8DEoFog');
    }
    expect(renderDecision(decision, 'text').split('\n')[0]).toMatch(/^warning: this change commits a credential/);
    // The warning comes first, right under the verdict.
    expect(renderDecision(decision, 'markdown').split('\n\n')[2]).toMatch(/^> \*\*⚠️ warning: this change commits/);
    // Every finding on the secret's line shows it masked, with its columns intact.
    const reset = decision.findings.find((f) => f.ruleId === 'shell/supabase-db-reset')!;
    expect(reset.snippet).toBe(
      `supabase db reset --db-url postgres://app:${'*'.repeat(PASSWORD.length)}@db.acme-prod.example.net:5432/app`,
    );
  });

  it('leads with the plain revoke warning when there is no destructive finding', async () => {
    const decision = await check(
      changeSetOf([addedFile('src/lib/stripe.ts', files['src/lib/stripe.ts'])]),
      defaultPolicy(),
    );
    expect(renderDecision(decision, 'text')).not.toContain('warning:');
    // The comment still says to revoke the credential, without the pairing with destruction.
    const markdown = renderDecision(decision, 'markdown');
    expect(markdown.split('\n\n')[2]).toMatch(/^> \*\*⚠️ warning: this change commits a credential; revoke it now/);
    expect(markdown).not.toContain('destroys data');
  });
});

describe('the built CLI with a committed secret', () => {
  const repos: GitRepo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));

  for (const format of FORMATS) {
    it(`prints no secret with --format ${format}`, () => {
      const repo = createGitRepo({ base: { 'README.md': 'x\n' }, head: files });
      repos.push(repo);
      const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
      const result = spawnSync(
        process.execPath,
        [cli, 'check', '--repo', repo.dir, '--base', repo.baseSha, '--head', repo.headSha, '--format', format],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
      expect(result.status).toBe(1);
      const out = result.stdout + result.stderr;
      expect(out).toContain('secret/committed-token');
      expect(out).not.toContain(STRIPE);
      expect(out).not.toContain(PASSWORD);
    });
  }
});
