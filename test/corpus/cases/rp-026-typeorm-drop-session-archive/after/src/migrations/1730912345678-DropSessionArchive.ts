import { MigrationInterface, QueryRunner } from "typeorm";

export class DropSessionArchive1730912345678 implements MigrationInterface {
  name = "DropSessionArchive1730912345678";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_archive" DROP CONSTRAINT "FK_7a1e0c3b9f"`);
    await queryRunner.query(`DROP TABLE "session_archive"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session_archive" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "userId" uuid NOT NULL, "ip" inet, "endedAt" TIMESTAMP NOT NULL, CONSTRAINT "PK_a3" PRIMARY KEY ("id"))`,
    );
  }
}
