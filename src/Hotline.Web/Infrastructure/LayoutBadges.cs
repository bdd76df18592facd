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
/// subqueries of one statement; a count the person's roles do not show is not run. The view components
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
        var signedIn = !string.IsNullOrEmpty(userId);
        var dispatcher = user.IsIn(Role.Dispatcher);
        var supervisor = user.IsIn(Role.Supervisor);
        var nextYearDays = supervisor || user.IsIn(Role.Admin) ? calendar.NextYearDays() : null;
        var askCalendar = nextYearDays is not null;
        if (!signedIn && !dispatcher && !supervisor && !askCalendar)
        {
            return BadgeCounts.None;
        }

        var waitingReturns = returns.Waiting();
        var waitingExtensions = extensions.Waiting();
        var waitingReviews = reviews.Waiting();
        var waitingObjections = objections.Waiting();
        var waitingAppeals = appeals.Waiting();
        var unread = notifications.Unread(userId ?? string.Empty);
        var days = nextYearDays ?? db.CalendarDays.Where(_ => false);
        try
        {
            // SELECT CASE WHEN @dispatcher THEN (SELECT count(*) …) ELSE 0 END, … FROM (SELECT 1): one round trip.
            var row = await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\"").TagWith(Tag)
                .Select(_ => new
                {
                    Returns = dispatcher ? waitingReturns.Count() : 0,
                    Extensions = supervisor ? waitingExtensions.Count() : 0,
                    Reviews = supervisor ? waitingReviews.Count() : 0,
                    Objections = dispatcher || supervisor ? waitingObjections.Count() : 0,
                    Appeals = supervisor ? waitingAppeals.Count() : 0,
                    Unread = signedIn ? unread.Count() : 0,
                    NextYearEntered = askCalendar && days.Any(),
                })
                .SingleAsync(ct);
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
