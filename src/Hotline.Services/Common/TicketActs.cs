using Hotline.Domain.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Common;

/// <summary>How every ticket act ends: refusals and conflicts become results the page shows; nothing half-saved stays tracked.</summary>
public static class TicketActs
{
    public const string Concurrency = "Error.Concurrency";

    /// <summary>
    /// Runs <paramref name="act"/> (the domain call and whatever rides with it, e.g. notifications) and saves once.
    /// A broken rule comes back as its code; a row changed by someone else since loading as <see cref="Concurrency"/>.
    /// </summary>
    public static async Task<ServiceResult<string>> SaveActAsync(this HotlineDbContext db, Func<Task<string>> act, CancellationToken ct)
    {
        try
        {
            var value = await act();
            await db.SaveChangesAsync(ct);
            return ServiceResult<string>.Ok(value);
        }
        catch (DomainRuleException ex)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<string>.Fail(string.Empty, ex.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<string>.Fail(string.Empty, Concurrency);
        }
    }
}
