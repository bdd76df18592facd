using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;

namespace Hotline.Bench.Seeding;

internal sealed partial class TicketGenerator
{
    /// <summary>
    /// One ticket's clock: acts happen in time order and never after now; acts that do not depend on the workflow
    /// (a repeat call urging the ticket, a supervisor's flag) slot in wherever their time falls while it is open.
    /// </summary>
    private sealed class Flow
    {
        private readonly TicketGenerator _generator;
        private readonly List<CallRow> _calls;
        private readonly Caller _caller;
        private DateTimeOffset? _urgeAt;
        private DateTimeOffset? _superviseAt;

        public Flow(TicketGenerator generator, Ticket ticket, List<CallRow> calls, Caller caller, DateTimeOffset registeredAt)
        {
            _generator = generator;
            _calls = calls;
            _caller = caller;
            Ticket = ticket;
            Cursor = registeredAt;
            var random = generator._random;
            _urgeAt = random.NextDouble() < 0.05 ? registeredAt + Timing.Minutes(random, 120, 72 * 60) : null;
            _superviseAt = random.NextDouble() < 0.005 ? registeredAt + Timing.Minutes(random, 240, 48 * 60) : null;
        }

        public Ticket Ticket { get; }

        /// <summary>The instant of the last act.</summary>
        public DateTimeOffset Cursor { get; set; }

        /// <summary>False when <paramref name="at"/> is not in the past yet: the act (and all after it) has not happened.</summary>
        public bool Step(DateTimeOffset at)
        {
            if (at >= _generator._now)
            {
                return false;
            }

            SideActs(at);
            Cursor = Timing.Max(Cursor, at);
            return true;
        }

        /// <summary>The ticket's story stopped (closed, or waiting now): side acts due before now still happen while it is open.</summary>
        public void Finish() => SideActs(_generator._now);

        private void SideActs(DateTimeOffset until)
        {
            if (_urgeAt is { } urgeAt && urgeAt <= until && urgeAt >= Cursor)
            {
                _urgeAt = null;
                if (Ticket.IsOpen && urgeAt < _generator._now)
                {
                    var agent = _generator._reference.Agents[_generator._random.Next(_generator._reference.Agents.Count)];
                    var callId = _generator.AddCall(_calls, _caller, urgeAt, agent, CallOutcome.Urge, _calls[0].TicketId, talkSeconds: _generator._random.Next(40, 200));
                    Ticket.Urge(agent, urgeAt, "市民再次来电催办", callId);
                    Cursor = urgeAt;
                }
            }

            if (_superviseAt is { } superviseAt && superviseAt <= until && superviseAt >= Cursor)
            {
                _superviseAt = null;
                if (Ticket.IsOpen && superviseAt < _generator._now)
                {
                    Ticket.Supervise(SupervisionLevel.Normal, "市民多次反映，请加快办理进度，按时办结。", null, _generator._reference.Supervisor, superviseAt);
                    Cursor = superviseAt;
                }
            }
        }
    }
}
