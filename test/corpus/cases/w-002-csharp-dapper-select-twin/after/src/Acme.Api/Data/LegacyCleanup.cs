using Dapper;
using Npgsql;

namespace Acme.Api.Data;

public sealed class LegacyCleanup : IHostedService
{
    private readonly NpgsqlDataSource _db;
    private readonly ILogger<LegacyCleanup> _log;
    public LegacyCleanup(NpgsqlDataSource db, ILogger<LegacyCleanup> log) => (_db, _log) = (db, log);

    public async Task StartAsync(CancellationToken ct)
    {
        await using var conn = await _db.OpenConnectionAsync(ct);
        var n = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM legacy_orders");
        _log.LogInformation("Dropping nothing: {Count} legacy orders remain", n);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
