using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tickets;

/// <summary>
/// One citizen request (工单). Every change goes through <see cref="Move"/>, which consults
/// <see cref="TicketTransitions"/> and appends an immutable <see cref="TicketEvent"/>.
/// </summary>
public sealed partial class Ticket
{
    private readonly List<TicketEvent> _events = [];
    private readonly List<Assignment> _assignments = [];

    private Ticket()
    {
        Number = string.Empty;
        CallerPhone = string.Empty;
        Address = string.Empty;
        Content = string.Empty;
        RegisteredByUserId = string.Empty;
    }

    public long Id { get; private set; }
    public string Number { get; private set; }
    public TicketStatus Status { get; private set; }
    public RequestType RequestType { get; private set; }
    public Urgency Urgency { get; private set; }
    public int CategoryId { get; private set; }
    public int? AreaUnitId { get; private set; }
    public string Address { get; private set; }
    public string Content { get; private set; }

    /// <summary>Where the problem is, when a citizen channel sent a position (WGS84).</summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    /// <summary>A link to a photo or video a citizen channel sent; shown to staff as a link, never fetched.</summary>
    public string? MediaUrl { get; private set; }

    public bool IsConfidential { get; private set; }
    public string CallerPhone { get; private set; }
    public string? CallerName { get; private set; }
    public Channel Channel { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredByUserId { get; private set; }
    public DateTimeOffset? DispatchDueAt { get; private set; }

    /// <summary>
    /// When an approved return restarted the dispatch clock (its deadline, <see cref="DispatchDueAt"/>, counts from then);
    /// null while it runs from registration.
    /// </summary>
    public DateTimeOffset? DispatchRestartedAt { get; private set; }
    public int? SuggestedUnitId { get; private set; }
    public int? LeadUnitId { get; private set; }
    public int Round { get; private set; }
    public int UrgeCount { get; private set; }
    public bool IsDirectlyAnswered { get; private set; }
    public int? AnswerArticleId { get; private set; }

    /// <summary>The number of the article's version read out: the 答复依据 stays what the caller heard.</summary>
    public int? AnswerArticleVersion { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public TicketStatus? StatusBeforeReturn { get; private set; }

    /// <summary>When the ticket was first dispatched.</summary>
    public DateTimeOffset? DispatchedAt { get; private set; }

    /// <summary>
    /// "Dispatched within limit", settled at the first dispatch against the dispatch deadline then in force: an approved
    /// return later restarts the dispatch clock (<see cref="DispatchDueAt"/>) but does not rewrite this outcome.
    /// </summary>
    public bool? DispatchedInTime { get; private set; }

    /// <summary>The master ticket this duplicate was merged into.</summary>
    public long? MasterTicketId { get; private set; }

    /// <summary>How many duplicates were merged into this ticket (their callers hear its result too).</summary>
    public int DuplicateCount { get; private set; }

    /// <summary>How many acts the timeline holds. Every act increments it, so every act updates the ticket row and
    /// its <see cref="Version"/> guards all of them (notes and requests included) against a concurrent act.</summary>
    public int Revision { get; private set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<TicketEvent> Events => _events.AsReadOnly();

    public IReadOnlyList<Assignment> Assignments => _assignments.AsReadOnly();

    public static Ticket Register(string number, Caller caller, TicketDetails details, int? suggestedUnitId,
        DateTimeOffset dispatchDueAt, Actor actor, DateTimeOffset now, long? callId = null)
    {
        var ticket = Create(number, caller, details, actor, now);
        ticket.SuggestedUnitId = suggestedUnitId;
        ticket.DispatchDueAt = dispatchDueAt;
        ticket.Move(TicketAction.Register, actor, now, null, callId: callId);
        return ticket;
    }

    /// <summary>直办: the agent answered during the call, so the ticket is born closed.</summary>
    public static Ticket AnswerDirectly(string number, Caller caller, TicketDetails details, int? articleId,
        string? answerNote, Actor actor, DateTimeOffset now, long? callId = null, int? articleVersion = null)
    {
        var ticket = Create(number, caller, details, actor, now);
        ticket.IsDirectlyAnswered = true;
        ticket.AnswerArticleId = articleId;
        ticket.AnswerArticleVersion = articleId is null ? null : articleVersion;
        ticket.ClosedAt = now;
        ticket.ClosureReason = Tickets.ClosureReason.DirectlyAnswered;
        ticket.Move(TicketAction.AnswerDirectly, actor, now, answerNote, callId: callId);
        return ticket;
    }

    /// <summary>催办: a repeat call or a supervisor's push on an open ticket. The state does not change.</summary>
    public void Urge(Actor actor, DateTimeOffset now, string? note, long? callId = null)
    {
        Move(TicketAction.Urge, actor, now, note, callId: callId);
        UrgeCount++;
    }

    /// <summary>派单: gives the ticket to a lead unit (and assisting units) with the clocks of the policy in force.</summary>
    public void Dispatch(DispatchOrder order, Actor actor, DateTimeOffset now)
    {
        CheckOrder(order);

        // The first dispatch opens round 1, and its event belongs to that round.
        Move(TicketAction.Dispatch, actor, now, order.Instruction, order.LeadUnitId, round: Math.Max(Round, 1));
        Round = Math.Max(Round, 1);
        AssignRound(order, actor, now);
    }

    /// <summary>The units a dispatch or a reopen may name: a lead that is not also assisting, a bounded number of assisting.</summary>
    private static void CheckOrder(DispatchOrder order)
    {
        var assisting = order.AssistingUnitIds.Distinct().ToList();
        if (assisting.Contains(order.LeadUnitId))
        {
            throw new DomainRuleException("Dispatch.Error.LeadAlsoAssisting");
        }

        if (assisting.Count > DispatchOrder.MaxAssistingUnits)
        {
            throw new DomainRuleException("Dispatch.Error.TooManyAssisting");
        }
    }

    /// <summary>Gives the current round to the order's units with its clocks; whoever held the ticket before no longer does.</summary>
    private void AssignRound(DispatchOrder order, Actor actor, DateTimeOffset now)
    {
        LeadUnitId = order.LeadUnitId;
        if (DispatchedAt is null)
        {
            DispatchedAt = now;
            DispatchedInTime = now <= DispatchDueAt;
        }

        foreach (var active in _assignments.Where(a => a.IsActive))
        {
            active.Deactivate();
        }

        _assignments.Add(new Assignment(Round, order.LeadUnitId, AssignmentRole.Lead, now, actor.UserId, order.Instruction, order.Deadlines));
        _assignments.AddRange(order.AssistingUnitIds.Distinct().Select(unit =>
            new Assignment(Round, unit, AssignmentRole.Assisting, now, actor.UserId, order.Instruction, order.Deadlines)));
    }

    /// <summary>并单: this ticket duplicates <paramref name="master"/>; it closes as Merged and its caller hears the master's result.</summary>
    public void MergeInto(Ticket master, Actor actor, DateTimeOffset now, string? note)
    {
        if (ReferenceEquals(master, this) || master.Number == Number)
        {
            throw new DomainRuleException("Merge.Error.SameTicket");
        }

        if (!master.IsOpen)
        {
            throw new DomainRuleException("Merge.Error.MasterNotOpen");
        }

        Move(TicketAction.Merge, actor, now, note);
        master.Move(TicketAction.AbsorbDuplicate, actor, now, Number);
        MasterTicketId = master.Id;
        ClosedAt = now;
        master.DuplicateCount++;
        AwaitingCallback = false;
        EndSupervision();
        foreach (var active in _assignments.Where(a => a.IsActive))
        {
            active.Deactivate();
        }
    }

    public bool IsOpen => TicketTransitions.IsOpen(Status);

    /// <summary>The one place a ticket changes state: refuses what the table does not allow, records what it does.</summary>
    private TicketEvent Move(TicketAction action, Actor actor, DateTimeOffset now, string? note, int? unitId = null, long? callId = null, int? round = null)
    {
        // A status of 0 means the ticket is being created: events need not be loaded to know the state.
        TicketStatus? from = Status == default ? null : Status;
        var transition = TicketTransitions.Find(from, action)
            ?? throw new DomainRuleException("Ticket.Error.TransitionNotAllowed", $"{action} from {from?.ToString() ?? "new"}");
        if (!transition.By.Any(actor.Has))
        {
            throw new DomainRuleException("Ticket.Error.RoleNotAllowed", $"{action} needs one of {string.Join(", ", transition.By)}");
        }

        var to = transition.To ?? StatusBeforeReturn
            ?? throw new DomainRuleException("Ticket.Error.TransitionNotAllowed", "no state to return to");
        StatusBeforeReturn = action == TicketAction.RequestReturn ? from : StatusBeforeReturn;
        Status = to;
        Revision++;
        var recorded = new TicketEvent(round ?? Round, now, actor.UserId, actor.DisplayName, action, from, to, note, unitId, callId);
        _events.Add(recorded);
        return recorded;
    }

    private static Ticket Create(string number, Caller caller, TicketDetails details, Actor actor, DateTimeOffset now)
    {
        if (!TicketNumber.IsValid(number))
        {
            throw new ArgumentException("Not a ticket number.", nameof(number));
        }

        if (!PhoneNumber.TryNormalize(caller.Phone, out var phone))
        {
            throw new DomainRuleException("Validation.Phone.Invalid");
        }

        return new Ticket
        {
            Number = number,
            CallerPhone = phone,
            CallerName = string.IsNullOrWhiteSpace(caller.Name) ? null : caller.Name.Trim(),
            Channel = caller.Channel,
            RequestType = details.RequestType,
            Urgency = details.Urgency,
            CategoryId = details.CategoryId,
            AreaUnitId = details.AreaUnitId,
            Address = details.Address.Trim(),
            Content = details.Content.Trim(),
            Latitude = details.Position?.Latitude,
            Longitude = details.Position?.Longitude,
            MediaUrl = MediaLink.Normalize(details.MediaUrl),
            // Reports (举报) protect the whistle-blower unless the agent explicitly decides otherwise upstream.
            IsConfidential = details.IsConfidential,
            RegisteredAt = now,
            RegisteredByUserId = actor.UserId,
        };
    }
}
