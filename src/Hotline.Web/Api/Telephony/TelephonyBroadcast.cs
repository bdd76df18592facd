using System.Globalization;
using Hotline.Services.Telephony;
using Hotline.Web.RealTime;

namespace Hotline.Web.Api.Telephony;

/// <summary>
/// What the hall hears after a batch of events is committed (never before: a push must not announce what a rollback would
/// undo): the screen-pops of answered calls, each to its agent's user group on whichever node they are connected to
/// (docs/decisions/0025). Sending is not awaited; a lost push leaves the agent typing the call by hand, as before.
/// </summary>
public sealed class TelephonyBroadcast(LiveEvents live, ILogger<TelephonyBroadcast> logger)
{
    public Task AfterAsync(RecordedEvents recorded, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        foreach (var pop in recorded.Pops)
        {
            if (pop.AgentUserId is not { } userId)
            {
                logger.LogInformation("Call {PlatformCallId} answered by {AgentLogin}, who is no Hotline user: no screen-pop",
                    pop.PlatformCallId, pop.AgentLogin);
                continue;
            }

            live.CallAnsweredBy(userId, new ScreenPopMessage(pop.PhoneCallId, pop.PlatformCallId, pop.CallerNumber,
                pop.AnsweredLocal.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), pop.NumberOnly));
        }

        return Task.CompletedTask;
    }
}
