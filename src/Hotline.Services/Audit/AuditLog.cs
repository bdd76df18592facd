using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Audit;

/// <summary>
/// The administration audit log (append-only, <c>audit_entries</c>). A service that changes something adds its entry
/// with <c>Record</c> before its own SaveChanges, so the change and its entry commit together or not at all.
/// </summary>
public sealed class AuditLog(HotlineDbContext db, HotlineClock clock)
{
    public const int PageSize = 50;

    private static readonly JsonSerializerOptions Json = new()
    {
        // Chinese names stay readable in the page and in psql; enum values are stored by name.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Adds an entry to the current unit of work; the caller's SaveChanges writes it.</summary>
    public void Record(Actor actor, string area, string action, string subject, IAuditSnapshot? before = null, IAuditSnapshot? after = null) =>
        Add(actor, area, action, subject, before, after);

    /// <summary>An act on several subjects at once (a calendar import's dates): the lists are compared as sets.</summary>
    public void Record(Actor actor, string area, string action, string subject, IEnumerable<IAuditSnapshot> before, IEnumerable<IAuditSnapshot> after) =>
        Add(actor, area, action, subject, before.Cast<object>().ToList(), after.Cast<object>().ToList());

    /// <summary>A setting stored as text (office hours, KPI weights).</summary>
    public void Record(Actor actor, string area, string action, string subject, string? before, string after) =>
        Add(actor, area, action, subject, before, after);

    private void Add(Actor actor, string area, string action, string subject, object? before, object? after)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.AuditEntries.Add(new AuditEntry(clock.UtcNow, actor.UserId.Length == 0 ? null : actor.UserId, actor.DisplayName, area, action, subject,
            Serialize(before), Serialize(after), address: null));
    }

    /// <summary>Writes an entry at once, for an event with nothing else to save: a failed sign-in (no actor: the name
    /// typed stands in), or an act from the command line.</summary>
    public async Task RecordNowAsync(string? actorId, string actorName, string area, string action, string subject, IAuditSnapshot? after, string? address, CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry(clock.UtcNow, actorId, Truncate(actorName, 256), area, action, Truncate(subject, 256), null, Serialize(after), address is null ? null : Truncate(address, 64)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Newest first, filtered by area, action, actor or subject (text contained), and a local date range.</summary>
    public async Task<PagedList<AuditRow>> ListAsync(AuditFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Area))
        {
            entries = entries.Where(e => e.Area == filter.Area);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            entries = entries.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = $"%{Knowledge.KnowledgeService.EscapeLike(filter.Text.Trim())}%";
            // A unit entry is found by the unit's name too, as the page shows it.
            entries = entries.Where(e => EF.Functions.ILike(e.ActorName, pattern, Knowledge.KnowledgeService.LikeEscape)
                || EF.Functions.ILike(e.Subject, pattern, Knowledge.KnowledgeService.LikeEscape)
                || (e.Area == AuditAreas.Unit && db.Units.Any(u => u.Code == e.Subject
                    && (EF.Functions.ILike(u.NameZh, pattern, Knowledge.KnowledgeService.LikeEscape)
                        || EF.Functions.ILike(u.NameEn, pattern, Knowledge.KnowledgeService.LikeEscape)))));
        }

        if (filter.From is { } from)
        {
            var start = clock.StartOfLocalDay(from);
            entries = entries.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = clock.StartOfLocalDay(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        var page = Limits.ClampPage(filter.Page);
        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditRow(e.Id, e.At, e.ActorName, e.ActorId == null, e.Area, e.Action, e.Subject, e.Before, e.After, e.Address))
            .ToListAsync(ct);
        return new PagedList<AuditRow>(rows, page, PageSize, total);
    }

    /// <summary>The units <paramref name="rows"/> name (<see cref="AuditNames"/>): one query for a page, none without a unit entry.</summary>
    public async Task<AuditNames> NamesAsync(IReadOnlyCollection<AuditRow> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var units = rows.Where(r => r.Area == AuditAreas.Unit).ToList();
        var codes = units.Select(r => r.Subject).Distinct(StringComparer.Ordinal).ToList();
        var ids = units.SelectMany(AuditNames.UnitIdsIn).Distinct().ToList();
        if (codes.Count == 0 && ids.Count == 0)
        {
            return AuditNames.None;
        }

        var named = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code) || ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, Name = new LocalizedName(u.NameZh, u.NameEn) })
            .ToListAsync(ct);
        return new AuditNames(named.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal), named.ToDictionary(u => u.Id, u => u.Name));
    }

    // By the runtime type: a snapshot's fields, not the marker interface's (none).
    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Json);

    private static string Truncate(string? text, int max) => text is null ? string.Empty : text.Length > max ? text[..max] : text;
}
