using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Classification;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;

namespace Hotline.Services.Data.Seed;

/// <summary>
/// A few demo tickets of today at each step of issue 18's workflow, so a person clicking through the demo finds one of
/// each: a reply waiting for review (审核), a reply sent back to its unit, a dispatch objection waiting for arbitration and
/// one upheld (派单异议), a ticket delegated to a township (下派) and a township's reply waiting for review. Built with the
/// domain's own acts, like every other demo ticket, in two steps (<see cref="Build"/>, saved, then <see cref="Continue"/>);
/// only the app's first run adds them (test databases do not).
/// </summary>
internal sealed class DemoWalkthrough(
    Func<DateTimeOffset, string> nextNumber,
    IReadOnlyDictionary<string, Category> categories,
    IReadOnlyList<Unit> units,
    Func<RequestType, Urgency, DateTimeOffset, AssignmentDeadlines> clocks,
    Func<RequestType, Urgency, DateTimeOffset, DateTimeOffset> dispatchDue,
    Func<DateTimeOffset, DateTimeOffset> reviewDue,
    Actor agent,
    Actor dispatcher,
    Actor supervisor,
    IReadOnlyDictionary<int, Actor> liaisons)
{
    public const string ReviewReply = "已上门检修供暖管道阀门，室温已恢复至18度以上，市民表示认可。";

    // Delegation names the parent's stored assignment: these acts wait until the tickets are saved (Continue).
    private readonly List<Action> _afterSave = [];

    /// <summary>The tickets, registered from <paramref name="start"/> on (a few hours before now), each act before <paramref name="now"/>.</summary>
    public IReadOnlyList<Ticket> Build(DateTimeOffset start, DateTimeOffset now)
    {
        var at = start < now.AddHours(-5) ? now.AddHours(-5) : start;
        var (heating, water, gas, district, township) = (IdOf("heating"), IdOf("water"), IdOf("gas"), IdOf("laishan"), IdOf("laishan-huanghai"));
        List<Ticket> tickets = [];

        // 1. A heating complaint whose reply waits for review.
        var inReview = Dispatched("utilities-heating", RequestType.Complaint, "家中暖气不热，室温只有十二度，已反映多次。", heating, at);
        Reply(inReview, heating, at.AddHours(2), ReviewReply);
        tickets.Add(inReview);

        // 2. A water complaint whose thin reply the reviewer sent back: the unit works it again (a review-return counted).
        var sentBack = Dispatched("utilities-water-pressure", RequestType.Complaint, "小区高层水压不足，早晚用水高峰时六楼以上基本没水。", water, at.AddMinutes(5));
        Reply(sentBack, water, at.AddHours(2), "已处理。");
        sentBack.SendBackFromReview(supervisor, at.AddHours(2).AddMinutes(30), "答复过于简单，请说明水压不足的原因、处理措施和恢复时间。");
        tickets.Add(sentBack);

        // 3. A burst water pipe sent to the heating company, which disputes it and names the water company: waiting.
        var objected = Dispatched("utilities-water-pipe", RequestType.HelpRequest, "楼道里水管破裂漏水，水已经流到一楼。", heating, now.AddMinutes(-20), sign: false);
        objected.RaiseObjection(heating, Liaison(heating), now.AddMinutes(-15), "漏水的是自来水入户管道，不属于供热管网，应由自来水公司处理。", water);
        tickets.Add(objected);

        // 4. A gas smell sent to the water company, whose objection the dispatcher upheld: re-dispatched to the gas company.
        var upheld = Dispatched("utilities-gas-safety", RequestType.HelpRequest, "楼道里有明显的燃气味，担心泄漏。", water, at.AddMinutes(10), sign: false);
        upheld.RaiseObjection(water, Liaison(water), at.AddMinutes(15), "燃气泄漏应由燃气集团处置，自来水公司无权处理。", gas);
        upheld.UpholdObjection(new DispatchOrder(gas, [], "请立即安排人员上门检查。", clocks(upheld.RequestType, upheld.Urgency, at.AddMinutes(25))),
            dispatcher, at.AddMinutes(25), "异议成立，改派燃气集团。");
        upheld.SignFor(gas, Liaison(gas), at.AddMinutes(35));
        tickets.Add(upheld);

        // 5. A noise complaint in Laishan that the district delegated to its Huanghai Road sub-district, which is working it.
        var delegated = Dispatched("environment-noise-social", RequestType.Complaint, "小区楼下烧烤摊每晚营业到凌晨两点，噪音很大。", district, at.AddMinutes(15));
        _afterSave.Add(() =>
        {
            Delegate(delegated, district, township, at.AddHours(1));
            delegated.SignFor(township, Liaison(township), at.AddHours(1).AddMinutes(20));
        });
        tickets.Add(delegated);

        // 6. Another the sub-district resolved: its reply waits for review (sending it back returns it to the sub-district).
        var delegatedReply = Dispatched("environment-noise-social", RequestType.Complaint, "广场舞音响声音太大，晚上九点以后还在跳。", district, at.AddMinutes(20));
        _afterSave.Add(() =>
        {
            Delegate(delegatedReply, district, township, at.AddMinutes(50));
            delegatedReply.SignFor(township, Liaison(township), at.AddHours(1));
            Reply(delegatedReply, township, at.AddHours(3), "街道已约谈广场舞组织者，约定晚上八点半前结束并降低音量，市民表示认可。");
        });
        tickets.Add(delegatedReply);
        return tickets;
    }

    /// <summary>The acts that need the built tickets saved first (a delegation refers to its parent's stored assignment).</summary>
    public void Continue()
    {
        _afterSave.ForEach(act => act());
        _afterSave.Clear();
    }

    private Ticket Dispatched(string categoryCode, RequestType type, string content, int unit, DateTimeOffset at, bool sign = true)
    {
        var category = categories[categoryCode];
        var area = IdOf("laishan");
        var details = new TicketDetails(type, Urgency.Normal, category.Id, area, "莱山区黄海路街道海韵小区", content, false);
        var caller = new Caller(DemoDataSeeder.RandomPhone(new Random(content.Length)), "王女士", Channel.Phone);
        var ticket = Ticket.Register(nextNumber(at), caller, details, unit, dispatchDue(type, Urgency.Normal, at), agent, at);
        var dispatchedAt = at.AddMinutes(3);
        ticket.Dispatch(new DispatchOrder(unit, [], null, clocks(type, Urgency.Normal, dispatchedAt)), dispatcher, dispatchedAt);
        if (sign)
        {
            ticket.SignFor(unit, Liaison(unit), dispatchedAt.AddMinutes(10));
            ticket.RecordContact(unit, Liaison(unit), dispatchedAt.AddMinutes(30), dispatchedAt.AddMinutes(30), "已电话联系市民，约定上门时间。");
        }

        return ticket;
    }

    private void Delegate(Ticket ticket, int district, int township, DateTimeOffset at) =>
        ticket.Delegate(district, township, UnitTree.DescendantsOf(district, units.Select(u => (u.Id, u.ParentId))).ToList(),
            clocks(ticket.RequestType, ticket.Urgency, at), "请街道上门核实并处理。", Liaison(district), at);

    private void Reply(Ticket ticket, int unit, DateTimeOffset at, string reply)
    {
        if (ticket.Assignments.First(a => a.IsActive && a.UnitId == unit).FirstContactAt is null)
        {
            ticket.RecordContact(unit, Liaison(unit), at.AddMinutes(-30), at.AddMinutes(-30), "已电话联系市民。");
        }

        ticket.SubmitForReview(unit, Liaison(unit), at, reply, ResolutionOutcome.Solved, null, reviewDue(at), []);
    }

    private int IdOf(string code) => units.First(u => u.Code == code).Id;

    private Actor Liaison(int unit) => liaisons[unit];
}
