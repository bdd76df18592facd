using Hotline.Domain.Access;
using Hotline.Services.Admin;
using Hotline.Services.Appeals;
using Hotline.Services.Data;
using Hotline.Services.Dispatch;
using Hotline.Services.Notifications;
using Hotline.Services.Objections;
using Hotline.Services.Supervision;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// What the layout's badges show, read once per request in ONE query (tagged <see cref="Tag"/>): returns waiting for a
/// dispatcher, dispatch objections (派单异议) waiting for a dispatcher or supervisor to arbitrate, extension requests, replies in review (审核) and
/// appeals (申诉) waiting for a supervisor, the person's unread notifications, and in December whether
/// next year's calendar is entered. Each count is its service's query (one rule, one place), composed here as scalar
/// subqueries of one statement; a count the person's roles do not show reads no row (WHERE FALSE). The view components
/// (PendingDecisions, UnreadNotifications, NextYearCalendarWarning) share the result.
/// </summary>
public sealed class LayoutBadges(
    HotlineDbContext db,
    CurrentUser user,
    ReturnDecisionService returns,
    ExtensionDecisionService extensions,
    Services.Review.ReviewService reviews,
    ObjectionService objections,
    AppealService appeals,
    NotificationService notifications,
    CalendarAdminService calendar,
    ILogger<LayoutBadges> logger)
{
    public const string Tag = "layout-badges";

    private Task<BadgeCounts>? _counts;

    public Task<BadgeCounts> GetAsync(CancellationToken ct) => _counts ??= ReadAsync(ct);

    private async Task<BadgeCounts> ReadAsync(CancellationToken ct)
    {
        var userId = user.Actor.UserId;
        if (string.IsNullOrEmpty(userId))
        {
            // Roles and the calendar's warning come with a sign-in: without one there is nothing to count.
            return BadgeCounts.None;
        }

        var dispatcher = user.IsIn(Role.Dispatcher);
        var supervisor = user.IsIn(Role.Supervisor);
        var nextYearDays = supervisor || user.IsIn(Role.Admin) ? calendar.NextYearDays() : null;
        var askCalendar = nextYearDays is not null;

        // A count the person's roles do not show is asked of no row (WHERE FALSE, which PostgreSQL answers without
        // reading): each combination of roles is its own query shape, compiled once with its SQL cached. (Roles passed as
        // parameters, or through EF.Constant, make EF rewrite the SQL from their values at every execution, uncached.)
        var waitingReturns = dispatcher ? returns.Waiting() : db.Tickets.Where(_ => false);
        var waitingExtensions = supervisor ? extensions.Waiting() : db.ExtensionRequests.Where(_ => false);
        var waitingReviews = supervisor ? reviews.Waiting() : db.Tickets.Where(_ => false);
        var waitingObjections = dispatcher || supervisor ? objections.Waiting() : db.Assignments.Where(_ => false);
        var waitingAppeals = supervisor ? appeals.Waiting() : db.Appeals.Where(_ => false);
        var unread = notifications.Unread(userId);
        var days = nextYearDays ?? db.CalendarDays.Where(_ => false);
        try
        {
            // SELECT (SELECT count(*) …), … FROM users WHERE id = @user: one round trip, on the person's own row (a
            // SqlQuery root would do, but EF turns its SQL cache off for any query over raw SQL).
            var row = await db.Users.Where(u => u.Id == userId).TagWith(Tag)
                .Select(_ => new
                {
                    Returns = waitingReturns.Count(),
                    Extensions = waitingExtensions.Count(),
                    Reviews = waitingReviews.Count(),
                    Objections = waitingObjections.Count(),
                    Appeals = waitingAppeals.Count(),
                    Unread = unread.Count(),
                    NextYearEntered = days.Any(),
                })
                .SingleOrDefaultAsync(ct);
            if (row is null)
            {
                return BadgeCounts.None;
            }

            return new BadgeCounts(row.Returns, row.Extensions, row.Unread, askCalendar && calendar.NextYearMissing(row.NextYearEntered), row.Reviews)
            {
                WaitingObjections = row.Objections,
                WaitingAppeals = row.Appeals,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The layout also renders the error page: a badge must not turn a database hiccup into a blank page.
            logger.LogWarning(ex, "Could not read the layout's badges");
            return BadgeCounts.None;
        }
    }
}

/// <summary>The layout's badge counts for the signed-in person (zero where their roles show none).</summary>
public sealed record BadgeCounts(int WaitingReturns, int WaitingExtensions, int Unread, bool NextYearCalendarMissing, int WaitingReviews = 0)
{
    /// <summary>Dispatch objections waiting for arbitration (dispatchers and supervisors).</summary>
    public int WaitingObjections { get; init; }

    /// <summary>Appeals (申诉) waiting for a supervisor's decision.</summary>
    public int WaitingAppeals { get; init; }

    public static BadgeCounts None { get; } = new(0, 0, 0, false, 0);
}
