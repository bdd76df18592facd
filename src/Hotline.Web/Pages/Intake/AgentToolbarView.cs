using Hotline.Domain.Common;
using Hotline.Services.Telephony;

namespace Hotline.Web.Pages.Intake;

/// <summary>The agent's toolbar as drawn: the current state, a fresh submission id (a repeated post is one change), and a refusal's message key.</summary>
public sealed record AgentToolbarView(OwnState Own, Guid SubmissionId, string? Error = null)
{
    public static AgentToolbarView Of(OwnState own, string? error = null) => new(own, SubmissionIds.New(), error);
}
