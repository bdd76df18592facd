using Hotline.Domain.Classification;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Hotline.Services.Data.Seed;

namespace Hotline.Bench.Seeding;

/// <summary>A unit's round of work on a ticket, the callback that judges it, and the warnings the monitor would have raised.</summary>
internal sealed partial class TicketGenerator
{
    private static readonly TimeSpan OneMinute = TimeSpan.FromMinutes(1);

    /// <summary>Return (sometimes), sign for, contact, extension (sometimes), assisting units' parts, resolve. The
    /// resolution instant, or null when the round is still running now.</summary>
    private DateTimeOffset? Work(Flow flow, DeadlinePolicy policy, ref int lead, Category category, Unit area)
    {
        var ticket = flow.Ticket;
        if (!_reference.Liaisons.TryGetValue(lead, out var liaison))
        {
            return null;
        }

        var assignment = ticket.Assignments.Last(a => a.IsActive && a.IsLead);
        if (ticket.Round <= 1 && _random.NextDouble() < 0.02)
        {
            var askedAt = Timing.Act(_random, flow.Cursor, assignment.SignForDueAt, 0.97, OneMinute);
            if (!flow.Step(askedAt))
            {
                return null;
            }

            ticket.RequestReturn(lead, liaison, askedAt, "经核实，该事项不属于本单位职责范围，申请退回改派。");
            var decidedAt = askedAt + Timing.Minutes(_random, 20, 240);
            if (!flow.Step(decidedAt))
            {
                return null;
            }

            if (_random.NextDouble() < 0.7)
            {
                ticket.ApproveReturn(_reference.Dispatcher, decidedAt, "同意退回，重新派单。", Due(decidedAt, policy.Dispatch));
                var next = lead != area.Id ? area.Id : category.DefaultUnitId ?? _unitIds[_random.Next(_unitIds.Count)];
                var previous = lead;
                next = next != previous ? next : _unitIds.First(u => u != previous);
                var again = Timing.Act(_random, decidedAt, ticket.DispatchDueAt!.Value, 0.985, OneMinute);
                if (!flow.Step(again))
                {
                    return null;
                }

                ticket.Dispatch(new DispatchOrder(next, [], "请按职责办理。", Deadlines(policy, again)), _reference.Dispatcher, again);
                NumberAssignments(ticket);
                lead = next;
                assignment = ticket.Assignments.Last(a => a.IsActive && a.IsLead);
                if (!_reference.Liaisons.TryGetValue(lead, out liaison))
                {
                    return null;
                }
            }
            else
            {
                ticket.RejectReturn(_reference.Dispatcher, decidedAt, "经核实属于贵单位职责，请继续办理。");
            }
        }

        var signedAt = Timing.Act(_random, flow.Cursor, assignment.SignForDueAt, 0.985, OneMinute);
        if (!flow.Step(signedAt))
        {
            return null;
        }

        ticket.SignFor(lead, liaison, signedAt);
        var contactedAt = Timing.Act(_random, signedAt, assignment.FirstContactDueAt, 0.99, OneMinute);
        if (!flow.Step(contactedAt))
        {
            return null;
        }

        ticket.RecordContact(lead, liaison, contactedAt, contactedAt, "已电话联系市民，了解具体情况并约定处理时间。");
        if (_random.NextDouble() < 0.03 && !Extend(flow, assignment, lead, liaison))
        {
            return null;
        }

        var resolvedAt = Timing.Act(_random, flow.Cursor, assignment.ResolveDueAt, 0.98, TimeSpan.FromMinutes(10));
        foreach (var assist in ticket.Assignments.Where(a => a.IsActive && !a.IsLead).ToList())
        {
            var doneAt = flow.Cursor + TimeSpan.FromTicks((long)((resolvedAt - flow.Cursor).Ticks * _random.NextDouble() * 0.9));
            if (!flow.Step(doneAt))
            {
                return null;
            }

            if (_reference.Liaisons.TryGetValue(assist.UnitId, out var helper))
            {
                ticket.MarkAssistDone(assist.UnitId, helper, doneAt, "已配合完成相关工作。");
            }
        }

        if (!flow.Step(resolvedAt))
        {
            return null;
        }

        var roll = _random.Next(10);
        var outcome = roll < 7 ? ResolutionOutcome.Solved : roll < 9 ? ResolutionOutcome.Explained : ResolutionOutcome.CannotBeSolved;
        ticket.Resolve(lead, liaison, resolvedAt, DemoContent.Results[_random.Next(DemoContent.Results.Count)], outcome,
            outcome == ResolutionOutcome.CannotBeSolved ? "涉及历史遗留问题，需纳入明年改造计划统筹解决。" : null, Due(resolvedAt, policy.Callback));
        return resolvedAt;
    }

