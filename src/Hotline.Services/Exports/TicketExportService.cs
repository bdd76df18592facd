using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Services.Common;
using Hotline.Services.Data.ReadReplica;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Exports;

/// <summary>
/// Exports the ticket list as filtered (a figure's drill-down included), newest first, at most <see cref="MaxRows"/>
/// rows (what one xlsx sheet holds). The rows stream from the database into the file as it is written: a year's export
/// takes no more memory than a day's. Only supervisors and administrators export: a file of citizens' numbers leaves the system's access checks
/// behind, so it is kept to the people who report. The rows still go through the viewer's visibility.
/// </summary>
public sealed class TicketExportService(ReportingDb reporting, TicketQueryService tickets, HotlineClock clock, ILogger<TicketExportService> logger)
{
    public const int MaxRows = TableExport.MaxXlsxRows;
    public const string TooMany = "Export.TooManyRows";
    public const string NotAllowed = "Error.Forbidden";

    /// <summary>The most rows one export writes (tests lower it).</summary>
    internal int Limit { get; init; } = MaxRows;

    public static bool MayExport(Viewer viewer) =>
        viewer is not null && (viewer.Actor.Has(Role.Supervisor) || viewer.Actor.Has(Role.Admin));

    public async Task<ServiceResult<ExportFile>> ExportAsync(TicketFilter filter, Viewer viewer, ExportFormat format, Func<string, string> text,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(text);
        if (!MayExport(viewer))
        {
            return ServiceResult<ExportFile>.Fail(string.Empty, NotAllowed);
        }

        // Exports are reports: the standby reads them when it keeps up.
        var db = reporting.Context;
        var query = tickets.Matching(db, filter, viewer);
        var total = await query.CountAsync(ct);
        if (total > Limit)
        {
            return ServiceResult<ExportFile>.Fail(string.Empty, TooMany);
        }

        var rows = query.OrderByDescending(t => t.RegisteredAt).ThenByDescending(t => t.Id)
            .Select(t => new TicketExportRow(t.Number, t.RegisteredAt, t.Status, t.RequestType, t.Urgency,
                db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                db.Units.Where(u => u.Id == (t.LeadUnitId ?? t.SuggestedUnitId)).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                viewer.SeesMaskedCallers && t.IsConfidential ? PhoneNumber.Mask(t.CallerPhone) : t.CallerPhone,
                t.Address, t.Content, t.ClosedAt))
            .AsAsyncEnumerable();
        DateTime? Local(DateTimeOffset? at) => at is { } i ? clock.ToLocal(i).DateTime : null;
        // An enum's words are looked up once per export, not once per row (a month at 10M tickets is 400,000 rows).
        var statuses = Words<Domain.Tickets.TicketStatus>(text);
        var requestTypes = Words<Domain.Tickets.RequestType>(text);
        var urgencies = Words<Domain.Tickets.Urgency>(text);
        var columns = new List<ExportColumn<TicketExportRow>>
        {
            new(text("Field.Number"), r => r.Number),
            new(text("Field.RegisteredAt"), r => Local(r.RegisteredAt), ExportKind.DateTime),
            new(text("Field.Status"), r => statuses[r.Status]),
            new(text("Field.RequestType"), r => requestTypes[r.RequestType]),
            new(text("Field.Urgency"), r => urgencies[r.Urgency]),
            new(text("Field.Category"), r => r.Category.ToString()),
            new(text("Field.Unit"), r => r.Unit?.ToString()),
            new(text("Field.CallerPhone"), r => r.CallerPhone),
            new(text("Field.Address"), r => r.Address),
            new(text("Field.Content"), r => r.Content),
            new(text("Field.ClosedAt"), r => Local(r.ClosedAt), ExportKind.DateTime),
        };
        logger.LogInformation("User {UserId} exports {Count} tickets as {Format}", viewer.Actor.UserId, total, format);
        var stem = $"{text("Tickets.FileName")}-{clock.LocalToday:yyyy-MM-dd}";
        return ServiceResult<ExportFile>.Ok(TableExport.Write(format, stem, text("Tickets.FileName"), columns, rows));
    }

    /// <summary>Every value's label, from the key <c>Enum.{Type}.{Value}</c> (as the pages' <c>L.Enum</c>).</summary>
    private static Dictionary<T, string> Words<T>(Func<string, string> text)
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => v, v => text($"Enum.{typeof(T).Name}.{v}"));
}
