import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/engine.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../helpers/change-set.js';

// A hostile pull request can nest brackets 20 KB deep in any file. Every reader must come back
// with a decision (a finding, a note) rather than take the process down: recursion near the end
// of the stack once made V8 abort while compiling a regular expression.
const PATHS = [
  '.github/workflows/deploy.yml',
  'k8s/job.yaml',
  'docker-compose.yml',
  'infra/template.yaml',
  'config/settings.yml',
  'db/changelog/db.changelog-master.yaml',
  'package.json',
  'config/app.json',
  'analysis/cleanup.ipynb',
  'infra/main.tf',
  'db/migrations/V1__init.sql',
  'scripts/deploy.sh',
  'Makefile',
  'Dockerfile',
  'app/tasks.py',
  'src/jobs.ts',
  'cmd/ops/main.go',
  'lib/tasks.rb',
  'db/migrate/20261201000000_x.rb',
  'config/hooks.toml',
  'deploy/app.conf',
  'ops/runbook.txt',
  'bin/reset',
  '.github/two-key.yml',
];

const SHAPES = {
  braces: '{'.repeat(20_000),
  brackets: '['.repeat(20_000),
  parens: '('.repeat(20_000),
  'flow mappings': 'x: ' + '{a: '.repeat(5_000) + '1' + '}'.repeat(5_000),
  'block sequences': '- '.repeat(10_000) + 'x',
};

describe('deeply nested input', () => {
  for (const [shape, text] of Object.entries(SHAPES)) {
    it(`reads 20 KB of nested ${shape} in every kind of file without crashing`, async () => {
      const decision = await check(changeSetOf(PATHS.map((path) => addedFile(path, `${text}\n`))), defaultPolicy());
      expect(['allow', 'block']).toContain(decision.verdict);
    }, 120_000);
  }
});
