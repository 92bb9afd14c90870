import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // the short +refspec
    { code: 'git push origin +main\n', path: 'scripts/ops.sh', line: 1, messageId: 'force' },
    // the flag after the branch
    { code: 'git push origin main --force\n', path: 'scripts/ops.sh', line: 1, messageId: 'force' },
    // --force-with-lease still rewrites the history of main
    { code: 'git push --force-with-lease origin main\n', path: 'scripts/ops.sh', line: 1, messageId: 'force' },
    // -f to a release branch from a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: git push -f origin HEAD:release/2026.12\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'force',
    },
  ],
  valid: [
    { code: 'git push --follow-tags origin main\n', path: 'scripts/ops.sh' },
    { code: 'git push --force origin docs/typo\n', path: 'scripts/ops.sh' },
    // the publishing branch of a generated site, from a workflow: reported, not blocking
    {
      code: 'jobs:\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n      - run: git push -f "https://x-access-token:${TOKEN}@github.com/${REPO}.git" HEAD:gh-pages\n',
      path: '.github/workflows/docs.yml',
    },
  ],
};

ruleTester('shell/force-push', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/force-push', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:1 shell/force-push
    1 | git push origin +main
      | ^^^^^^^^^^^^^^^^^^^^^ git push +refspec to main rewrites its history and can discard commits others pushed

    scripts/ops.sh:1:1 shell/force-push
    1 | git push origin main --force
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ git push --force to main rewrites its history and can discard commits others pushed

    scripts/ops.sh:1:1 shell/force-push
    1 | git push --force-with-lease origin main
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ git push --force-with-lease to main rewrites its history and can discard commits others pushed

    .github/workflows/ops.yml:5:14 shell/force-push
    5 |       - run: git push -f origin HEAD:release/2026.12
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ git push -f to release/2026.12 rewrites its history and can discard commits others pushed"
  `);
});
