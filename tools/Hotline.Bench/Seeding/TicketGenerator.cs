using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Classification;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Hotline.Services.Data.Seed;

namespace Hotline.Bench.Seeding;

/// <summary>
/// Builds realistic tickets by calling the domain's own acts in time order (register or answer directly, dispatch,
/// sign for, contact, returns, extensions, assisting units, resolve, callbacks, reopened rounds, urges, supervision),
/// so every stored fact, deadline and timeline row is one the app could have written. Acts that would fall after
/// now do not happen: recent tickets are still open, as on a real hotline.
/// </summary>
internal sealed partial class TicketGenerator
{
    // Extension decisions find the assignment by id, and unsaved assignments all have id 0: give them their row ids.
    private static readonly Action<Assignment, long> SetAssignmentId = typeof(Assignment)
        .GetProperty(nameof(Assignment.Id))!.GetSetMethod(nonPublic: true)!.CreateDelegate<Action<Assignment, long>>();

    private readonly BenchReference _reference;
    private readonly Random _random;
    private readonly DateTimeOffset _now;
    private readonly List<DemoTicketTemplate> _heating;
    private readonly List<DemoTicketTemplate> _other;
    private readonly List<string> _phones;
    private readonly List<int> _unitIds;
    private long _ticketId;
    private long _assignmentId;
    private long _callId;

    public TicketGenerator(BenchReference reference, Random random, DateTimeOffset now, int ticketCount)
    {
        _reference = reference;
        _random = random;
        _now = now;
        var templates = DemoContent.Templates.Where(t => reference.Categories.ContainsKey(t.CategoryCode)).ToList();
        _heating = templates.Where(t => t.CategoryCode.StartsWith("utilities-heating", StringComparison.Ordinal)).ToList();
        _other = templates.Except(_heating).ToList();
        // About three tickets per caller: repeat callers find their history.
        _phones = Enumerable.Range(0, Math.Max(1000, ticketCount / 3)).Select(_ => RandomPhone()).ToList();
        _unitIds = reference.Liaisons.Keys.Order().ToList();
    }

    public long AssignmentCount => _assignmentId;

    public GeneratedTicket Next(string number, DateTimeOffset at, bool heating)
    {
        var id = ++_ticketId;
        var template = heating ? _heating[_random.Next(_heating.Count)] : _other[_random.Next(_other.Count)];
        var category = _reference.Categories[template.CategoryCode];
        var area = _reference.Areas[_random.Next(_reference.Areas.Count)];
        var street = DemoContent.Streets[_random.Next(DemoContent.Streets.Count)];
        var address = street.EndsWith('路') || street.EndsWith('街') ? $"{area.NameZh}{street}" : $"{area.NameZh}{street}{_random.Next(1, 30)}号楼";
        var name = DemoContent.FamilyNames[_random.Next(DemoContent.FamilyNames.Count)] + DemoContent.GivenNames[_random.Next(DemoContent.GivenNames.Count)];
        var channel = _random.Next(10) < 8 ? Channel.Phone : (Channel)_random.Next(2, 9);
        var caller = new Caller(_phones[_random.Next(_phones.Count)], name, channel);
        var details = new TicketDetails(template.Type, template.Urgency, category.Id, area.Id, address,
            template.Content.Replace(DemoContent.AddressPlaceholder, address, StringComparison.Ordinal), template.Type == RequestType.Report);
        var agent = _reference.Agents[_random.Next(_reference.Agents.Count)];
        var policy = DeadlinePolicy.Find(_reference.Policies, template.Type, template.Urgency);
        // About 60% of contacts are answered during the call (the Zibo figure); urgent ones almost never.
        var directShare = template.Urgency == Urgency.Urgent ? 0.1 : template.Type == RequestType.Consultation ? 0.93 : 0.62;
        var direct = _random.NextDouble() < directShare;
        var calls = new List<CallRow>(2);
        var callId = AddCall(calls, caller, at, agent, direct ? CallOutcome.DirectAnswer : CallOutcome.NewTicket, id);

        Ticket ticket;
        if (direct)
        {
            ticket = Ticket.AnswerDirectly(number, caller, details, _reference.ArticleIds[_random.Next(_reference.ArticleIds.Count)], null, agent, at, callId,
                articleVersion: 1);
            if (CallbackSampling.IsSampled(number, CallbackSampling.DefaultShare))
            {
                ticket.SampleForCallback(Due(at, policy.Callback));
                CallBack(new Flow(this, ticket, calls, caller, at), policy, at, null);
            }
        }
        else
        {
            ticket = Ticket.Register(number, caller, details, category.SuggestUnit(area.Id), Due(at, policy.Dispatch), agent, at, callId);
            var flow = new Flow(this, ticket, calls, caller, at);
            Process(flow, policy, category, area);
            flow.Finish();
        }

        MarkWarnings(ticket);
        return new GeneratedTicket(id, ticket, calls);
    }

