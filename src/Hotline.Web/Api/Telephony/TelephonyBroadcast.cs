using Hotline.Services.Telephony;

namespace Hotline.Web.Api.Telephony;

/// <summary>What the hall hears after a batch is committed: the screen-pops of answered calls, the wall's queue figures.</summary>
public sealed class TelephonyBroadcast
{
    public Task AfterAsync(RecordedEvents recorded, CancellationToken ct) => Task.CompletedTask;
}
