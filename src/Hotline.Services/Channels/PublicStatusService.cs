using FluentValidation;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Channels;

/// <summary>
/// The public status page (no sign-in): a citizen proves the ticket is theirs with the last four digits of their phone.
/// A wrong number and wrong digits get the same answer, so the page never tells which tickets exist.
/// </summary>
public sealed class PublicStatusService(HotlineDbContext db, IValidator<StatusLookupInput> validator)
{
    public async Task<ServiceResult<PublicStatus>> LookupAsync(StatusLookupInput input, CancellationToken ct = default)
    {
        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return ServiceResult<PublicStatus>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var number = input.Number!.Trim();
        var row = await db.Tickets.AsNoTracking()
            .Where(t => t.Number == number && t.CallerPhone.EndsWith(input.PhoneLastFour!))
            .Select(t => new
            {
                t.Number,
                t.Status,
                t.RegisteredAt,
                t.ResolutionText,
                Unit = db.Units.Where(u => u.Id == t.LeadUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null
            ? ServiceResult<PublicStatus>.Fail(string.Empty, "Status.NotFound")
            : ServiceResult<PublicStatus>.Ok(new PublicStatus(row.Number, row.Status, row.RegisteredAt, row.Unit, PublishedReply.Of(row.Status, row.ResolutionText)));
    }
}