    /// <summary>A call that made no ticket (silence, wrong number, nuisance): a third of a hotline's traffic.</summary>
    public CallRow InvalidCall(DateTimeOffset at)
    {
        var agent = _reference.Agents[_random.Next(_reference.Agents.Count)];
        var calls = new List<CallRow>(1);
        AddCall(calls, new Caller(RandomPhone(), null, Channel.Phone), at, agent, CallOutcome.Invalid, null, talkSeconds: _random.Next(5, 90));
        return calls[0];
    }

    private void Process(Flow flow, DeadlinePolicy policy, Category category, Unit area)
    {
        var ticket = flow.Ticket;
        if (_random.NextDouble() < 0.003)
        {
            var cancelAt = flow.Cursor + Timing.Minutes(_random, 10, 90);
            if (flow.Step(cancelAt))
            {
                ticket.Cancel(_reference.Supervisor, cancelAt, "市民重复来电反映同一事项，本单作废。");
            }

            return;
        }

        var lead = category.SuggestUnit(area.Id) ?? area.Id;
        var dispatchedAt = Timing.Act(_random, flow.Cursor, ticket.DispatchDueAt!.Value, 0.985, TimeSpan.FromMinutes(1));
        if (!flow.Step(dispatchedAt))
        {
            return;
        }

        var assisting = _random.NextDouble() < 0.08
            ? _unitIds.Where(u => u != lead).OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).ToList()
            : [];
        ticket.Dispatch(new DispatchOrder(lead, assisting, null, Deadlines(policy, dispatchedAt)), _reference.Dispatcher, dispatchedAt);
        NumberAssignments(ticket);
        while (true)
        {
            if (Work(flow, policy, ref lead, category, area) is not { } resolvedAt || CallBack(flow, policy, resolvedAt, lead) is not { } reopenedAt)
            {
                return;
            }

            NumberAssignments(ticket);
            flow.Cursor = reopenedAt;
        }
    }

    private AssignmentDeadlines Deadlines(DeadlinePolicy policy, DateTimeOffset start) =>
        new(Due(start, policy.SignFor), Due(start, policy.FirstContact), Due(start, policy.Resolve));

    private DateTimeOffset Due(DateTimeOffset start, TimeLimit limit) => _reference.Calendar.Add(start, limit).DueAt.ToUniversalTime();

    private DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _reference.Calendar.TimeZone).DateTime);

    private void NumberAssignments(Ticket ticket)
    {
        foreach (var assignment in ticket.Assignments.Where(a => a.Id == 0))
        {
            SetAssignmentId(assignment, ++_assignmentId);
        }
    }

    private long AddCall(List<CallRow> calls, Caller caller, DateTimeOffset at, Actor agent, CallOutcome outcome, long? ticketId, int? talkSeconds = null)
    {
        // Most calls are picked up within 15 seconds; the rest waited in the queue.
        var ring = caller.Channel != Channel.Phone ? TimeSpan.Zero
            : TimeSpan.FromSeconds(_random.Next(100) < 96 ? _random.Next(2, 15) : _random.Next(16, 90));
        var talk = TimeSpan.FromSeconds(talkSeconds ?? _random.Next(90, 480));
        var started = at - talk - ring;
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        var row = new CallRow(++_callId, new Guid(bytes), caller.Phone, caller.Name, caller.Channel, started,
            started + ring, at + TimeSpan.FromSeconds(_random.Next(5, 40)), agent.UserId, outcome, ticketId);
        calls.Add(row);
        return row.Id;
    }

    private string RandomPhone() =>
        _random.Next(10) < 9
            ? $"1{"3578"[_random.Next(4)]}{_random.Next(0, 10)}{_random.Next(10_000_000, 99_999_999)}"
            : $"0535{_random.Next(2_000_000, 8_999_999)}";
}
