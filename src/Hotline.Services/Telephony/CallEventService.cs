using Hotline.Domain.Telephony;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Telephony;

/// <summary>
/// Records the telephone platform's events (docs/decisions/0024-telephony-events.md): a batch is checked whole and
/// refused whole; accepted events are stored once each (the platform's id), and every call they touch is folded again
/// from all of its stored events, so the call row does not depend on the order, repetition or lateness of the feed.
/// Calls and agents are locked by key for the transaction, so two requests about one call fold one after the other.
/// </summary>
public sealed class CallEventService(HotlineDbContext db, HotlineClock clock, ILogger<CallEventService> logger)
{
    public const string BatchSize = "Telephony.Error.Batch";

    public async Task<RecordedEvents> RecordAsync(int clientId, IReadOnlyList<CallEventInput> inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count is 0 or > CallEventRules.BatchMax)
        {
            return RecordedEvents.Refused([new CallEventError(-1, string.Empty, BatchSize)]);
        }

        var now = clock.UtcNow;
        var errors = new List<CallEventError>();
        var checkedEvents = inputs.Select((input, i) => CallEventRules.Check(i, input, now, clock.LocalToday, errors)).ToList();
        if (errors.Count > 0)
        {
            return RecordedEvents.Refused(errors);
        }

        var batch = checkedEvents.Select(e => e!).DistinctBy(e => e.EventId, StringComparer.Ordinal).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(clientId, batch, ct);

        var ids = batch.Select(e => e.EventId).ToList();
        var known = await db.TelephonyEvents.Where(e => e.ClientId == clientId && ids.Contains(e.EventId))
            .Select(e => e.EventId).ToListAsync(ct);
        var fresh = batch.Where(e => !known.Contains(e.EventId, StringComparer.Ordinal)).ToList();
        db.TelephonyEvents.AddRange(fresh.Select(e => StoredCallEvent.Of(clientId, e, now)));

        var pops = await FoldCallsAsync(clientId, fresh, now, ct);
        await ApplyAgentStatesAsync(clientId, fresh, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var duplicates = inputs.Count - fresh.Count;
        if (duplicates > 0)
        {
            logger.LogInformation("Telephony client {ApiClientId}: {Duplicates} repeated events ignored", clientId, duplicates);
        }

        return new RecordedEvents([], fresh.Count, duplicates, await ToAgentsAsync(pops, ct));
    }

    /// <summary>One advisory lock per call and per agent, taken in one order, so concurrent batches never deadlock.</summary>
    private async Task LockAsync(int clientId, List<CallEvent> batch, CancellationToken ct)
    {
        var keys = batch.Select(e => e.CallId is { } call ? "call:" + call : "agent:" + e.Agent).Distinct(StringComparer.Ordinal).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            SELECT pg_advisory_xact_lock({clientId}, k.h)
            FROM (SELECT DISTINCT hashtext(key) AS h FROM unnest({keys}) AS key ORDER BY 1) AS k
            """, ct);
    }

    /// <summary>Folds every call the batch touches and decides, under the calls' locks, which agents' screens are sent what.</summary>
    private async Task<List<(PhoneCall Call, ScreenPop Pop)>> FoldCallsAsync(int clientId, List<CallEvent> fresh, DateTimeOffset now,
        CancellationToken ct)
    {
        var callIds = fresh.Where(e => e.CallId is not null).Select(e => e.CallId!).Distinct(StringComparer.Ordinal).ToList();
        if (callIds.Count == 0)
        {
            return [];
        }

        var stored = await db.TelephonyEvents.AsNoTracking()
            .Where(e => e.ClientId == clientId && e.CallId != null && callIds.Contains(e.CallId))
            .ToListAsync(ct);
        var history = stored.Select(e => e.ToEvent()).Concat(fresh).ToLookup(e => e.CallId, StringComparer.Ordinal);
        var calls = await db.PhoneCalls.Where(c => c.ClientId == clientId && callIds.Contains(c.PlatformCallId))
            .ToDictionaryAsync(c => c.PlatformCallId, StringComparer.Ordinal, ct);
        var pops = new List<(PhoneCall, ScreenPop)>();
        foreach (var callId in callIds)
        {
            if (!calls.TryGetValue(callId, out var call))
            {
                call = PhoneCall.Open(clientId, callId);
                db.PhoneCalls.Add(call);
            }

            var numberBefore = call.CallerNumber;
            call.Fold(history[callId]);
            if (call.DecidePop(numberBefore, now) is var pop and not ScreenPop.None)
            {
                pops.Add((call, pop));
            }
        }

        return pops;
    }

    private async Task ApplyAgentStatesAsync(int clientId, List<CallEvent> fresh, CancellationToken ct)
    {
        var changes = fresh.Where(e => e.Kind == CallEventKind.AgentState).Order(CallEvent.FoldOrder).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var logins = changes.Select(e => e.Agent!).Distinct(StringComparer.Ordinal).ToList();
        var states = await db.AgentStates.Where(s => s.ClientId == clientId && logins.Contains(s.AgentLogin))
            .ToDictionaryAsync(s => s.AgentLogin, StringComparer.Ordinal, ct);
        foreach (var change in changes)
        {
            if (states.TryGetValue(change.Agent!, out var state))
            {
                state.Apply(change);
            }
            else
            {
                states[change.Agent!] = db.AgentStates.Add(AgentState.From(clientId, change)).Entity;
            }
        }
    }

    /// <summary>Agents log in to the platform with their Hotline user name; the screen-pop goes to that user.</summary>
    private async Task<List<AnsweredCall>> ToAgentsAsync(List<(PhoneCall Call, ScreenPop Pop)> pops, CancellationToken ct)
    {
        if (pops.Count == 0)
        {
            return [];
        }

        var names = pops.Select(p => p.Call.AgentLogin!.ToUpperInvariant()).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.NormalizedUserName!))
            .Select(u => new { u.Id, u.NormalizedUserName }).ToDictionaryAsync(u => u.NormalizedUserName!, u => u.Id, ct);
        return pops.Select(p => new AnsweredCall(p.Call.Id, p.Call.PlatformCallId, p.Call.CallerNumber, p.Call.AgentLogin!,
            users.GetValueOrDefault(p.Call.AgentLogin!.ToUpperInvariant()), p.Call.ArrivedAt, p.Call.AnsweredAt!.Value,
            clock.ToLocal(p.Call.AnsweredAt!.Value).DateTime, p.Pop == ScreenPop.Number)).ToList();
    }
}
