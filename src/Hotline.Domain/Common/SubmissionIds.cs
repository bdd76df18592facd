namespace Hotline.Domain.Common;

/// <summary>
/// The id a form or request carries so that sending it twice registers it once (calls.submission_id and the other
/// unique submission ids). Time-ordered (UUID version 7): ids made close in time sort together, so a unique index of
/// millions takes each new id, and answers the look-up for an earlier one, on the few pages it already holds in memory
/// instead of a random page each time (docs/performance.md, "Serial plans and time-ordered submission ids"; ADR 0037).
/// </summary>
public static class SubmissionIds
{
    public static Guid New() => Guid.CreateVersion7();
}
