namespace Hotline.Services.Open311;

/// <summary>The attributes every service asks for, and the keys their values travel as (stable, never the enum's number).</summary>
public static class Open311Attributes
{
    public const string RequestType = "request_type";
    public const string Urgency = "urgency";

    /// <summary>For categories handled where the problem is (local ones): the district or township, by unit code.</summary>
    public const string Area = "area";

    /// <summary>What a request is when the client does not say: most street reports ask for something to be fixed.</summary>
    public const Domain.Tickets.RequestType DefaultRequestType = Domain.Tickets.RequestType.HelpRequest;

    public static readonly IReadOnlyDictionary<string, Domain.Tickets.RequestType> RequestTypes = new Dictionary<string, Domain.Tickets.RequestType>
    {
        ["consultation"] = Domain.Tickets.RequestType.Consultation,
        ["help_request"] = Domain.Tickets.RequestType.HelpRequest,
        ["complaint"] = Domain.Tickets.RequestType.Complaint,
        ["report"] = Domain.Tickets.RequestType.Report,
        ["suggestion"] = Domain.Tickets.RequestType.Suggestion,
        ["praise"] = Domain.Tickets.RequestType.Praise,
    };

    public static readonly IReadOnlyDictionary<string, Domain.Tickets.Urgency> Urgencies = new Dictionary<string, Domain.Tickets.Urgency>
    {
        ["normal"] = Domain.Tickets.Urgency.Normal,
        ["urgent"] = Domain.Tickets.Urgency.Urgent,
    };
}
