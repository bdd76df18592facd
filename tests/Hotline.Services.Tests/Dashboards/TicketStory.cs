using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>
/// One ticket's life told act by act through the domain, each act at its own (Shanghai) time on the fake clock and
/// saved at once, as the services would. The measures fixture writes its hand-built data with it.
/// </summary>
internal sealed class TicketStory(HotlineDbContext db, FakeTimeProvider clock, Ticket ticket, StoryCast cast)
{
    public Ticket Ticket => ticket;

    public string Number => ticket.Number;

    public static async Task<TicketStory> RegisterAsync(HotlineDbContext db, FakeTimeProvider clock, StoryCast cast, string number,
        DateTimeOffset at, TimeSpan dispatchWithin)
    {
        var details = new TicketDetails(RequestType.Complaint, Urgency.Normal, cast.CategoryId, null, "莱山区观海路幸福小区3号楼",
            "家里暖气不热，室温只有十二度，请尽快上门查看。", IsConfidential: false);
        var ticket = Ticket.Register(number, new Caller("13912345678", "张三", Channel.Phone), details, null, (at + dispatchWithin).ToUniversalTime(),
            cast.Agent, Now(clock, at));
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync();
        return new TicketStory(db, clock, ticket, cast);
    }

    public static async Task<TicketStory> AnswerDirectlyAsync(HotlineDbContext db, FakeTimeProvider clock, StoryCast cast, string number, DateTimeOffset at)
    {
        var details = new TicketDetails(RequestType.Consultation, Urgency.Normal, cast.CategoryId, null, string.Empty,
            "咨询今年供暖从哪天开始，室温标准是多少度。", IsConfidential: false);
        var ticket = Ticket.AnswerDirectly(number, new Caller("13912345678", null, Channel.Phone), details, null, "已告知供暖时间和室温标准。",
            cast.Agent, Now(clock, at));
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync();
        return new TicketStory(db, clock, ticket, cast);
    }

    /// <summary>Gives the ticket to <paramref name="unit"/> at <paramref name="at"/> with the three deadlines as stated.</summary>
    public Task<TicketStory> DispatchAsync(string unit, DateTimeOffset at, DateTimeOffset signDue, DateTimeOffset contactDue, DateTimeOffset resolveDue) =>
        ActAsync(at, now => ticket.Dispatch(Order(unit, signDue, contactDue, resolveDue), cast.Dispatcher, now));

    public Task<TicketStory> SignAsync(string unit, DateTimeOffset at) => ActAsync(at, now => ticket.SignFor(cast.Units[unit], cast.Liaison, now));

    public Task<TicketStory> ContactAsync(string unit, DateTimeOffset at) =>
        ActAsync(at, now => ticket.RecordContact(cast.Units[unit], cast.Liaison, now, now, "已电话联系市民，约定上门时间。"));

    public Task<TicketStory> ResolveAsync(string unit, DateTimeOffset at) =>
        ActAsync(at, now => ticket.Resolve(cast.Units[unit], cast.Liaison, now, "已上门更换阀门，室温恢复到二十度，市民认可。",
            ResolutionOutcome.Solved, null, now.AddDays(3)));

    /// <summary>The unit's reply goes to review (审核) and the reviewer sends it back at <paramref name="sentBackAt"/>.</summary>
    public async Task<TicketStory> SentBackFromReviewAsync(string unit, DateTimeOffset submittedAt, DateTimeOffset sentBackAt)
    {
        await ActAsync(submittedAt, now => ticket.SubmitForReview(cast.Units[unit], cast.Liaison, now, "已上门查看，正在联系厂家。",
            ResolutionOutcome.Solved, null, now.AddDays(1), []));
        return await ActAsync(sentBackAt, now => ticket.SendBackFromReview(cast.Supervisor, now, "答复未说明处理结果。"));
    }

    /// <summary>A callback that reached the citizen; <paramref name="reopenTo"/> reopens the ticket as a new round there.</summary>
    public Task<TicketStory> CallBackAsync(DateTimeOffset at, Satisfaction satisfaction, bool solved,
        (string Unit, DateTimeOffset SignDue, DateTimeOffset ContactDue, DateTimeOffset ResolveDue)? reopenTo = null) =>
        ActAsync(at, now => ticket.RecordCallback(
            new CallbackReport(true, satisfaction, solved, "市民表示情况如上。", LocalDate(at), reopenTo is not null, reopenTo is null ? null : "市民说暖气还是不热。"),
            Domain.Tickets.CallbackRules.Default, cast.Agent, now,
            reopenTo is { } r ? Order(r.Unit, r.SignDue, r.ContactDue, r.ResolveDue) : null));

    public Task<TicketStory> CallBackUnreachedAsync(DateTimeOffset at) =>
        ActAsync(at, now => ticket.RecordCallback(new CallbackReport(false, null, null, null, LocalDate(at)),
            Domain.Tickets.CallbackRules.Default, cast.Agent, now));

    public async Task<TicketStory> ReturnAsync(string unit, DateTimeOffset requestedAt, DateTimeOffset approvedAt)
    {
        await ActAsync(requestedAt, now => ticket.RequestReturn(cast.Units[unit], cast.Liaison, now, "不属于本单位职责。"));
        return await ActAsync(approvedAt, now => ticket.ApproveReturn(cast.Dispatcher, now, null, now.AddHours(4)));
    }

    public async Task<TicketStory> ExtendAsync(string unit, DateTimeOffset requestedAt, DateTimeOffset proposedDue, DateTimeOffset approvedAt)
    {
        await ActAsync(requestedAt, now => ticket.RequestExtension(cast.Units[unit], cast.Liaison, now, "需要厂家调配件。", proposedDue.ToUniversalTime()));
        var request = ticket.Extensions.Single(e => e.Status == RequestStatus.Pending);
        return await ActAsync(approvedAt, now => ticket.DecideExtension(request.Id, true, cast.Supervisor, now, null));
    }

    private DispatchOrder Order(string unit, DateTimeOffset signDue, DateTimeOffset contactDue, DateTimeOffset resolveDue) =>
        new(cast.Units[unit], [], null, new AssignmentDeadlines(signDue.ToUniversalTime(), contactDue.ToUniversalTime(), resolveDue.ToUniversalTime()));

    private async Task<TicketStory> ActAsync(DateTimeOffset at, Action<DateTimeOffset> act)
    {
        act(Now(clock, at));
        await db.SaveChangesAsync();
        return this;
    }

    private static DateTimeOffset Now(FakeTimeProvider clock, DateTimeOffset at)
    {
        clock.AdjustTime(at.ToUniversalTime());
        return clock.GetUtcNow();
    }

    private static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);
}
