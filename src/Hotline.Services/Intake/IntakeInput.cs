using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Intake;

/// <summary>Everything the intake screen posts. Times are local wall-clock times as the agent sees them.</summary>
public sealed class IntakeInput
{
    /// <summary>Minted when the form is shown; makes a retried or double-clicked submit harmless.</summary>
    public Guid SubmissionId { get; set; }

    public string? CallerPhone { get; set; }
    public string? CallerName { get; set; }
    public Channel Channel { get; set; } = Channel.Phone;
    public DateTime? StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>
    /// The telephone platform's call (<c>phone_calls.id</c>) the screen-pop filled the form with; empty when the call is
    /// logged by hand (another channel, or the platform is down).
    /// </summary>
    public long? PhoneCallId { get; set; }

    public RequestType? RequestType { get; set; }
    public int? CategoryId { get; set; }
    public Urgency Urgency { get; set; } = Urgency.Normal;
    public int? AreaUnitId { get; set; }
    public string? Address { get; set; }
    public string? Content { get; set; }
    public bool IsConfidential { get; set; }

    /// <summary>A position (WGS84) sent by a citizen channel; both or neither.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>A link to a photo sent by a citizen channel.</summary>
    public string? MediaUrl { get; set; }

    /// <summary>The lead unit for "register and dispatch"; empty means the suggested unit.</summary>
    public int? DispatchUnitId { get; set; }

    public int? ArticleId { get; set; }
    public string? AnswerNote { get; set; }

    /// <summary>The open ticket this call urges; the content field, if filled, is the urge note.</summary>
    public string? UrgeTicketNumber { get; set; }

    /// <summary>The incident (突发事件) this call is attached to; the content field, if filled, is the caller's words.</summary>
    public int? IncidentId { get; set; }
}
