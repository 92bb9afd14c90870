import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // DCG_BYPASS in a workflow env
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    env:\n      DCG_BYPASS: "1"\n    steps:\n      - run: ./ops.sh\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'variable',
    },
    // git push --no-verify in a Makefile
    { code: 'ship:\n\tgit push --no-verify origin HEAD\n', path: 'Makefile', line: 2, messageId: 'noVerify' },
  ],
  valid: [
    // cleanDisabled kept on in YAML Spring config
    { code: 'spring:\n  flyway:\n    clean-disabled: true\n', path: 'src/main/resources/application.yml' },
    { code: 'ship:\n\tgit push origin HEAD\n', path: 'Makefile' },
  ],
};

ruleTester('guard/safety-bypass', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('guard/safety-bypass', cases.invalid)).toMatchInlineSnapshot(`
    ".github/workflows/ops.yml:5:7 guard/safety-bypass
    5 |       DCG_BYPASS: "1"
      |       ^^^^^^^^^^ DCG_BYPASS switches off the destructive-command guard's refusal to run destructive commands

    Makefile:2:11 guard/safety-bypass
    2 |  git push --no-verify origin HEAD
      |           ^^^^^^^^^^^ --no-verify skips the git hooks that run pre-commit guards"
  `);
});
