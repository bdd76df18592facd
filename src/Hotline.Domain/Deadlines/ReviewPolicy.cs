using Hotline.Domain.Tickets;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// One row of the editable review policy (审核, issue 18 §2): whether a request type's replies wait for a reviewer
/// before the callback (always, or only while the ticket is supervised) and how long the reviewer has, on the working
/// calendar. The default: complaints, reports and supervised tickets, one working day.
/// </summary>
public sealed class ReviewPolicy
{
    public ReviewPolicy(RequestType requestType, bool always, bool whenSupervised, TimeLimit limit, DateTimeOffset now)
    {
        if (!Enum.IsDefined(requestType))
        {
            throw new ArgumentOutOfRangeException(nameof(requestType), requestType, "Unknown request type.");
        }

        RequestType = requestType;
        Update(always, whenSupervised, limit, now);
    }

    // For EF Core.
    private ReviewPolicy()
    {
    }

    public static TimeLimit DefaultLimit { get; } = TimeLimit.WorkingDays(1);

    public int Id { get; private set; }

    public RequestType RequestType { get; private set; }

    /// <summary>Every reply to this type is reviewed.</summary>
    public bool Always { get; private set; }

    /// <summary>A reply to a supervised (督办) ticket of this type is reviewed.</summary>
    public bool WhenSupervised { get; private set; }

    /// <summary>From the reply's submission to the reviewer's decision.</summary>
    public TimeLimit Limit { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Row version (PostgreSQL xmin): two administrators never silently overwrite each other.</summary>
    public uint Version { get; private set; }

    /// <summary>Whether this reply waits for review: true when it does, with the row that says so.</summary>
    public static ReviewPolicy? Demanding(IEnumerable<ReviewPolicy> policies, RequestType type, bool supervised)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return policies.FirstOrDefault(p => p.RequestType == type && (p.Always || (supervised && p.WhenSupervised)));
    }

    /// <summary>The rules as first seeded: complaints and reports always, every type when supervised.</summary>
    public static IReadOnlyList<ReviewPolicy> Defaults(DateTimeOffset now) =>
        Enum.GetValues<RequestType>()
            .Select(t => new ReviewPolicy(t, t is RequestType.Complaint or RequestType.Report, whenSupervised: true, DefaultLimit, now))
            .ToList();

    public void Update(bool always, bool whenSupervised, TimeLimit limit, DateTimeOffset now)
    {
        if (!Enum.IsDefined(limit.Unit))
        {
            throw new ArgumentException("A time limit needs a unit.", nameof(limit));
        }

        Always = always;
        WhenSupervised = whenSupervised;
        Limit = limit;
        UpdatedAt = now.ToUniversalTime();
    }
}
