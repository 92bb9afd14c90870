import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a template literal of two halves
    { code: "const a = 'dro';\nconst method = `${a}p`;\nawait db[method]();\n", path: 'src/ops/run.ts', line: 2 },
    // Python join of pieces for getattr
    { code: 'op = "".join(["des", "troy"])\ngetattr(stack, op)()\n', path: 'ops/stack.py', line: 1 },
  ],
  valid: [
    { code: "const title = ['Create', 'order'].join(' ');\n", path: 'src/ui.ts' },
    // the word whole in one literal
    { code: "const verb = 'delete';\n", path: 'src/ui.ts' },
  ],
};

ruleTester('code/assembled-destructive-name', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/assembled-destructive-name', cases.invalid)).toMatchInlineSnapshot(`
    "src/ops/run.ts:2:16 code/assembled-destructive-name
    2 | const method = \`\${a}p\`;
      |                ^^^^^^^ "drop" is assembled at run time from pieces ("dro" + "p") so that no literal in the file shows it; what it names needs a reviewer

    ops/stack.py:1:6 code/assembled-destructive-name
    1 | op = "".join(["des", "troy"])
      |      ^^^^^^^^^^^^^^^^^^^^^^^^ "destroy" is assembled at run time from pieces ("des" + "troy") so that no literal in the file shows it; what it names needs a reviewer"
  `);
});
