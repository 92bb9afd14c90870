using Dapper;
using Npgsql;

namespace Acme.Api.Data;

public sealed class LegacyCleanup : IHostedService
{
    private readonly NpgsqlDataSource _db;
    public LegacyCleanup(NpgsqlDataSource db) => _db = db;

    public async Task StartAsync(CancellationToken ct)
    {
        await using var conn = await _db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync("DROP TABLE IF EXISTS legacy_orders");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
