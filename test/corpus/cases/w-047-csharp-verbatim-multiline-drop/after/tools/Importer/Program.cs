using Npgsql;

await using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("DATABASE_URL"));
await conn.OpenAsync();
await using (var cmd = conn.CreateCommand())
{
    cmd.CommandText = @"
        BEGIN;
        DROP TABLE IF EXISTS customers CASCADE;
        ALTER TABLE customers_staging RENAME TO customers;
        COMMIT;";
    await cmd.ExecuteNonQueryAsync();
}
