using System.Globalization;
using Hotline.Domain.Channels;
using Hotline.Domain.Telephony;
using Hotline.Services.Channels;
using Hotline.Services.Common;
using Hotline.Services.Telephony;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Telephony;

/// <summary>A database with one telephone platform (an API client of scope Telephony) and helpers to send it events.</summary>
public sealed class TelephonyFixture : DatabaseFixture
{
    public int ClientId { get; private set; }

    protected override async Task SeedAsync()
    {
        var admin = await ViewerAsync("admin");
        var issued = await UseAsync<ApiClientService, ServiceResult<IssuedKey>>(s =>
            s.CreateAsync(new ApiClientInput { Name = "话务平台", Scope = ApiScope.Telephony }, admin.Actor));
        ClientId = issued.Value.ShouldNotBeNull().ClientId;
    }

    public Task<RecordedEvents> SendAsync(params CallEventInput[] events) =>
        UseAsync<CallEventService, RecordedEvents>(s => s.RecordAsync(ClientId, events));

    /// <summary>An event of call <paramref name="call"/> at <paramref name="at"/> (ISO 8601 in Shanghai time, as a platform there writes it).</summary>
    public static CallEventInput Event(string id, string type, string call, DateTimeOffset at, string? caller = null, string? agent = null,
        string? hungUpBy = null, int? wait = null) => new()
        {
            EventId = id,
            Type = type,
            CallId = call,
            At = at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            Caller = caller,
            Agent = agent,
            HungUpBy = hungUpBy,
            WaitSeconds = wait?.ToString(CultureInfo.InvariantCulture),
        };

    public static CallEventInput AgentState(string id, string agent, string state, DateTimeOffset at, string? reason = null) => new()
    {
        EventId = id,
        Type = "agentState",
        Agent = agent,
        State = state,
        Reason = reason,
        At = at.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
    };

    /// <summary>An answered call's whole story: offered, queued, answered after <paramref name="waitSeconds"/>, ended after the talk.</summary>
    public static CallEventInput[] AnsweredCall(string call, DateTimeOffset offered, int waitSeconds, int talkSeconds, string agent = "agent",
        string caller = "13812345678") =>
    [
        Event($"{call}-o", "offered", call, offered, caller: caller),
        Event($"{call}-q", "queued", call, offered.AddMilliseconds(300)),
        Event($"{call}-a", "answered", call, offered.AddSeconds(waitSeconds), agent: agent),
        Event($"{call}-e", "ended", call, offered.AddSeconds(waitSeconds + talkSeconds), hungUpBy: "caller"),
    ];

    public static CallEventInput[] AbandonedCall(string call, DateTimeOffset offered, int waitSeconds, string caller = "13912345678") =>
    [
        Event($"{call}-o", "offered", call, offered, caller: caller),
        Event($"{call}-x", "abandoned", call, offered.AddSeconds(waitSeconds), wait: waitSeconds),
    ];

    /// <summary>Decides a call's fields as read back from its row, for comparing rows across feeds.</summary>
    public static object Row(PhoneCall c) => new
    {
        c.CallerNumber,
        c.Queue,
        c.ArrivedAt,
        c.OfferedAt,
        c.QueuedAt,
        c.AnsweredAt,
        c.AgentLogin,
        c.Transfers,
        c.TransferredTo,
        c.EndedAt,
        c.HungUpBy,
        c.AbandonedAt,
        c.RecordingUrl,
        c.State,
        c.WaitMs,
        c.HandleMs,
    };
}
