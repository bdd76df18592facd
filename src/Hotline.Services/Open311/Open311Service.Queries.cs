using System.Globalization;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Open311;

public sealed partial class Open311Service
{
    /// <summary>The spec's response volume: at most 90 days and 1,000 requests.</summary>
    public const int MaxDays = 90;
    public const int MaxResults = 1000;

    private static readonly char[] ListSeparators = [','];

    /// <summary>GET requests: by numbers (which override everything else), or by service, dates and status, newest first.</summary>
    public async Task<ServiceResult<IReadOnlyList<PublicRequest>>> RequestsAsync(RequestQueryInput query, CancellationToken ct = default)
    {
        var errors = new List<ServiceError>();
        var tickets = db.Tickets.AsNoTracking();
        var numbers = SplitList(query.ServiceRequestIds);
        if (numbers.Count > 0)
        {
            if (numbers.Count > MaxResults)
            {
                return ServiceResult<IReadOnlyList<PublicRequest>>.Fail("service_request_id", "Open311.Error.TooManyIds");
            }

            return ServiceResult<IReadOnlyList<PublicRequest>>.Ok(await ProjectAsync(tickets.Where(t => numbers.Contains(t.Number)), ct));
        }

        var now = clock.UtcNow;
        var start = ReadDate(query.StartDate, "start_date", errors);
        var end = ReadDate(query.EndDate, "end_date", errors);
        (start, end) = (start, end) switch
        {
            (null, null) => (now.AddDays(-MaxDays), now),
            ({ } s, null) => (s, s.AddDays(MaxDays)),
            (null, { } e) => (e.AddDays(-MaxDays), e),
            _ => (start, end),
        };
        if (end < start)
        {
            errors.Add(new("end_date", "Open311.Error.EndBeforeStart"));
        }
        else if (end - start > TimeSpan.FromDays(MaxDays))
        {
            errors.Add(new("end_date", "Open311.Error.SpanTooLong"));
        }

        var statuses = SplitList(query.Statuses);
        if (statuses.Any(s => s is not ("open" or "closed")))
        {
            errors.Add(new("status", "Open311.Error.Status"));
        }

        var page = ReadPositive(query.Page, 1, int.MaxValue / MaxResults, "page", errors);
        var pageSize = ReadPositive(query.PageSize, MaxResults, MaxResults, "page_size", errors);
        if (errors.Count > 0)
        {
            return ServiceResult<IReadOnlyList<PublicRequest>>.Fail(errors);
        }

        tickets = tickets.Where(t => t.RegisteredAt >= start && t.RegisteredAt <= end);
        var codes = SplitList(query.ServiceCodes);
        if (codes.Count > 0)
        {
            tickets = tickets.Where(t => db.Categories.Any(c => c.Id == t.CategoryId && codes.Contains(c.Code)));
        }

        if (statuses.Distinct().Count() == 1)
        {
            var open = Enum.GetValues<TicketStatus>().Where(TicketTransitions.IsOpen).ToList();
            tickets = statuses[0] == "open" ? tickets.Where(t => open.Contains(t.Status)) : tickets.Where(t => !open.Contains(t.Status));
        }

        var paged = tickets.OrderByDescending(t => t.RegisteredAt).ThenByDescending(t => t.Id).Skip((page - 1) * pageSize).Take(pageSize);
        return ServiceResult<IReadOnlyList<PublicRequest>>.Ok(await ProjectAsync(paged, ct));
    }

    /// <summary>GET requests/{id}: one ticket by number; not found is a 404.</summary>
    public async Task<ServiceResult<PublicRequest>> RequestAsync(string? number, CancellationToken ct = default)
    {
        var found = TicketNumber.IsValid(number)
            ? (await ProjectAsync(db.Tickets.AsNoTracking().Where(t => t.Number == number), ct)).SingleOrDefault()
            : null;
        return found is null
            ? ServiceResult<PublicRequest>.Fail(NotFoundField, "Open311.Error.RequestNotFound")
            : ServiceResult<PublicRequest>.Ok(found);
    }

    private async Task<IReadOnlyList<PublicRequest>> ProjectAsync(IQueryable<Ticket> tickets, CancellationToken ct)
    {
        var rows = await tickets
            .Select(t => new
            {
                t.Number,
                t.Status,
                t.IsConfidential,
                t.RegisteredAt,
                Updated = db.TicketEvents.Where(e => e.TicketId == t.Id).Max(e => (DateTimeOffset?)e.At),
                Expected = t.Assignments.Where(a => a.IsActive && a.Role == AssignmentRole.Lead).Select(a => (DateTimeOffset?)a.ResolveDueAt).FirstOrDefault(),
                Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new { c.Code, c.NameZh, c.NameEn }).First(),
                Agency = db.Units.Where(u => u.Id == t.LeadUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                t.Content,
                t.ResolutionText,
                t.IsDirectlyAnswered,
                Master = db.Tickets.Where(m => m.Id == t.MasterTicketId).Select(m => m.Number).FirstOrDefault(),
                t.Address,
                t.Latitude,
                t.Longitude,
                t.MediaUrl,
            })
            .ToListAsync(ct);
        return rows.Select(r => r.IsConfidential
                ? new PublicRequest(r.Number, r.Status, true, r.RegisteredAt, r.Updated ?? r.RegisteredAt, TicketTransitions.IsOpen(r.Status) ? r.Expected : null,
                    null, null, null, null, null, false, null, null, null, null, null)
                : new PublicRequest(r.Number, r.Status, false, r.RegisteredAt, r.Updated ?? r.RegisteredAt, TicketTransitions.IsOpen(r.Status) ? r.Expected : null,
                    r.Category.Code, new LocalizedName(r.Category.NameZh, r.Category.NameEn), r.Content, r.Agency,
                    PublishedReply.Of(r.Status, r.ResolutionText), r.IsDirectlyAnswered, r.Master,
                    string.IsNullOrEmpty(r.Address) ? null : r.Address, r.Latitude, r.Longitude, r.MediaUrl))
            .ToList();
    }

    private static List<string> SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>W3C dates with an offset (2026-11-23T00:00:00+08:00, …Z); one without an offset is the hotline's local time.</summary>
    private DateTimeOffset? ReadDate(string? value, string field, List<ServiceError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            errors.Add(new(field, "Open311.Error.Date"));
            return null;
        }

        // Year 1 or 9999 would overflow the offset arithmetic below: the same window as every date typed on a page.
        if (!clock.IsPlausible(parsed))
        {
            errors.Add(new(field, HotlineClock.ImplausibleDate));
            return null;
        }

        return parsed.Kind == DateTimeKind.Unspecified
            ? clock.FromLocal(parsed)
            : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
    }

    private static int ReadPositive(string? value, int fallback, int max, string field, List<ServiceError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= max)
        {
            return number;
        }

        errors.Add(new(field, "Open311.Error.Number"));
        return fallback;
    }
}
