using Microsoft.EntityFrameworkCore;
using Shop.Api.Data;

namespace Shop.Api.Jobs;

public class TokenCleanup(ShopContext db)
{
    public Task<int> RunAsync(DateTime now) =>
        db.RefreshTokens.Where(t => t.ExpiresAt < now).ExecuteDeleteAsync();
}
