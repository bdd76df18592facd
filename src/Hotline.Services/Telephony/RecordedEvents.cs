using Hotline.Domain.Telephony;

namespace Hotline.Services.Telephony;

/// <summary>
/// What a batch of events did: refused whole (<see cref="Errors"/>), or recorded, with the events already known
/// skipped, and what the answering agents' screens are to be sent (screen-pops, sent after the commit).
/// </summary>
public sealed record RecordedEvents(
    IReadOnlyList<CallEventError> Errors,
    int Accepted,
    int Duplicates,
    IReadOnlyList<AnsweredCall> Pops)
{
    public bool Succeeded => Errors.Count == 0;

    public bool ChangedQueue => Accepted > 0;

    public static RecordedEvents Refused(IReadOnlyList<CallEventError> errors) => new(errors, 0, 0, []);
}
