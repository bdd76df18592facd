using Hotline.Domain.Tickets;

namespace Hotline.Domain.Deadlines;

/// <summary>The limits from the published rules, seeded into the editable policy table.</summary>
public static class DefaultPolicies
{
    public static IReadOnlyList<DeadlinePolicy> Create(DateTimeOffset now) =>
    [
        Row(null, Urgency.Urgent, TimeLimit.Minutes(15), TimeLimit.Minutes(30), TimeLimit.Minutes(30), TimeLimit.WorkingDays(3), now),
        Row(RequestType.Consultation, Urgency.Normal, TimeLimit.Hours(1), TimeLimit.WorkingHours(1), TimeLimit.WorkingHours(2), TimeLimit.WorkingHours(2), now),
        Row(RequestType.HelpRequest, Urgency.Normal, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(2), now),
        Row(RequestType.Complaint, Urgency.Normal, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(5), now),
        Row(RequestType.Report, Urgency.Normal, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(5), now),
        Row(RequestType.Suggestion, Urgency.Normal, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(2), TimeLimit.WorkingDays(5), now),
        Row(RequestType.Praise, Urgency.Normal, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(2), TimeLimit.WorkingDays(5), now),
    ];

    private static DeadlinePolicy Row(
        RequestType? type,
        Urgency urgency,
        TimeLimit dispatch,
        TimeLimit signFor,
        TimeLimit firstContact,
        TimeLimit resolve,
        DateTimeOffset now) =>
        new(type, urgency, dispatch, signFor, firstContact, resolve, now, DeadlinePolicy.DefaultCallback);
}
