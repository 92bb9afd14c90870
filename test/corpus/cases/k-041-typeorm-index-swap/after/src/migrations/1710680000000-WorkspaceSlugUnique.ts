import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkspaceSlugUnique1710680000000 implements MigrationInterface {
  name = 'WorkspaceSlugUnique1710680000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_page_slug"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_page_workspace_slug" ON "page" ("workspaceId", "slug") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_page_workspace_slug"`);
    await queryRunner.query(`CREATE INDEX "IDX_page_slug" ON "page" ("slug") `);
  }
}
