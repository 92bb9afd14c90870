import { describe, expect, it } from 'vitest';
import { lineOfSql, readMigration } from './read.js';

const PATH = 'Data/Migrations/20240613121500_Cleanup.cs';

/** What `dotnet ef migrations add` writes, with the given Up() and Down() bodies (Up() starts on line 13). */
function efMigration(up: string, down: string): string {
  return `using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Data.Migrations
{
    /// <inheritdoc />
    public partial class Cleanup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
${up}
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
${down}
        }
    }
}
`;
}

describe('the EF Core reader', () => {
  it('reads DropTable, DropColumn and DropForeignKey with its column, Down() as rollback-only', async () => {
    const up = `            migrationBuilder.DropForeignKey(
                name: "FK_Orders_Customers_CustomerId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CustomerId",
                table: "Orders");

            migrationBuilder.DropTable(
                name: "LegacyPayments",
                schema: "billing");`;
    const down = `            migrationBuilder.DropColumn(
                name: "FaxNumber",
                table: "Customers");`;
    const read = await readMigration(PATH, efMigration(up, down));
    expect(read.framework).toBe('efcore');
    expect(read.operations).toEqual([
      {
        kind: 'drop-reference',
        call: 'DropForeignKey + DropColumn',
        target: 'Orders.CustomerId',
        line: 17,
        rollbackOnly: false,
      },
      { kind: 'drop-table', call: 'DropTable', target: 'billing.LegacyPayments', line: 21, rollbackOnly: false },
      { kind: 'drop-column', call: 'DropColumn', target: 'Customers.FaxNumber', line: 29, rollbackOnly: true },
    ]);
  });

  it('flags AlterColumn that narrows the type or shrinks maxLength, not one that widens', async () => {
    const up = `            migrationBuilder.AlterColumn<int>(
                name: "Price",
                table: "Products",
                type: "int",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "decimal(18,2)");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "Products",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Notes",
                table: "Products",
                type: "nvarchar(max)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)");`;
    const read = await readMigration(PATH, efMigration(up, ''));
    expect(read.operations.map((o) => [o.kind, o.target, o.detail, o.line])).toEqual([
      ['lossy-type-change', 'Products.Price', 'decimal(18,2) -> int', 13],
      ['lossy-type-change', 'Products.Code', 'nvarchar(64) -> nvarchar(16)', 21],
    ]);
  });

  it('maps Sql() text from regular, verbatim and raw literals, and reports interpolation as dynamic', async () => {
    const up = `            migrationBuilder.Sql("DELETE FROM \\"Sessions\\"");
            migrationBuilder.Sql(@"UPDATE Customers
SET Fax = NULL;
DROP TABLE ""Faxes"";");
            migrationBuilder.Sql("""
                DROP TABLE Audit;
                """);
            migrationBuilder.Sql($"DROP TABLE {table}");
            migrationBuilder.Sql("DROP TABLE " + table);
            migrationBuilder.DeleteData(table: "Roles", keyColumn: "Id", keyValue: 3);`;
    const read = await readMigration(PATH, efMigration(up, ''));
    expect(read.sql.map((s) => s.text)).toEqual([
      'DELETE FROM "Sessions"',
      'UPDATE Customers\nSET Fax = NULL;\nDROP TABLE "Faxes";',
      '\n                DROP TABLE Audit;\n                ',
    ]);
    expect(lineOfSql(read, 1, 'DROP TABLE "Faxes"')).toBe(16);
    expect(lineOfSql(read, 2, 'DROP TABLE Audit')).toBe(18);
    expect(read.dynamicSql.map((d) => [d.reason, d.line])).toEqual([
      ['string interpolation', 20],
      ['concatenation', 21],
    ]);
    expect(read.operations).toEqual([]);
  });
});
