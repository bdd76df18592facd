using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hotline.Services.Common;

/// <summary>
/// The one pipeline of every act on a ticket: validate the form (<see cref="CheckAsync{TInput, T}"/>, with the validator
/// the service was given), load the ticket, compare the version the person saw, the domain call (and whatever rides with
/// it, e.g. notifications), save once (<see cref="ActAsync"/>). Refusals and conflicts become results the page shows;
/// nothing half-saved stays tracked. The ticket acts' not-found key is declared here; a conflict is <see cref="ServiceError.Concurrency"/>, as for every save.
/// </summary>
public static class TicketActs
{
    /// <summary>No such ticket, or one the person may not act on (they are told the same).</summary>
    public const string NotFound = "Ticket.Error.NotFound";

    /// <summary>The form's shape: null when <paramref name="rules"/> accept it, else each broken rule next to its field.</summary>
    public static async Task<ServiceResult<T>?> CheckAsync<TInput, T>(this IValidator<TInput> rules, TInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var shape = await rules.ValidateAsync(input, ct);
        return shape.IsValid ? null : ServiceResult<T>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
    }

    /// <inheritdoc cref="CheckAsync{TInput, T}"/>
    public static Task<ServiceResult<string>?> CheckAsync<TInput>(this IValidator<TInput> rules, TInput input, CancellationToken ct) =>
        rules.CheckAsync<TInput, string>(input, ct);

    /// <summary>The form's shape with the rules every act has plus those of <paramref name="ruleSet"/> (e.g. a rejection's required note).</summary>
    public static async Task<ServiceResult<string>?> CheckAsync<TInput>(this IValidator<TInput> rules, TInput input, string ruleSet, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var shape = await rules.ValidateAsync(input, o => o.IncludeRuleSets("default", ruleSet), ct);
        return shape.IsValid ? null : ServiceResult<string>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
    }

    /// <summary>
    /// Loads ticket <paramref name="number"/> from <paramref name="tickets"/> (what the act needs included, and only those
    /// the person may act on), refuses with <see cref="NotFound"/> when there is none and with <see cref="ServiceError.Concurrency"/>
    /// when its version is not <paramref name="seenVersion"/>, lets <paramref name="check"/> refuse what needs the loaded
    /// ticket (next to a field), then runs <paramref name="act"/> and saves once (<see cref="SaveActAsync"/>).
    /// </summary>
    public static async Task<ServiceResult<string>> ActAsync(this HotlineDbContext db, IQueryable<Ticket> tickets, string number, uint seenVersion,
        Func<Ticket, Task<string>> act, CancellationToken ct, Func<Ticket, Task<ServiceResult<string>?>>? check = null)
    {
        ArgumentNullException.ThrowIfNull(act);
        var ticket = await tickets.SingleOrDefaultAsync(t => t.Number == number, ct);
        if (ticket is null)
        {
            return ServiceResult<string>.Fail(string.Empty, NotFound);
        }

        if (ticket.Version != seenVersion)
        {
            return ServiceResult<string>.Fail(string.Empty, ServiceError.Concurrency);
        }

        if (check is not null && await check(ticket) is { } refused)
        {
            return refused;
        }

        return await db.SaveActAsync(() => act(ticket), ct);
    }

    /// <summary>
    /// Runs <paramref name="act"/> (the domain call and whatever rides with it, e.g. notifications) and saves once.
    /// A broken rule comes back as its code; a row changed by someone else since loading as <see cref="ServiceError.Concurrency"/>.
    /// </summary>
    public static async Task<ServiceResult<string>> SaveActAsync(this HotlineDbContext db, Func<Task<string>> act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(act);
        try
        {
            var value = await act();
            await db.SaveChangesAsync(ct);
            return ServiceResult<string>.Ok(value);
        }
        catch (DomainRuleException ex)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<string>.Fail(string.Empty, ex.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<string>.Fail(string.Empty, ServiceError.Concurrency);
        }
        catch (Exception ex) when (IsDeadlock(ex))
        {
            // Two acts on one ticket at once that took its rows in opposite orders (this save updates the assignments
            // before the ticket; a change of the ticket's status or supervision copies it to the assignments, ADR 0038):
            // PostgreSQL rolled this one back, so the person reloads and sees the other's change, as for a version conflict.
            db.ChangeTracker.Clear();
            return ServiceResult<string>.Fail(string.Empty, ServiceError.Concurrency);
        }
    }

    /// <summary>A deadlock PostgreSQL broke by rolling this save back, however EF wrapped it (the execution strategy wraps it as transient).</summary>
    private static bool IsDeadlock(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected })
            {
                return true;
            }
        }

        return false;
    }
}
