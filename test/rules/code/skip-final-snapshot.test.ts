import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // boto3 delete_db_cluster skipping the snapshot
    {
      code: 'rds.delete_db_cluster(DBClusterIdentifier="orders", SkipFinalSnapshot=True)\n',
      path: 'ops/teardown.py',
      line: 1,
    },
    // DeleteAutomatedBackups in the AWS SDK v3
    {
      code: 'await rds.send(new DeleteDBInstanceCommand({\n  DBInstanceIdentifier: id,\n  FinalDBSnapshotIdentifier: `${id}-final`,\n  DeleteAutomatedBackups: true,\n}));\n',
      path: 'scripts/teardown.ts',
      line: 4,
    },
  ],
  valid: [
    {
      code: 'await rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: id, DeletionProtection: true }));\n',
      path: 'scripts/protect.ts',
    },
    // the key in a comment
    {
      code: '# SkipFinalSnapshot=True would lose the data\nrds.delete_db_cluster(DBClusterIdentifier="x", FinalDBSnapshotIdentifier="x-final")\n',
      path: 'ops/teardown.py',
    },
  ],
};

ruleTester('code/skip-final-snapshot', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/skip-final-snapshot', cases.invalid)).toMatchInlineSnapshot(`
    "ops/teardown.py:1:53 code/skip-final-snapshot
    1 | rds.delete_db_cluster(DBClusterIdentifier="orders", SkipFinalSnapshot=True)
      |                                                     ^^^^^^^^^^^^^^^^^^^^^^ SkipFinalSnapshot = true: no final snapshot is taken before the database is deleted

    scripts/teardown.ts:4:3 code/skip-final-snapshot
    4 |   DeleteAutomatedBackups: true,
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DeleteAutomatedBackups = true: the automated backups are deleted with the database"
  `);
});
