using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tickets;

/// <summary>
/// 申诉 (issue 18 §4, docs/decisions/0031-appeals-and-ranking-versions.md): a unit contests a mark against it within the
/// appeal window; a supervisor upholds it (the fact leaves the unit's measures: the assignment's clock or the callback
/// is marked excused, which every measure and the rollups read) or rejects it with a note. The ticket's state never
/// changes; each step is in its timeline.
/// </summary>
public sealed partial class Ticket
{
    private readonly List<Appeal> _appeals = [];

    public IReadOnlyList<Appeal> Appeals => _appeals.AsReadOnly();

    /// <summary>
    /// The marks against <paramref name="unitId"/> on this ticket that its measures count now and that are not excused:
    /// the missed deadlines of its lead assignments still rated (not taken away) and its dissatisfied callbacks.
    /// </summary>
    public IReadOnlyList<AppealTarget> MarksAgainst(int unitId, DateTimeOffset now)
    {
        var marks = new List<AppealTarget>();
        foreach (var a in _assignments.Where(a => a.IsLead && a.UnitId == unitId && (a.IsActive || a.ResolvedAt is not null)))
        {
            marks.AddRange(DeadlineMarks.Where(m => a.Missed(m, now) && !a.IsExcused(m))
                .Select(m => new AppealTarget(m, a.DueAtOf(m), a, null)));
        }

        marks.AddRange(_callbacks.Where(c => c.UnitId == unitId && c.Reached && c.Satisfaction == Satisfaction.Dissatisfied && !c.Excused)
            .Select(c => new AppealTarget(AppealedMark.DissatisfiedCallback, c.AttemptedAt, null, c)));
        return marks;
    }

    /// <summary>
    /// The mark a unit names when it appeals (<paramref name="mark"/> on the lead assignment or callback
    /// <paramref name="factId"/>), whatever its state now; null when the ticket has no such fact. <see cref="RaiseAppeal"/>
    /// judges whether it may be appealed.
    /// </summary>
    public AppealTarget? MarkOn(AppealedMark mark, long factId) => mark switch
    {
        AppealedMark.DissatisfiedCallback => _callbacks.FirstOrDefault(c => c.Id == factId) is { } c ? new AppealTarget(mark, c.AttemptedAt, null, c) : null,
        _ when DeadlineMarks.Contains(mark) => _assignments.FirstOrDefault(a => a.Id == factId && a.IsLead) is { } a
            ? new AppealTarget(mark, a.DueAtOf(mark), a, null)
            : null,
        _ => null,
    };

    /// <summary>The appeal made of <paramref name="target"/>'s mark, if any: one appeal per mark, ever.</summary>
    public Appeal? AppealOf(AppealTarget target) => _appeals.FirstOrDefault(p => p.Concerns(target));

    private static readonly AppealedMark[] DeadlineMarks = [AppealedMark.SignForLate, AppealedMark.FirstContactLate, AppealedMark.ResolutionLate];

    /// <summary>
    /// The unit appeals <paramref name="target"/>: its own mark, still counted, not appealed before, by the end of the
    /// window, with up to <see cref="Appeal.MaxEvidence"/> files. Refusals: too many files, not its unit, nothing to appeal
    /// (no such mark now, or excused), already open, already decided, the window passed.
    /// </summary>
    public Appeal RaiseAppeal(AppealTarget target, int unitId, string reason, Actor actor, DateTimeOffset now,
        AppealWindow window, WorkingCalendar calendar, IReadOnlyCollection<Attachment>? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(window);
        evidence ??= [];
        if (evidence.Count > Appeal.MaxEvidence)
        {
            throw new DomainRuleException("Appeal.Error.TooManyFiles");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Appeal.Error.ReasonRequired");
        }

        if (target.UnitId != unitId)
        {
            throw new DomainRuleException("Appeal.Error.NotOwnUnit");
        }

        if (AppealOf(target) is { } earlier)
        {
            throw new DomainRuleException(earlier.IsPending ? "Appeal.Error.AlreadyOpen" : "Appeal.Error.AlreadyDecided");
        }

        if (!MarksAgainst(unitId, now).Any(m => m.Mark == target.Mark
            && ReferenceEquals(m.Assignment, target.Assignment) && ReferenceEquals(m.Callback, target.Callback)))
        {
            throw new DomainRuleException("Appeal.Error.NothingToAppeal");
        }

        if (now > window.EndsAt(calendar, target.MarkedAt))
        {
            throw new DomainRuleException("Appeal.Error.WindowPassed");
        }

        Move(TicketAction.RaiseAppeal, actor, now, reason.Trim(), unitId).AppealedMark = target.Mark;
        var appeal = new Appeal(target, unitId, reason.Trim(), now, actor.UserId, evidence);
        _appeals.Add(appeal);
        return appeal;
    }

    /// <summary>The appeal holds: the contested fact leaves the unit's measures (for good, whatever the ticket does next).</summary>
    public void UpholdAppeal(Appeal appeal, Actor actor, DateTimeOffset now, string? note)
    {
        CheckPending(appeal);
        Move(TicketAction.UpholdAppeal, actor, now, note, appeal.UnitId).AppealedMark = appeal.Mark;
        appeal.Decide(uphold: true, now, actor.UserId, note);
        if (appeal.Mark == AppealedMark.DissatisfiedCallback)
        {
            _callbacks.Single(appeal.IsAbout).Excuse();
        }
        else
        {
            _assignments.Single(appeal.IsAbout).Excuse(appeal.Mark);
        }
    }

    /// <summary>The appeal fails: the mark stays. The unit is told why (<paramref name="note"/> is required).</summary>
    public void RejectAppeal(Appeal appeal, Actor actor, DateTimeOffset now, string note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainRuleException("Appeal.Error.NoteRequired");
        }

        CheckPending(appeal);
        Move(TicketAction.RejectAppeal, actor, now, note.Trim(), appeal.UnitId).AppealedMark = appeal.Mark;
        appeal.Decide(uphold: false, now, actor.UserId, note.Trim());
    }

    /// <summary>The appeal with id <paramref name="appealId"/> on this ticket, or null.</summary>
    public Appeal? AppealById(long appealId) => _appeals.FirstOrDefault(p => p.Id == appealId);

    private void CheckPending(Appeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        if (!_appeals.Contains(appeal))
        {
            throw new DomainRuleException("Appeal.Error.NotFound");
        }

        if (!appeal.IsPending)
        {
            throw new DomainRuleException("Appeal.Error.AlreadyDecided");
        }
    }
}
