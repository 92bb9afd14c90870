import { MigrationInterface, QueryRunner } from "typeorm";

export class AddCouponCode1731999000000 implements MigrationInterface {
  name = "AddCouponCode1731999000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order" ADD "couponCode" character varying(32)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order" DROP COLUMN "couponCode"`);
  }
}
