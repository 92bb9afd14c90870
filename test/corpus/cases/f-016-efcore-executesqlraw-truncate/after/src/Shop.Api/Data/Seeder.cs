using Microsoft.EntityFrameworkCore;

namespace Shop.Api.Data;

public static class Seeder
{
    public static async Task SeedAsync(ShopContext db)
    {
        await db.Database.ExecuteSqlRawAsync("TRUNCATE TABLE orders, order_lines RESTART IDENTITY CASCADE");
        db.Orders.AddRange(SampleData.Orders());
        await db.SaveChangesAsync();
    }
}
