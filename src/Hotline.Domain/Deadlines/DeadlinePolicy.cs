using Hotline.Domain.Tickets;

namespace Hotline.Domain.Deadlines;

/// <summary>One row of the editable limits table, keyed by request type and urgency.</summary>
public sealed class DeadlinePolicy
{
    public DeadlinePolicy(
        RequestType? requestType,
        Urgency urgency,
        TimeLimit dispatch,
        TimeLimit signFor,
        TimeLimit firstContact,
        TimeLimit resolve,
        DateTimeOffset now,
        TimeLimit? callback = null)
    {
        if (requestType is { } type && !Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(requestType), requestType, "Unknown request type.");
        }

        if (!Enum.IsDefined(urgency))
        {
            throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency.");
        }

        RequestType = requestType;
        Urgency = urgency;
        Update(dispatch, signFor, firstContact, resolve, callback ?? DefaultCallback, now);
    }

    // For EF Core.
    private DeadlinePolicy()
    {
    }

    public static TimeLimit DefaultCallback { get; } = TimeLimit.WorkingDays(2);

    public int Id { get; private set; }

    /// <summary>Null means any type; used for the urgent row.</summary>
    public RequestType? RequestType { get; private set; }

    public Urgency Urgency { get; private set; }

    /// <summary>From registration to dispatch.</summary>
    public TimeLimit Dispatch { get; private set; }

    /// <summary>From dispatch to the unit signing for the assignment.</summary>
    public TimeLimit SignFor { get; private set; }

    /// <summary>From dispatch to the unit first contacting the citizen.</summary>
    public TimeLimit FirstContact { get; private set; }

    /// <summary>From dispatch to resolution.</summary>
    public TimeLimit Resolve { get; private set; }

    /// <summary>From resolution to the hotline's callback to the citizen.</summary>
    public TimeLimit Callback { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin): two administrators never silently overwrite each other.</summary>
    public uint Version { get; private set; }

    /// <summary>The row for this type and urgency, else the any-type row for the urgency.</summary>
    public static DeadlinePolicy Find(IEnumerable<DeadlinePolicy> policies, RequestType type, Urgency urgency)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var candidates = policies.Where(p => p.Urgency == urgency).ToList();
        return candidates.FirstOrDefault(p => p.RequestType == type)
            ?? candidates.FirstOrDefault(p => p.RequestType is null)
            ?? throw new InvalidOperationException(
                $"No deadline policy for request type {type} with urgency {urgency}, and no policy for any type with urgency {urgency}.");
    }

    public void Update(
        TimeLimit dispatch,
        TimeLimit signFor,
        TimeLimit firstContact,
        TimeLimit resolve,
        TimeLimit callback,
        DateTimeOffset now)
    {
        Dispatch = Checked(dispatch, nameof(dispatch));
        SignFor = Checked(signFor, nameof(signFor));
        FirstContact = Checked(firstContact, nameof(firstContact));
        Resolve = Checked(resolve, nameof(resolve));
        Callback = Checked(callback, nameof(callback));

        // PostgreSQL timestamptz only accepts offset zero through Npgsql.
        UpdatedAt = now.ToUniversalTime();
    }

    // default(TimeLimit) bypasses the constructor's checks and has no unit.
    private static TimeLimit Checked(TimeLimit limit, string paramName) =>
        Enum.IsDefined(limit.Unit)
            ? limit
            : throw new ArgumentException("A time limit needs a unit.", paramName);
}
