using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Domain.Common;

namespace Hotline.Domain.Telephony;

/// <summary>
/// What the events API accepts, one rule per field, each refusal named (a platform's engineers read the answer, so it
/// lists every wrong field of every event, not just the first). An event either passes whole or the batch is refused.
/// </summary>
public static partial class CallEventRules
{
    public const int BatchMax = 500;
    public const int IdMax = 64;
    public const int ReasonMax = 100;
    public const int WaitSecondsMax = 86_400;

    /// <summary>How far ahead of the hotline's clock an event may be stamped (the platform's clock may run a little fast).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public const string Required = "Telephony.Error.Required";
    public const string TooLong = "Telephony.Error.Text";
    public const string UnknownType = "Telephony.Error.Type";
    public const string BadTime = "Telephony.Error.Time";
    public const string BadNumber = "Telephony.Error.Number";
    public const string BadHungUpBy = "Telephony.Error.HungUpBy";
    public const string BadWait = "Telephony.Error.WaitSeconds";
    public const string BadUrl = "Telephony.Error.Url";
    public const string BadState = "Telephony.Error.State";

    private static readonly Dictionary<string, CallEventKind> Kinds = new(StringComparer.Ordinal)
    {
        ["offered"] = CallEventKind.Offered,
        ["queued"] = CallEventKind.Queued,
        ["answered"] = CallEventKind.Answered,
        ["transferred"] = CallEventKind.Transferred,
        ["ended"] = CallEventKind.Ended,
        ["abandoned"] = CallEventKind.Abandoned,
        ["recording"] = CallEventKind.Recording,
        ["agentState"] = CallEventKind.AgentState,
    };

    private static readonly Dictionary<string, HungUpBy> HangUps = new(StringComparer.Ordinal)
    {
        ["caller"] = Telephony.HungUpBy.Caller,
        ["agent"] = Telephony.HungUpBy.Agent,
        ["system"] = Telephony.HungUpBy.System,
    };

    private static readonly Dictionary<string, AgentStateKind> States = new(StringComparer.Ordinal)
    {
        ["ready"] = AgentStateKind.Ready,
        ["notReady"] = AgentStateKind.NotReady,
        ["onCall"] = AgentStateKind.OnCall,
        ["afterCallWork"] = AgentStateKind.AfterCallWork,
        ["loggedOut"] = AgentStateKind.LoggedOut,
    };

    public static IReadOnlyCollection<string> TypeNames => Kinds.Keys;

    public static IReadOnlyCollection<string> StateNames => States.Keys;

    public static string NameOf(AgentStateKind state) => States.First(s => s.Value == state).Key;

    /// <summary>The event, or null with the reasons added to <paramref name="errors"/>.</summary>
    public static CallEvent? Check(int index, CallEventInput input, DateTimeOffset now, DateOnly today, List<CallEventError> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        void Refuse(string field, string code) => errors.Add(new CallEventError(index, field, code));

        var eventId = Id(input.EventId, "eventId", required: true, Refuse);
        CallEventKind? kind = null;
        if (string.IsNullOrEmpty(input.Type))
        {
            Refuse("type", Required);
        }
        else if (Kinds.TryGetValue(input.Type, out var k))
        {
            kind = k;
        }
        else
        {
            Refuse("type", UnknownType);
        }

        DateTimeOffset at = default;
        if (string.IsNullOrEmpty(input.At))
        {
            Refuse("at", Required);
        }
        else if (!TryTime(input.At, now, today, out at))
        {
            Refuse("at", BadTime);
        }

        var isCall = kind is not CallEventKind.AgentState;
        var callId = Id(input.CallId, "callId", required: kind is not null && isCall, Refuse);
        string? caller = null;
        if (!string.IsNullOrEmpty(input.Caller))
        {
            if (!CallerNumber().IsMatch(input.Caller))
            {
                Refuse("caller", BadNumber);
            }
            else
            {
                caller = input.Caller;
            }
        }
        else if (kind == CallEventKind.Offered)
        {
            Refuse("caller", Required);
        }

        var queue = Id(input.Queue, "queue", required: false, Refuse, Limits.CodeMax);
        var agent = Id(input.Agent, "agent", required: kind is CallEventKind.Answered or CallEventKind.AgentState, Refuse);
        var target = Id(input.Target, "target", required: kind is CallEventKind.Transferred, Refuse);
        HungUpBy? hungUpBy = null;
        if (!string.IsNullOrEmpty(input.HungUpBy))
        {
            if (HangUps.TryGetValue(input.HungUpBy, out var h))
            {
                hungUpBy = h;
            }
            else
            {
                Refuse("hungUpBy", BadHungUpBy);
            }
        }

        int? wait = null;
        if (!string.IsNullOrEmpty(input.WaitSeconds))
        {
            if (int.TryParse(input.WaitSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w <= WaitSecondsMax)
            {
                wait = w;
            }
            else
            {
                Refuse("waitSeconds", BadWait);
            }
        }

        string? url = null;
        if (!string.IsNullOrEmpty(input.RecordingUrl))
        {
            if (input.RecordingUrl.Length <= Limits.MediaUrlMax && !Limits.HasUnstorableCharacters(input.RecordingUrl)
                && Uri.TryCreate(input.RecordingUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                url = input.RecordingUrl;
            }
            else
            {
                Refuse("recordingUrl", BadUrl);
            }
        }
        else if (kind == CallEventKind.Recording)
        {
            Refuse("recordingUrl", Required);
        }

        AgentStateKind? state = null;
        if (!string.IsNullOrEmpty(input.State))
        {
            if (States.TryGetValue(input.State, out var s))
            {
                state = s;
            }
            else
            {
                Refuse("state", BadState);
            }
        }
        else if (kind == CallEventKind.AgentState)
        {
            Refuse("state", Required);
        }

        string? reason = null;
        if (!string.IsNullOrEmpty(input.Reason))
        {
            if (input.Reason.Length > ReasonMax || Limits.HasUnstorableCharacters(input.Reason))
            {
                Refuse("reason", TooLong);
            }
            else
            {
                reason = input.Reason.Trim();
            }
        }

        if (errors.Count > before || kind is null)
        {
            return null;
        }

        return new CallEvent(eventId!, kind.Value, at, isCall ? callId : null, caller, queue, agent, target, hungUpBy, wait, url, state, reason);
    }

    private static string? Id(string? value, string field, bool required, Action<string, string> refuse, int max = IdMax)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                refuse(field, Required);
            }

            return null;
        }

        if (value.Length > max || Limits.HasUnstorableCharacters(value) || value.Trim().Length != value.Length)
        {
            refuse(field, TooLong);
            return null;
        }

        return value;
    }

    /// <summary>ISO 8601 with an offset (a time without one is ambiguous), in the plausible window and not in the future.</summary>
    private static bool TryTime(string text, DateTimeOffset now, DateOnly today, out DateTimeOffset at)
    {
        at = default;
        if (!OffsetTime().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        if (!Limits.IsPlausible(DateOnly.FromDateTime(parsed.UtcDateTime), today) || parsed > now + ClockSkew)
        {
            return false;
        }

        at = parsed.ToUniversalTime();
        return true;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9\-]{2,18}$")]
    private static partial Regex CallerNumber();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex OffsetTime();
}
