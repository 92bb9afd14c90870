using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shop.Api.Data;

namespace Shop.Api.Controllers;

[ApiController]
[Route("admin")]
public class AdminController(ShopContext db) : ControllerBase
{
    [HttpPost("audit/clear")]
    public async Task<IActionResult> ClearAudit()
    {
        var removed = await db.AuditEntries.ExecuteDeleteAsync();
        return Ok(new { removed });
    }
}
