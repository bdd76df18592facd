using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Hotline.Services.FollowUp;
using Hotline.Services.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Tickets;

/// <summary>Finding tickets: the filtered, paged list and one ticket's detail with its timeline.</summary>
public sealed class TicketQueryService(HotlineDbContext db, ReportingDb reporting, HotlineClock clock, IOptions<HotlineOptions> options, ILogger<TicketQueryService> logger)
{
    public const int ExcerptLength = 80;

    /// <summary>Counting a million matches costs more than showing them: beyond this the list says "more than 10,000".</summary>
    public const int CountCap = 10_000;

    /// <summary>Every text match is tested with ILIKE, so text searches stop counting sooner ("more than 1,000").</summary>
    public const int TextCountCap = 1_000;

    public async Task<PagedList<TicketListItem>> SearchAsync(TicketFilter filter, Viewer viewer, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, Limits.PageSizeMax);
        var page = Limits.ClampPage(filter.Page);
        var source = SourceFor(filter);
        var query = Unordered(source, filter, viewer);
        var text = SearchText(filter);
        // Count at most one row past what the list can tell apart (the cap, or further when paging beyond it).
        var countLimit = Math.Max(text is null ? CountCap : TextCountCap, page * pageSize);
        var counted = await (text is null ? query : query.WhereContains(text)).Take(countLimit + 1).CountAsync(ct);
        var capped = counted > countLimit;
        var total = capped ? countLimit : counted;
        if (text is not null)
        {
            // More than a thousand matches and one of the first pages: reading the list in order finds a page of
            // them within a few thousand rows; otherwise collect the matches through the bigram index and sort them.
            query = query.WhereContains(text, common: capped && page * pageSize <= TextCountCap);
        }

        var ordered = filter.OldestFirst
            ? query.OrderBy(t => t.RegisteredAt).ThenBy(t => t.Id)
            : query.OrderByDescending(t => t.RegisteredAt).ThenByDescending(t => t.Id);
        var rows = await ordered.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(t => new
            {
                t.Number,
                t.RegisteredAt,
                t.Status,
                t.RequestType,
                t.Urgency,
                t.CallerPhone,
                t.UrgeCount,
                t.IsConfidential,
                t.Supervision,
                Content = t.Content.Substring(0, ExcerptLength),
                Category = source.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                Unit = source.Units.Where(u => u.Id == (t.LeadUnitId ?? t.SuggestedUnitId)).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new TicketListItem(r.Number, r.RegisteredAt, r.Status, r.RequestType, r.Urgency, r.Category, r.Unit,
            MaskIfNeeded(r.CallerPhone, r.IsConfidential, viewer), r.Content, r.UrgeCount, r.IsConfidential, r.Supervision)).ToList();
        return new PagedList<TicketListItem>(items, page, pageSize, total) { IsCountCapped = capped };
    }

    /// <summary>
    /// The tickets the viewer may see that match the filter (a figure's drill-down and the text included), unordered,
    /// read from <paramref name="source"/> (an export reads the standby: <see cref="ReportingDb"/>).
    /// </summary>
    public IQueryable<Ticket> Matching(HotlineDbContext source, TicketFilter filter, Viewer viewer) =>
        SearchText(filter) is { } text ? Unordered(source, filter, viewer).WhereContains(text) : Unordered(source, filter, viewer);

    /// <summary>
    /// Searches by text and a figure's drill-downs read the standby when it keeps up (reports); the plain list reads the
    /// primary, so a ticket just registered heads it at once.
    /// </summary>
    private HotlineDbContext SourceFor(TicketFilter filter) =>
        SearchText(filter) is not null || filter.Measure is not null ? reporting.Context : db;

    private IQueryable<Ticket> Unordered(HotlineDbContext source, TicketFilter filter, Viewer viewer) =>
        Filter(source, source.Tickets.AsNoTracking().VisibleTo(viewer), filter, viewer)
            .WithMeasure(filter, source, Dashboards.MeasureWindow.For(filter.From, filter.To, clock, options.Value.WarningShare));

