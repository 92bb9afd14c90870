import { describe, expect, it } from 'vitest';
import { lineOfSql, readMigration } from './read.js';

/** What `doctrine:migrations:diff` writes. */
function diff(up: string, down: string): string {
  return `<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\\DBAL\\Schema\\Schema;
use Doctrine\\Migrations\\AbstractMigration;

/**
 * Auto-generated Migration: Please modify to your needs!
 */
final class Version20240612093012 extends AbstractMigration
{
    public function getDescription(): string
    {
        return '';
    }

    public function up(Schema $schema): void
    {
        // this up() migration is auto-generated, please modify it to your needs
${up}
    }

    public function down(Schema $schema): void
    {
        // this down() migration is auto-generated, please modify it to your needs
${down}
    }
}
`;
}

describe('the Doctrine reader', () => {
  it('hands addSql to the SQL family, down() as rollback-only', async () => {
    const read = await readMigration(
      'migrations/Version20240612093012.php',
      diff(
        "        $this->addSql('ALTER TABLE invoice DROP fax');\n        $this->addSql('DROP TABLE legacy_payment');",
        "        $this->addSql('CREATE TABLE legacy_payment (id INT NOT NULL, PRIMARY KEY(id))');",
      ),
    );
    expect(read.framework).toBe('doctrine');
    expect(read.sql.map((s) => [s.text, s.rollbackOnly])).toEqual([
      ['ALTER TABLE invoice DROP fax', false],
      ['DROP TABLE legacy_payment', false],
      ['CREATE TABLE legacy_payment (id INT NOT NULL, PRIMARY KEY(id))', true],
    ]);
    expect(lineOfSql(read, 1, 'DROP TABLE')).toBe(24);
    expect(lineOfSql(read, 2, 'CREATE')).toBe(30);
  });

  it('is recognised by AbstractMigration wherever the file is, and not taken for Laravel', async () => {
    const read = await readMigration('src/Version1.php', diff("        $this->addSql('SELECT 1');", ''));
    expect(read.framework).toBe('doctrine');
  });

  it('reads the Schema API and dynamic addSql', async () => {
    const read = await readMigration(
      'migrations/Version20240612093012.php',
      diff(
        "        $schema->dropTable('legacy');\n        $schema->getTable('invoice')->dropColumn('fax');\n        $this->addSql(sprintf('DROP TABLE %s', $this->table));",
        '',
      ),
    );
    expect(read.operations.map((o) => [o.kind, o.target, o.line, o.rollbackOnly])).toEqual([
      ['drop-table', 'legacy', 23, false],
      ['drop-column', 'invoice.fax', 24, false],
    ]);
    expect(read.dynamicSql).toEqual([{ call: '$this->addSql', reason: 'sprintf()', line: 25, rollbackOnly: false }]);
  });
});