    /// <summary>The unit asks for three more days; the supervisor mostly agrees. False when the decision is still pending now.</summary>
    private bool Extend(Flow flow, Assignment assignment, int lead, Domain.Access.Actor liaison)
    {
        var ticket = flow.Ticket;
        var askedAt = Timing.Max(flow.Cursor + OneMinute, flow.Cursor + ((assignment.ResolveDueAt - flow.Cursor) / 2));
        if (!flow.Step(askedAt))
        {
            return false;
        }

        ticket.RequestExtension(lead, liaison, askedAt, "涉及多个部门协调及现场勘查，申请延期办理。",
            Timing.Max(assignment.ResolveDueAt, askedAt) + TimeSpan.FromDays(3));
        var decidedAt = askedAt + Timing.Minutes(_random, 60, 480);
        if (!flow.Step(decidedAt))
        {
            return false;
        }

        var approve = _random.NextDouble() < 0.8;
        ticket.DecideExtension(0, approve, _reference.Supervisor, decidedAt, approve ? "同意延期。" : "不同意延期，请按期办结。");
        return true;
    }

    /// <summary>Calls the citizen back (up to three days when unreachable). The reopening instant when a dissatisfied
    /// citizen's ticket goes round again, otherwise null.</summary>
    private DateTimeOffset? CallBack(Flow flow, DeadlinePolicy policy, DateTimeOffset resolvedAt, int? lead)
    {
        var ticket = flow.Ticket;
        var at = resolvedAt + Timing.Minutes(_random, 60, 30 * 60);
        for (var attempt = 1; attempt <= CallbackRules.Default.MaxFailedAttempts && ticket.AwaitingCallback; attempt++)
        {
            if (!flow.Step(at))
            {
                return null;
            }

            var agent = _reference.Agents[_random.Next(_reference.Agents.Count)];
            if (_random.NextDouble() >= (attempt == 1 ? 0.9 : 0.7))
            {
                ticket.RecordCallback(new CallbackReport(false, null, null, "电话无人接听。", LocalDate(at)), CallbackRules.Default, agent, at);
                at += TimeSpan.FromDays(1) + Timing.Minutes(_random, 0, 180);
                continue;
            }

            var roll = _random.NextDouble();
            var satisfaction = roll < 0.80 ? Satisfaction.Satisfied : roll < 0.93 ? Satisfaction.BasicallySatisfied : Satisfaction.Dissatisfied;
            var solved = _random.NextDouble() < (ticket.IsDirectlyAnswered || ticket.ResolutionOutcome == ResolutionOutcome.Solved ? 0.95 : 0.3);
            var words = satisfaction == Satisfaction.Dissatisfied ? "市民表示问题仍未解决，对办理结果不满意。" : "市民对办理结果表示满意。";
            if (lead is { } unit && satisfaction == Satisfaction.Dissatisfied && ticket.Round < 3 && _random.NextDouble() < 0.4)
            {
                var order = new DispatchOrder(unit, [], "市民回访不满意，请重新办理。", Deadlines(policy, at));
                ticket.RecordCallback(new CallbackReport(true, satisfaction, solved, words, LocalDate(at), true, "回访不满意，重办。"),
                    CallbackRules.Default, agent, at, order);
                return at;
            }

            ticket.RecordCallback(new CallbackReport(true, satisfaction, solved, words, LocalDate(at)), CallbackRules.Default, agent, at);
        }

        return null;
    }

    /// <summary>The marks the deadline monitor would have raised by now on running lead clocks, so its first round
    /// after seeding finds only what is new.</summary>
    private void MarkWarnings(Ticket ticket)
    {
        foreach (var a in ticket.Assignments.Where(a => a.IsActive && a.IsLead && a.ResolvedAt is null))
        {
            var (nearing, overdue, due) = a.SignedForAt is null ? (WarningMark.SignForNearing, WarningMark.SignForOverdue, a.SignForDueAt)
                : a.FirstContactAt is null ? (WarningMark.FirstContactNearing, WarningMark.FirstContactOverdue, a.FirstContactDueAt)
                : (WarningMark.ResolveNearing, WarningMark.ResolveOverdue, a.ResolveDueAt);
            var level = DeadlineWarning.Evaluate(a.DispatchedAt <= due ? a.DispatchedAt : due, due, _now);
            if (level != WarningLevel.None)
            {
                a.Raise(level == WarningLevel.Red ? overdue : nearing);
            }
        }
    }
}
