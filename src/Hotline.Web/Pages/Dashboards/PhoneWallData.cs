using System.Globalization;
using Hotline.Domain.Telephony;
using Hotline.Services.Common;
using Hotline.Services.Telephony;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>
/// The wall's telephone figures as sent to the screens: the queue now (pushed whenever the platform reports something)
/// next to today's 15 s answer rate and connect rate, all from the platform's events. <see cref="WaitingCount"/> and
/// <see cref="LongestWaitSeconds"/> let the wall count the longest wait up between pushes.
/// </summary>
public sealed record PhoneWallData(
    string At,
    string Waiting,
    string LongestWait,
    string AgentsReady,
    string AgentsOnCall,
    string Offered,
    WallRate AnsweredWithinTarget,
    WallRate Connect,
    long WaitingCount,
    int LongestWaitSeconds)
{
    public static PhoneWallData From(QueueNow queue, PhoneFigures today, HotlineClock clock)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(today);
        ArgumentNullException.ThrowIfNull(clock);
        return new PhoneWallData(
            clock.ToLocal(queue.At).ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            DashboardFormat.Count(queue.Waiting),
            Duration(queue.LongestWaitSeconds),
            DashboardFormat.Count(queue.AgentsReady),
            DashboardFormat.Count(queue.AgentsOnCall),
            DashboardFormat.Count(today.Offered),
            WallRate.Of(today.AnsweredWithinTarget),
            WallRate.Of(today.Connect),
            queue.Waiting,
            queue.LongestWaitSeconds);
    }

    /// <summary>m:ss (h:mm:ss past an hour): the way a queue display shows a wait.</summary>
    public static string Duration(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Round(seconds));
        return span.TotalHours >= 1
            ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}
