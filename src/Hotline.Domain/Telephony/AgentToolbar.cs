using System.Globalization;

namespace Hotline.Domain.Telephony;

/// <summary>
/// The agent's own toolbar on the intake screen (docs/decisions/0030-agent-toolbar.md): the states an agent may put
/// themselves in (on a call is the platform's to say), the reasons for not ready, and the change as the platform's own
/// <c>agentState</c> event, so one rule (<see cref="AgentState.Apply"/>, the time-in-state query) reads both sources.
/// </summary>
public static class AgentToolbar
{
    /// <summary>The toolbar's events are told from the platform's by this prefix of their id.</summary>
    public const string EventIdPrefix = "hotline-toolbar:";

    public const string BadState = "Toolbar.Error.State";
    public const string BadReason = "Toolbar.Error.Reason";
    public const string NoPlatform = "Toolbar.Error.NoPlatform";
    public const string BadSubmission = "Toolbar.Error.Submission";

    public static readonly IReadOnlyList<AgentStateKind> States = [AgentStateKind.Ready, AgentStateKind.NotReady, AgentStateKind.AfterCallWork];

    /// <summary>Why an agent is not ready, stored as these codes (the platform's own reasons are free text).</summary>
    public static readonly IReadOnlyList<string> Reasons = ["break", "meal", "training", "meeting", "other"];

    /// <summary>The error key of a choice the toolbar does not offer, else null. Not ready needs one of the reasons; the others take none.</summary>
    public static string? Check(AgentStateKind? state, string? reason) => state switch
    {
        null => BadState,
        var s when !States.Contains(s.Value) => BadState,
        AgentStateKind.NotReady when reason is null || !Reasons.Contains(reason, StringComparer.Ordinal) => BadReason,
        _ => null,
    };

    /// <summary>
    /// The change as the platform would report it, stamped now. The form's submission id makes the event id, so a
    /// repeated post is a repeated event, recognised and ignored like the platform's.
    /// </summary>
    public static CallEventInput ToEvent(string login, AgentStateKind state, string? reason, Guid submission, DateTimeOffset now) => new()
    {
        EventId = EventIdPrefix + submission.ToString("N", CultureInfo.InvariantCulture),
        Type = "agentState",
        Agent = login,
        State = CallEventRules.NameOf(state),
        Reason = state == AgentStateKind.NotReady ? reason : null,
        At = now.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
    };
}