    /// <summary>One ticket, or null when it does not exist or the viewer may not see it (the page answers 404 either way).</summary>
    public async Task<TicketDetail?> GetAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        var ticket = await db.Tickets.AsNoTracking().VisibleTo(viewer).Where(t => t.Number == number)
            .Select(t => new
            {
                Ticket = t,
                CategoryParent = db.Categories.Where(c => c.Id == db.Categories.Where(l => l.Id == t.CategoryId).Select(l => l.ParentId).First())
                    .Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                Area = db.Units.Where(u => u.Id == t.AreaUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                Suggested = db.Units.Where(u => u.Id == t.SuggestedUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                Lead = db.Units.Where(u => u.Id == t.LeadUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                RegisteredBy = db.Users.Where(u => u.Id == t.RegisteredByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                // The version read out to the caller, whatever the article says now.
                Article = db.KnowledgeArticleVersions.Where(v => v.ArticleId == t.AnswerArticleId && v.Number == t.AnswerArticleVersion)
                    .Select(v => new Knowledge.ArticleVersionView(v.ArticleId, v.Number, v.Title, v.Body, v.Keywords, v.ValidFrom, v.ValidUntil, v.SavedBy, v.SavedAt))
                    .FirstOrDefault(),
                Master = db.Tickets.Where(m => m.Id == t.MasterTicketId).Select(m => m.Number).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (ticket is null)
        {
            if (viewer.IsUnitBound && await db.Tickets.AnyAsync(t => t.Number == number, ct))
            {
                logger.LogWarning("User {UserId} of unit {UnitId} asked for ticket {TicketNumber} outside their unit",
                    viewer.Actor.UserId, viewer.UnitId, number);
            }

            return null;
        }

        var events = await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == ticket.Ticket.Id)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new
            {
                Entry = new TimelineEntry(e.At, e.ActorName, e.Action, e.From, e.To, e.Note,
                    db.Units.Where(u => u.Id == e.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(), e.Round, null),
                e.ContactMethod,
                e.ReturnReason,
                e.CancelReason,
                e.ExtensionDecision,
                e.UnitId,
                e.AppealedMark,
            })
            .ToListAsync(ct);
        var timeline = events.Select(e => e.Entry with
        {
            Choice = (Enum?)e.ContactMethod ?? (Enum?)e.ReturnReason ?? (Enum?)e.CancelReason ?? (Enum?)e.ExtensionDecision ?? e.AppealedMark,
        }).ToList();
        var assignmentRows = await db.Set<Assignment>().AsNoTracking().Where(a => a.TicketId == ticket.Ticket.Id)
            .OrderBy(a => a.Round).ThenBy(a => a.DispatchedAt).ThenBy(a => a.Role).ThenBy(a => a.Id)
            .Select(a => new
            {
                View = new AssignmentView(a.Round,
                    db.Units.Where(u => u.Id == a.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).First(),
                    a.Role, a.IsActive, a.DispatchedAt, a.SignForDueAt, a.SignedForAt, a.FirstContactDueAt, a.FirstContactAt, a.ResolveDueAt, a.ResolvedAt,
                    a.AssistDoneAt),
                a.UnitId,
                a.Id,
                a.ParentAssignmentId,
            })
            .ToListAsync(ct);
        List<AssignmentView> assignments = [.. assignmentRows.Select(r => r.View with
        {
            UnitId = r.UnitId,
            ForUnit = assignmentRows.FirstOrDefault(p => p.Id == r.ParentAssignmentId)?.View.Unit,
            Running = AssignmentClock.Of(ticket.Ticket.Status, r.View.IsActive, r.View.Role, r.View.DispatchedAt, r.View.SignForDueAt, r.View.SignedForAt,
                r.View.FirstContactDueAt, r.View.FirstContactAt, r.View.ResolveDueAt, r.View.ResolvedAt, r.View.AssistDoneAt),
        })];
        // 下派: what a sub-unit did (signed for, contacted, replied, was sent back) it did for its parent, which answers for it.
        timeline = [.. timeline.Zip(events, (entry, e) => entry.Action == TicketAction.Delegate || e.UnitId is null ? entry : entry with
        {
            ForUnit = assignments.LastOrDefault(a => a.Role == AssignmentRole.Delegated && a.Round == entry.Round && a.UnitId == e.UnitId
                && a.DispatchedAt <= entry.At)?.ForUnit,
        })];
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.TicketId == ticket.Ticket.Id)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt,
                db.Users.Where(u => u.Id == a.UploadedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty))
            .ToListAsync(ct);
        var duplicates = await db.Tickets.AsNoTracking().Where(d => d.MasterTicketId == ticket.Ticket.Id)
            .OrderBy(d => d.Id).Select(d => d.Number).Take(Limits.PageSizeMax).ToListAsync(ct);
        var phoneCalls = await db.Calls.AsNoTracking().Where(c => c.TicketId == ticket.Ticket.Id && c.PhoneCallId != null)
            .Join(db.PhoneCalls, c => c.PhoneCallId, p => p.Id, (c, p) => p).Distinct()
            .OrderBy(p => p.ArrivedAt).Take(Limits.PageSizeMax)
            .Select(p => new LinkedPhoneCall(p.PlatformCallId, p.AnsweredAt, p.WaitMs, p.AgentLogin)).ToListAsync(ct);
        var t = ticket.Ticket;
        var followUp = await db.FollowUpOfAsync(t, ct);
        var masked = viewer.SeesMaskedCallers && t.IsConfidential;
        return new TicketDetail(t.Number, t.Status, t.RequestType, t.Urgency, ticket.CategoryParent, ticket.Category, ticket.Area,
            t.Address, t.Content, t.IsConfidential,
            masked ? PhoneNumber.Mask(t.CallerPhone) : t.CallerPhone,
            masked ? PersonName.Mask(t.CallerName) : t.CallerName,
            masked, t.Channel, t.RegisteredAt, ticket.RegisteredBy ?? string.Empty, t.DispatchDueAt, ticket.Suggested, ticket.Lead,
            t.Round, t.UrgeCount, t.IsDirectlyAnswered, ticket.Article, t.ClosedAt, t.DispatchedAt, ticket.Master, duplicates,
            assignments, attachments, CallbackTimeline.Annotate(timeline, followUp.Callbacks), followUp,
            SentLocation.Of(t.Latitude, t.Longitude, t.MediaUrl), phoneCalls)
        {
            // The same rows again as the holdings read them (clock per holder): the page needs no second read of the ticket.
            Held = new HeldTicket(t.RegisteredAt, t.DispatchDueAt, t.SubmittedForReviewAt, t.ReviewDueAt, t.ResolvedAt, t.CallbackDueAt,
                [.. events.Select(e => new HeldEvent(e.Entry.At, e.Entry.Action, e.Entry.From, e.Entry.To, e.Entry.Round, e.UnitId))],
                [.. assignments.Select(a => new HeldAssignment(a.Round, a.UnitId, a.Role, a.DispatchedAt, a.SignForDueAt, a.SignedForAt,
                    a.FirstContactDueAt, a.FirstContactAt, a.ResolveDueAt, a.ResolvedAt, a.AssistDoneAt))])
            { DispatchRestartedAt = t.DispatchRestartedAt },
            DispatchRestartedAt = t.DispatchRestartedAt,
        };
    }

    /// <summary>An attachment's file, or null when it does not exist or the viewer may not see its ticket.</summary>
    public async Task<AttachmentFile?> DownloadAttachmentAsync(long attachmentId, Viewer viewer, CancellationToken ct = default)
    {
        var visible = db.Tickets.AsNoTracking().VisibleTo(viewer);
        var file = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && visible.Any(t => t.Id == a.TicketId))
            .Select(a => new AttachmentFile(a.FileName, a.ContentType, a.Content))
            .FirstOrDefaultAsync(ct);
        if (file is null && await db.Attachments.AnyAsync(a => a.Id == attachmentId, ct))
        {
            logger.LogWarning("User {UserId} of unit {UnitId} asked for attachment {AttachmentId} of a ticket outside their unit",
                viewer.Actor.UserId, viewer.UnitId, attachmentId);
        }

        return file;
    }

    private IQueryable<Ticket> Filter(HotlineDbContext source, IQueryable<Ticket> query, TicketFilter filter, Viewer viewer)
    {
        if (!string.IsNullOrWhiteSpace(filter.Number))
        {
            var number = filter.Number.Trim();
            query = TicketNumber.IsValid(number) ? query.Where(t => t.Number == number) : query.Where(t => t.Number.StartsWith(number));
        }

        if (!string.IsNullOrWhiteSpace(filter.Phone))
        {
            if (viewer.SeesMaskedCallers)
            {
                // The number is masked for them: a search by (part of) it must not reveal it either.
                query = query.Where(t => !t.IsConfidential);
            }

            query = PhoneNumber.TryNormalize(filter.Phone, out var phone)
                ? query.Where(t => t.CallerPhone == phone)
                : query.Where(t => t.CallerPhone.Contains(filter.Phone.Trim()));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (filter.Type is { } type)
        {
            query = query.Where(t => t.RequestType == type);
        }

        if (filter.CategoryId is { } category)
        {
            // A top-level category finds the tickets of all its leaves.
            query = query.Where(t => t.CategoryId == category || source.Categories.Any(c => c.Id == t.CategoryId && c.ParentId == category));
        }

        if (filter.UnitId is { } unit && !filter.ScopesUnitAndDates())
        {
            query = query.Where(t => t.LeadUnitId == unit || (t.LeadUnitId == null && t.SuggestedUnitId == unit));
        }

        if (filter.From is { } from && !filter.ScopesUnitAndDates())
        {
            var start = clock.StartOfLocalDay(from);
            query = query.Where(t => t.RegisteredAt >= start);
        }

        if (filter.To is { } to && !filter.ScopesUnitAndDates())
        {
            var end = clock.StartOfLocalDay(to.AddDays(1));
            query = query.Where(t => t.RegisteredAt < end);
        }

        return query;
    }

    /// <summary>The text to search for (applied by SearchAsync, which picks the plan from the count), or null.</summary>
    private static string? SearchText(TicketFilter filter)
    {
        if (string.IsNullOrWhiteSpace(filter.Text))
        {
            return null;
        }

        var text = filter.Text.Trim();
        return text.Length > Limits.SearchTextMax ? text[..Limits.SearchTextMax] : text;
    }

    private static string MaskIfNeeded(string phone, bool confidential, Viewer viewer) =>
        confidential && viewer.SeesMaskedCallers ? PhoneNumber.Mask(phone) : phone;
}
