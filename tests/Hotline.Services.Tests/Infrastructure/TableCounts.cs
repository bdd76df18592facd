using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Infrastructure;

/// <summary>Row counts of every table the initializer and seeders write; equal counts mean nothing was added.</summary>
public sealed record TableCounts(
    int Roles, int Users, int UserRoles, int Units, int Categories, int Articles, int CalendarDays, int Policies, int Settings,
    int Tickets, int Events, int Calls, int DayCounters, int Migrations)
{
    public static async Task<TableCounts> ReadAsync(HotlineDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new TableCounts(
            await db.Roles.CountAsync(), await db.Users.CountAsync(), await db.UserRoles.CountAsync(), await db.Units.CountAsync(),
            await db.Categories.CountAsync(), await db.KnowledgeArticles.CountAsync(), await db.CalendarDays.CountAsync(),
            await db.DeadlinePolicies.CountAsync(), await db.Settings.CountAsync(), await db.Tickets.CountAsync(),
            await db.TicketEvents.CountAsync(), await db.Calls.CountAsync(), await db.TicketDayCounters.CountAsync(),
            (await db.Database.GetAppliedMigrationsAsync()).Count());
    }
}
