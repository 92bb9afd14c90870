import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // on one line with other props
    {
      code: "import * as s3 from 'aws-cdk-lib/aws-s3';\nconst b = new s3.Bucket(this, 'Uploads', { versioned: true, autoDeleteObjects: true });\n",
      path: 'lib/uploads-stack.ts',
      line: 2,
      messageId: 'autoDelete',
    },
    // Python keyword arguments on several lines
    {
      code: 'from aws_cdk import aws_s3 as s3\n\nbucket = s3.Bucket(\n    self,\n    "Uploads",\n    auto_delete_objects=True,\n)\n',
      path: 'stacks/uploads.py',
      line: 6,
      messageId: 'autoDelete',
    },
  ],
  valid: [
    {
      code: 'from aws_cdk import aws_s3 as s3\n\nbucket = s3.Bucket(self, "Uploads", auto_delete_objects=False)\n',
      path: 'stacks/uploads.py',
    },
    // a string that mentions it
    { code: "const note = 'autoDeleteObjects: true empties the bucket';\n", path: 'lib/notes.ts' },
  ],
};

ruleTester('iac/cdk-auto-delete-objects', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/cdk-auto-delete-objects', cases.invalid)).toMatchInlineSnapshot(`
    "lib/uploads-stack.ts:2:61 iac/cdk-auto-delete-objects
    2 | const b = new s3.Bucket(this, 'Uploads', { versioned: true, autoDeleteObjects: true });
      |                                                             ^^^^^^^^^^^^^^^^^^^^^^^ autoDeleteObjects on s3.Bucket('Uploads') empties the bucket, every object in it, when the construct is removed or replaced

    stacks/uploads.py:6:5 iac/cdk-auto-delete-objects
    6 |     auto_delete_objects=True,
      |     ^^^^^^^^^^^^^^^^^^^^^^^^ auto_delete_objects on s3.Bucket("Uploads") empties the bucket, every object in it, when the construct is removed or replaced"
  `);
});
