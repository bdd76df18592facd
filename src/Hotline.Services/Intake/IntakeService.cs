using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Classification;
using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Dispatch;
using Hotline.Services.Incidents;
using Hotline.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Services.Intake;

/// <summary>
/// The agent's use cases: log a call and, from it, register a ticket, answer directly, or urge an open ticket.
/// Each runs in one transaction keyed by the form's submission id, so a repeat submit returns the first result.
/// </summary>
public sealed class IntakeService(
    HotlineDbContext db,
    HotlineClock clock,
    DeadlineService deadlines,
    TicketNumberGenerator numbers,
    DispatchService dispatch,
    NotificationService notifications,
    IValidator<(IntakeInput Input, IntakeAction Action)> validator,
    IOptions<HotlineOptions> options,
    ILogger<IntakeService> logger)
{
    public const int HistorySize = 20;

    /// <summary>The caller's earlier tickets, newest first, for the history panel.</summary>
    public async Task<IReadOnlyList<CallerTicket>> GetHistoryAsync(string? phone, CancellationToken ct = default)
    {
        if (!PhoneNumber.TryNormalize(phone, out var normalized))
        {
            return [];
        }

        var rows = await db.Tickets.AsNoTracking()
            .Where(t => t.CallerPhone == normalized)
            .OrderByDescending(t => t.RegisteredAt)
            .Take(HistorySize)
            .Select(t => new
            {
                t.Number,
                t.RegisteredAt,
                t.Status,
                t.RequestType,
                t.Content,
                t.UrgeCount,
                Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                Unit = db.Units.Where(u => u.Id == (t.LeadUnitId ?? t.SuggestedUnitId)).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new CallerTicket(r.Number, r.RegisteredAt, r.Status, r.RequestType, r.Category, r.Unit,
            r.Content, r.UrgeCount, TicketTransitions.IsOpen(r.Status))).ToList();
    }

    /// <summary>The telephone platform's own id of a call the screen-pop filled in, or null.</summary>
    public async Task<string?> PlatformCallIdAsync(long? phoneCallId, CancellationToken ct = default) =>
        phoneCallId is { } id ? await db.PhoneCalls.Where(c => c.Id == id).Select(c => c.PlatformCallId).FirstOrDefaultAsync(ct) : null;

    public Task<ServiceResult<IntakeOutcome>> ExecuteAsync(IntakeInput input, IntakeAction action, Actor actor, CancellationToken ct = default) =>
        action switch
        {
            IntakeAction.Register or IntakeAction.RegisterAndDispatch => RunAsync(input, action, actor, CallOutcome.NewTicket, CreateTicketAsync, ct),
            IntakeAction.AnswerDirectly => RunAsync(input, action, actor, CallOutcome.DirectAnswer, CreateTicketAsync, ct),
            IntakeAction.Urge => RunAsync(input, action, actor, CallOutcome.Urge, UrgeTicketAsync, ct),
            IntakeAction.AttachToIncident => RunAsync(input, action, actor, CallOutcome.IncidentAttached, AttachToIncidentAsync, ct),
            IntakeAction.LogInvalid => RunAsync(input, action, actor, CallOutcome.Invalid, (_, _, _, _, _, _) => Task.FromResult<(Ticket?, Func<CancellationToken, Task>?)>((null, null)), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

    private async Task<ServiceResult<IntakeOutcome>> RunAsync(IntakeInput input, IntakeAction action, Actor actor,
        CallOutcome outcome, Func<IntakeInput, IntakeAction, Actor, Call, ReservedKeys, CancellationToken, Task<(Ticket?, Func<CancellationToken, Task>?)>> act,
        CancellationToken ct)
    {
        var shape = await validator.ValidateAsync((input, action), ct);
        if (!shape.IsValid)
        {
            return ServiceResult<IntakeOutcome>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        if ((ServiceResult<IntakeOutcome>.IfImplausible(clock, nameof(input.StartedAt), input.StartedAt)
             ?? ServiceResult<IntakeOutcome>.IfImplausible(clock, nameof(input.EndedAt), input.EndedAt)) is { } implausible)
        {
            return implausible;
        }

        var earlier = await FindEarlierAsync(input.SubmissionId, ct);
        if (earlier is not null)
        {
            return ServiceResult<IntakeOutcome>.Ok(earlier);
        }

        var (errors, category) = await CheckReferencesAsync(input, action, ct);
        if (errors.Count > 0)
        {
            return ServiceResult<IntakeOutcome>.Fail(errors);
        }

        var now = clock.UtcNow;
        var started = input.StartedAt is { } s ? clock.FromLocal(s) : now;
        var ended = input.EndedAt is { } e ? clock.FromLocal(e) : now;
        // Times are typed to the minute: the current minute is fine, a later one is not.
        var latest = now.AddMinutes(1);
        if (started > latest || ended > latest)
        {
            return ServiceResult<IntakeOutcome>.Fail(started > latest ? nameof(input.StartedAt) : nameof(input.EndedAt), "Validation.Call.InFuture");
        }

        if (ended < started)
        {
            ended = started;
        }

        // Keys are drawn before the transaction, so the call, the ticket and its timeline go in one batch (they refer to
        // each other); a rollback only leaves a gap in the ids, never in the ticket numbers.
        var needsTicket = action is IntakeAction.Register or IntakeAction.RegisterAndDispatch or IntakeAction.AnswerDirectly;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var keys = await ReserveKeysAsync(needsTicket, ct) with { Category = category };
            // One transaction, one SaveChanges, no savepoints: the reads come first, then the day's counter, then one batch
            // of every row, then COMMIT; no row lock waits on the app (docs/decisions/0022-intake-at-the-databases-pace.md).
            db.Database.AutoSavepointsEnabled = false;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var call = Call.Log(input.SubmissionId, input.CallerPhone!, input.CallerName, input.Channel, started, ended, actor.UserId, outcome);
                if (input.PhoneCallId is { } phoneCall)
                {
                    call.LinkToPhoneCall(phoneCall);
                }

                db.Entry(call).Property(c => c.Id).CurrentValue = keys.CallId;
                var (ticket, afterSave) = await act(input, action, actor, call, keys, ct);
                if (ticket is not null)
                {
                    call.LinkTo(ticket.Id);
                }

                db.Calls.Add(call);
                await db.SaveChangesAsync(ct);
                if (afterSave is not null)
                {
                    await afterSave(ct);
                }

                await tx.CommitAsync(ct);
                logger.LogInformation("Call {CallId} from {Channel} logged by {Agent} as {Outcome}, ticket {TicketNumber}",
                    call.Id, call.Channel, actor.UserId, outcome, ticket?.Number);
                return ServiceResult<IntakeOutcome>.Ok(new IntakeOutcome(call.Id, outcome, ticket?.Number, false));
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // A concurrent submit of the same form won the race: answer with its result, save nothing more.
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                var winner = await FindEarlierAsync(input.SubmissionId, ct);
                return winner is not null ? ServiceResult<IntakeOutcome>.Ok(winner) : throw new InvalidOperationException("Unique violation without a winner.", ex);
            }
            catch (DbUpdateConcurrencyException)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return ServiceResult<IntakeOutcome>.Fail(string.Empty, ServiceError.Concurrency);
            }
            catch (DomainRuleException ex)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return ServiceResult<IntakeOutcome>.Fail(string.Empty, ex.Code);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The next call id, the next ticket id when a ticket is registered, and a few timeline event ids, from the tables' own
    /// identity sequences. The events need theirs: in one batch EF Core orders rows by what they refer to, so a line
    /// that names the call would otherwise be written after one that does not, and the timeline reads them by id.
    /// </summary>
    private async Task<ReservedKeys> ReserveKeysAsync(bool withTicket, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = (withTicket
            ? "SELECT nextval(pg_get_serial_sequence('calls', 'id')), nextval(pg_get_serial_sequence('tickets', 'id'))"
            : "SELECT nextval(pg_get_serial_sequence('calls', 'id')), 0::bigint")
            + $", ARRAY(SELECT nextval(pg_get_serial_sequence('ticket_events', 'id')) FROM generate_series(1, {ReservedEventKeys}))";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new ReservedKeys(reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<long[]>(2).Order().ToArray());
    }

    /// <summary>Register and dispatch write two lines, a sampled direct answer two; any further line takes a later id from the table.</summary>
    private const int ReservedEventKeys = 3;

    /// <summary>
    /// Gives the ticket's new timeline lines the reserved ids in the order the domain wrote them. On a ticket already
    /// tracked they are marked new too: a line with its key set would otherwise be taken for an existing row.
    /// </summary>
    private void KeyNewEvents(Ticket ticket, long[] eventIds, bool ticketIsTracked)
    {
        foreach (var (line, id) in ticket.Events.Where(e => e.Id == 0).Zip(eventIds))
        {
            var entry = db.Entry(line);
            entry.Property(e => e.Id).CurrentValue = id;
            if (ticketIsTracked)
            {
                entry.State = EntityState.Added;
            }
        }
    }

    /// <summary>What is settled before the transaction: the keys, and the ticket's category as the reference check read it.</summary>
    private sealed record ReservedKeys(long CallId, long TicketId, long[] EventIds)
    {
        public Category? Category { get; init; }
    }

    private async Task<(Ticket?, Func<CancellationToken, Task>?)> CreateTicketAsync(IntakeInput input, IntakeAction action, Actor actor,
        Call call, ReservedKeys keys, CancellationToken ct)
    {
        // Everything read first: the day's counter below is the transaction's first lock, and only the batch follows it.
        var now = clock.UtcNow;
        // The category the reference check read (one round trip fewer per registration).
        var category = keys.Category ?? throw new InvalidOperationException("A ticket's category is checked before it is registered.");
        var details = new TicketDetails(input.RequestType!.Value, input.Urgency, category.Id, input.AreaUnitId,
            input.Address ?? string.Empty, input.Content!,
            // Reports (举报) protect the whistle-blower: confidential whatever the checkbox says.
            input.IsConfidential || input.RequestType == RequestType.Report,
            input.Latitude is { } lat && input.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
            input.MediaUrl);
        var caller = new Caller(call.Phone, call.CallerName, call.Channel);

        Ticket ticket;
        Func<CancellationToken, Task>? afterSave = null;
        if (action == IntakeAction.AnswerDirectly)
        {
            // The version read out is pinned: a later edit of the article does not change this ticket's 答复依据.
            var version = input.ArticleId is { } read
                ? await db.KnowledgeArticles.Where(a => a.Id == read).Select(a => (int?)a.Version).SingleAsync(ct)
                : null;
            var share = options.Value.DirectAnswerSampleShare;
            DateTimeOffset? callbackDue = share > 0
                ? await deadlines.DueAsync(now, (await deadlines.PolicyForAsync(details.RequestType, details.Urgency, ct)).Callback, ct)
                : null;
            var number = await numbers.NextAsync(clock.LocalToday, ct);
            ticket = Ticket.AnswerDirectly(number, caller, details, input.ArticleId, input.AnswerNote?.Trim(), actor, now, call.Id, version);
            if (callbackDue is { } due && CallbackSampling.IsSampled(number, share))
            {
                // 直办抽检: a share of direct answers is called back too, so the direct-answer path is measured.
                ticket.SampleForCallback(due);
            }

            if (input.ArticleId is { } articleId)
            {
                // After the batch: the article's row lock is held only until the commit that follows.
                afterSave = token => db.KnowledgeArticles.Where(a => a.Id == articleId)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.UseCount, a => a.UseCount + 1), token);
            }
        }
        else
        {
            var dispatchDue = await deadlines.DispatchDueAsync(details.RequestType, details.Urgency, now, ct);
            var suggested = category.SuggestUnit(input.AreaUnitId);
            DispatchOrder? order = null;
            ILookup<int, string>? liaisons = null;
            if (action == IntakeAction.RegisterAndDispatch)
            {
                order = await dispatch.OrderAsync(details.RequestType, details.Urgency, input.DispatchUnitId ?? suggested!.Value, [], null, now, ct);
                liaisons = await dispatch.LiaisonsToNotifyAsync(order, ct);
            }

            var number = await numbers.NextAsync(clock.LocalToday, ct);
            ticket = Ticket.Register(number, caller, details, suggested, dispatchDue, actor, now, call.Id);
            if (order is not null)
            {
                ticket.Dispatch(order, actor, now);
                dispatch.NotifyAssigned(liaisons!, ticket.Number, order);
            }
        }

        db.Entry(ticket).Property(t => t.Id).CurrentValue = keys.TicketId;
        KeyNewEvents(ticket, keys.EventIds, ticketIsTracked: false);
        db.Tickets.Add(ticket);
        return (ticket, afterSave);
    }

    private async Task<(Ticket?, Func<CancellationToken, Task>?)> UrgeTicketAsync(IntakeInput input, IntakeAction action, Actor actor,
        Call call, ReservedKeys keys, CancellationToken ct)
    {
        var ticket = await db.Tickets.SingleAsync(t => t.Number == input.UrgeTicketNumber, ct);
        ticket.Urge(actor, clock.UtcNow, string.IsNullOrWhiteSpace(input.Content) ? null : input.Content.Trim(), call.Id);
        KeyNewEvents(ticket, keys.EventIds, ticketIsTracked: true);
        if (ticket.LeadUnitId is { } lead)
        {
            await notifications.NotifyUnitAsync(lead, NotificationKind.Urged, ticket.Number, ct: ct);
        }

        return (ticket, null);
    }

    /// <summary>
    /// 突发事件: the call is linked to the incident's master ticket and its words kept; no ticket, no dispatch, no timeline
    /// line on the master (so a burst of calls never queues on the master's row). A blank category or area is the
    /// incident's own (the agent's click says so); a chosen one must match (<see cref="Incident.Attach"/>).
    /// </summary>
    private async Task<(Ticket?, Func<CancellationToken, Task>?)> AttachToIncidentAsync(IntakeInput input, IntakeAction action, Actor actor,
        Call call, ReservedKeys keys, CancellationToken ct)
    {
        var incident = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == input.IncidentId, ct);
        var place = await IncidentPlaces.OfAsync(db, input.CategoryId ?? incident.CategoryId, input.AreaUnitId ?? incident.AreaUnitId, ct);
        db.IncidentCalls.Add(incident.Attach(call, place, input.Content, actor, clock.UtcNow));
        // Read only, for the number the agent sees: the master's row is not written.
        var master = await db.Tickets.AsNoTracking().SingleAsync(t => t.Id == incident.MasterTicketId, ct);
        return (master, null);
    }

    /// <summary>Every reference the input names must exist; a ticket's category comes back for the registration to use.</summary>
    private async Task<(List<ServiceError> Errors, Category? Category)> CheckReferencesAsync(IntakeInput input, IntakeAction action, CancellationToken ct)
    {
        var errors = new List<ServiceError>();
        Category? category = null;
        if (action is IntakeAction.Register or IntakeAction.RegisterAndDispatch or IntakeAction.AnswerDirectly)
        {
            category = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.CategoryId && c.ParentId != null && c.IsActive, ct);
            if (category is null)
            {
                errors.Add(new(nameof(IntakeInput.CategoryId), "Validation.Category.Required"));
            }
            else if (action == IntakeAction.RegisterAndDispatch
                && (input.DispatchUnitId ?? category.SuggestUnit(input.AreaUnitId)) is var lead
                && !await db.Units.AnyAsync(u => u.Id == lead && u.IsActive, ct))
            {
                errors.Add(new(nameof(IntakeInput.DispatchUnitId), "Validation.LeadUnit.Required"));
            }

            if (input.AreaUnitId is { } area && !await db.Units.AnyAsync(u => u.Id == area && u.IsActive
                    && (u.Kind == Domain.Units.UnitKind.District || u.Kind == Domain.Units.UnitKind.Township), ct))
            {
                errors.Add(new(nameof(IntakeInput.AreaUnitId), "Validation.Area.Invalid"));
            }
        }

        if (action == IntakeAction.AttachToIncident && !await db.Incidents.AnyAsync(i => i.Id == input.IncidentId, ct))
        {
            errors.Add(new(nameof(IntakeInput.IncidentId), "Incident.Error.NotFound"));
        }

        if (input.PhoneCallId is { } phoneCall && !await db.PhoneCalls.AnyAsync(c => c.Id == phoneCall, ct))
        {
            errors.Add(new(nameof(IntakeInput.PhoneCallId), "Validation.PhoneCall.NotFound"));
        }

        if (action == IntakeAction.AnswerDirectly && input.ArticleId is { } article
            && !await db.KnowledgeArticles.Where(Knowledge.ArticleSearch.OfferedOn(clock.LocalToday)).AnyAsync(a => a.Id == article, ct))
        {
            errors.Add(new(nameof(IntakeInput.ArticleId), "Validation.Answer.Required"));
        }

        if (action == IntakeAction.Urge)
        {
            var status = await db.Tickets.Where(t => t.Number == input.UrgeTicketNumber).Select(t => (TicketStatus?)t.Status).FirstOrDefaultAsync(ct);
            if (status is null)
            {
                errors.Add(new(nameof(IntakeInput.UrgeTicketNumber), "Validation.UrgeTicket.NotFound"));
            }
            else if (!TicketTransitions.IsOpen(status.Value))
            {
                errors.Add(new(nameof(IntakeInput.UrgeTicketNumber), "Validation.UrgeTicket.NotOpen"));
            }
        }

        return (errors, category);
    }

    private async Task<IntakeOutcome?> FindEarlierAsync(Guid submissionId, CancellationToken ct) =>
        await db.Calls.AsNoTracking()
            .Where(c => c.SubmissionId == submissionId)
            .Select(c => new IntakeOutcome(c.Id, c.Outcome, db.Tickets.Where(t => t.Id == c.TicketId).Select(t => t.Number).FirstOrDefault(), true))
            .FirstOrDefaultAsync(ct);
}
