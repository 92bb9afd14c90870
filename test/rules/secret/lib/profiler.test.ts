import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetHits, secretlintRuleIds } from '../../../../src/rules/secret/lib/secretlint.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');

// Fake credentials in the shapes of several preset rules, in a few file kinds, repeated with
// variations so the scan runs over many texts (the profiler's cost grew with each one).
const SECRETS = [
  'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
  'slack:\n  token: xoxb-1234567890-1234567890123-FAKEFAKEFAKEFAKEFAKEFAKE\n',
  'export GITHUB_TOKEN=ghp_FAKEabcdefghijklmnopqrstuvwxyz012345\n',
  '//registry.npmjs.org/:_authToken=npm_FAKEabcdefghijklmnopqrstuvwxyz0123\n',
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\n-----END RSA PRIVATE KEY-----\n',
  'OPENAI_API_KEY=sk-proj-FAKEabcdefghijklmnopqrstuvwxyzT3BlbkFJabcdefghijklmnopqrstuvwxyzFAKE\n',
  'SENDGRID=SG.FAKEFAKEFAKEFAKEFAKEFA.FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAK\n',
  'nothing secret here\n',
];
const FILES = Array.from({ length: 60 }, (_, i) => ({
  path: ['config/app.env', 'deploy/values.yaml', 'scripts/run.sh', 'README.md'][i % 4]!,
  text: `# file ${i}\n${SECRETS[i % SECRETS.length]}${'x = 1\n'.repeat(i % 7)}${SECRETS[(i * 3) % SECRETS.length]}`,
}));

/** secretlint with its own profiler, in a plain Node process that resolves the real package. */
async function withRealProfiler(files: typeof FILES) {
  const script = `
    import { lintSource } from '@secretlint/core';
    import { creator } from '@secretlint/secretlint-rule-preset-recommend';
    import { performance } from 'node:perf_hooks';
    const { ids, files } = JSON.parse(process.argv[1]);
    const rules = creator.rules.filter((r) => ids.includes(r.meta.id)).map((r) => ({ id: r.meta.id, rule: r }));
    const out = [];
    for (const f of files) {
      const ext = /\\.[^./]+$/.exec(f.path)?.[0] ?? '';
      const result = await lintSource({
        source: { filePath: f.path, content: f.text, ext, contentType: 'text' },
        options: { config: { rules }, noPhysicFilePath: true },
      });
      out.push(result.messages.map((m) => [m.ruleId, m.range[0], m.range[1]]));
    }
    process.stdout.write(JSON.stringify({ out, marks: performance.getEntriesByType('mark').length }));
  `;
  const stdout = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify({ ids: await secretlintRuleIds(), files })],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as { out: [string, number, number][][]; marks: number };
}

describe('secretlint without its profiler', () => {
  it('finds exactly what secretlint with its profiler finds', async () => {
    const ours: [string, number, number][][] = [];
    for (const f of FILES) {
      ours.push(
        (await presetHits(f.path, f.text)).map((h) => [
          `@secretlint/secretlint-rule-${h.detector}`,
          h.span.start,
          h.span.end,
        ]),
      );
    }
    const real = await withRealProfiler(FILES);
    // The reference really ran with the profiler (it marks every lint), and the texts really hold secrets.
    expect(real.marks).toBeGreaterThan(FILES.length);
    expect(new Set(ours.flat().map((h) => h[0])).size).toBeGreaterThanOrEqual(3);
    expect(ours).toEqual(real.out);
  });

  it('records no performance marks, so nothing grows with each file', async () => {
    const before = performance.getEntriesByType('mark').length;
    for (const f of FILES) await presetHits(f.path, `${f.text}\n# again\n`);
    expect(performance.getEntriesByType('mark').length).toBe(before);
  });
});
