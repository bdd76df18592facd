using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Intake;

/// <summary>
/// Hands out the next number of a local day from the ticket_day_counters row. Must run inside the
/// registering transaction: the row lock serialises concurrent registrations (no duplicates) and a
/// rollback returns the number (no gaps).
/// </summary>
public sealed class TicketNumberGenerator(HotlineDbContext db)
{
    public async Task<string> NextAsync(DateOnly localDay, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Ticket numbers are handed out inside the registering transaction.");
        }

        var values = await db.Database.SqlQuery<int>($"""
            INSERT INTO ticket_day_counters (day, last_value) VALUES ({localDay}, 1)
            ON CONFLICT (day) DO UPDATE SET last_value = ticket_day_counters.last_value + 1
            RETURNING last_value AS "Value"
            """).ToListAsync(ct);
        return TicketNumber.Format(localDay, values.Single());
    }
}
