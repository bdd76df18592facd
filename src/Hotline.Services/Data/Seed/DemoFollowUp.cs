using Hotline.Domain.Access;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Data.Seed;

/// <summary>
/// The hotline's callbacks in the demo data, made through the domain with plausible times (daytime, after the
/// resolution, never after now) so the satisfaction measures read like a real hotline's: of the rounds whose callback
/// fell due, ~85% reach a satisfied or basically satisfied citizen, ~5% a dissatisfied one (six in ten reopened to the
/// same unit, most of those resolved and called back again), ~2% never reach the citizen on three days, and ~8% of
/// those due in the last three days still wait, overdue. About half the rounds not yet due are called already. Its own
/// random stream, so the tickets themselves come out as they did before callbacks were seeded.
/// </summary>
internal sealed class DemoFollowUp(DateTimeOffset now, HotlineClock clock, IReadOnlyList<Actor> agents, CallbackRules rules)
{
    private readonly Random _random = new(12345);

    public Random Random => _random;

    /// <summary>
    /// Calls back a ticket whose round was just resolved. <paramref name="reopenAt"/> gives the next round's order at an
    /// instant; <paramref name="work"/> lets the unit work that round from its dispatch (and may resolve it).
    /// </summary>
    public void CallBack(Ticket ticket, Func<DateTimeOffset, DispatchOrder> reopenAt, Action<DateTimeOffset> work)
    {
        if (!ticket.AwaitingCallback || ticket.ResolvedAt is not { } resolvedAt || ticket.CallbackDueAt is not { } due)
        {
            return;
        }

        var roll = _random.Next(100);
        if (due > now)
        {
            // Not yet due: about half are called already; the rest wait in the queue (some turning yellow).
            if (roll < 50)
            {
                return;
            }

            roll = _random.Next(92);
        }

        // After the resolution and after anything else on the ticket (a citizen's urge may come after the resolution).
        var start = ticket.Events.Max(e => e.At) is var last && last > resolvedAt ? last : resolvedAt;
        var at = Daytime(start.AddMinutes(_random.Next(60, Math.Max(61, (int)((due - start).TotalMinutes * 0.8)))));
        // A reopened round is called back satisfied or basically satisfied: no endless demo loops.
        var firstRound = ticket.ReopenCount == 0;
        if (roll >= 92 && due > now.AddDays(-3))
        {
            // Recently overdue and not called yet, a few after a failed attempt; older ones were all called in the end.
            if (roll >= 97)
            {
                Attempt(ticket, at, NotReached(at));
            }

            return;
        }

        if (roll >= 92)
        {
            roll = _random.Next(85);
        }

        if (roll >= 90 && firstRound)
        {
            for (var day = 0; day < rules.MaxFailedAttempts; day++)
            {
                Attempt(ticket, day == 0 ? at : at.AddDays(day).AddMinutes(_random.Next(-90, 90)), null);
            }

            return;
        }

        if (roll >= 85 && firstRound)
        {
            var reopen = _random.Next(10) < 6;
            var words = DemoCallbackContent.DissatisfiedWords[_random.Next(DemoCallbackContent.DissatisfiedWords.Count)];
            var report = new CallbackReport(true, Satisfaction.Dissatisfied, _random.Next(10) == 0, words, LocalDate(at), reopen,
                reopen ? DemoCallbackContent.ReopenReasons[_random.Next(DemoCallbackContent.ReopenReasons.Count)] : null);
            if (Attempt(ticket, at, report, reopen ? reopenAt(at) : null) && reopen)
            {
                work(at);
                CallBack(ticket, reopenAt, work);
            }

            return;
        }

        if (_random.Next(100) < 6)
        {
            // The citizen did not pick up the first time.
            Attempt(ticket, at, NotReached(at));
            at = Daytime(at.AddDays(1));
        }

        Attempt(ticket, at, Reached(_random.Next(100) < 82 ? Satisfaction.Satisfied : Satisfaction.BasicallySatisfied, at));
    }

    /// <summary>A sampled direct answer (直办抽检): most are called back satisfied; a few recent ones still wait.</summary>
    public void CallBackSample(Ticket ticket)
    {
        if (ticket.CallbackDueAt is not { } due || (due > now.AddDays(-3) && _random.Next(10) < 3))
        {
            return;
        }

        var at = Daytime(ticket.RegisteredAt.AddMinutes(_random.Next(120, Math.Max(121, (int)(due - ticket.RegisteredAt).TotalMinutes))));
        var roll = _random.Next(100);
        var satisfaction = roll < 88 ? Satisfaction.Satisfied : roll < 97 ? Satisfaction.BasicallySatisfied : Satisfaction.Dissatisfied;
        Attempt(ticket, at, satisfaction == Satisfaction.Dissatisfied
            ? new CallbackReport(true, satisfaction, false, DemoCallbackContent.DissatisfiedWords[0], LocalDate(at))
            : Reached(satisfaction, at));
    }

    /// <summary>Records the attempt if it lies in the past; false (nothing recorded) otherwise.</summary>
    private bool Attempt(Ticket ticket, DateTimeOffset at, CallbackReport? report, DispatchOrder? reopen = null)
    {
        if (at >= now || !ticket.AwaitingCallback)
        {
            return false;
        }

        ticket.RecordCallback(report ?? NotReached(at), rules, agents[_random.Next(agents.Count)], at, reopen);
        return true;
    }

    private CallbackReport Reached(Satisfaction satisfaction, DateTimeOffset at)
    {
        var solved = _random.Next(100) < (satisfaction == Satisfaction.Satisfied ? 95 : 75);
        var words = _random.Next(3) == 0 ? null : DemoCallbackContent.SatisfiedWords[_random.Next(DemoCallbackContent.SatisfiedWords.Count)];
        return new CallbackReport(true, satisfaction, solved, words, LocalDate(at));
    }

    private CallbackReport NotReached(DateTimeOffset at) => new(false, null, null, null, LocalDate(at));

    private DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(clock.ToLocal(at).DateTime);

    /// <summary>The same moment if agents make callbacks then (09:00–20:00 local), else the next such morning.</summary>
    private DateTimeOffset Daytime(DateTimeOffset at)
    {
        var local = clock.ToLocal(at);
        if (local.Hour is >= 9 and < 20)
        {
            return at;
        }

        var day = DateOnly.FromDateTime(local.DateTime).AddDays(local.Hour >= 20 ? 1 : 0);
        return clock.FromLocal(day.ToDateTime(new TimeOnly(9, _random.Next(60))));
    }
}
