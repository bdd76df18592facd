using Hotline.Domain.Channels;
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

    /// <summary>
    /// The agent's own toolbar (docs/decisions/0030-agent-toolbar.md): the change is recorded as the platform's
    /// <c>agentState</c> event for the agent's login, under the platform the agent's state is held with (else the first
    /// active telephone platform), so the latest-by-time rule and the time-in-state figures read both alike.
    /// </summary>
    public async Task<ServiceResult<OwnState>> SetOwnStateAsync(string userId, AgentStateKind? state, string? reason, Guid submissionId,
        CancellationToken ct = default)
    {
        if (AgentToolbar.Check(state, reason) is { } refused)
        {
            return ServiceResult<OwnState>.Fail(refused == AgentToolbar.BadReason ? "Reason" : "State", refused);
        }

        if (submissionId == Guid.Empty)
        {
            return ServiceResult<OwnState>.Fail("SubmissionId", AgentToolbar.BadSubmission);
        }

        if (await PlatformOfAsync(userId, ct) is not { } platform)
        {
            return ServiceResult<OwnState>.Fail(string.Empty, AgentToolbar.NoPlatform);
        }

        var recorded = await RecordAsync(platform.ClientId, [AgentToolbar.ToEvent(platform.Login, state!.Value, reason, submissionId, clock.UtcNow)], ct);
        if (!recorded.Succeeded)
        {
            // Only a login the platform's rules refuse (too long, unstorable) can get here.
            return ServiceResult<OwnState>.Fail(recorded.Errors.Select(e => new ServiceError(e.Field, e.Code)).ToList());
        }

        return ServiceResult<OwnState>.Ok(await OwnStateAsync(userId, ct));
    }

    /// <summary>The agent's current state for the toolbar, whichever source set it last.</summary>
    public async Task<OwnState> OwnStateAsync(string userId, CancellationToken ct = default)
    {
        if (await PlatformOfAsync(userId, ct) is not { } platform)
        {
            return new OwnState(false, null, null, null);
        }

        var held = await db.AgentStates.AsNoTracking().Where(s => s.ClientId == platform.ClientId && s.AgentLogin == platform.Login)
            .Select(s => new { s.State, s.Reason, s.Since }).SingleOrDefaultAsync(ct);
        return held is null
            ? new OwnState(true, null, null, null)
            : new OwnState(true, held.State, held.Reason, clock.ToLocal(held.Since).DateTime);
    }

    /// <summary>
    /// The platform and login the agent's state lives under: the state row the platform holds for the agent's user name
    /// (logins match user names case-insensitively, as for the screen-pop), else the first active telephone platform.
    /// </summary>
    private async Task<(int ClientId, string Login)?> PlatformOfAsync(string userId, CancellationToken ct)
    {
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        // Case-insensitive equality: ILIKE with the wildcards escaped (ToUpper() == would do, but the analyser refuses it).
        var pattern = name.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        var held = await db.AgentStates.AsNoTracking()
            .Where(s => EF.Functions.ILike(s.AgentLogin, pattern) && db.ApiClients.Any(c => c.Id == s.ClientId && c.RevokedAt == null))
            .OrderByDescending(s => s.Since).Select(s => new { s.ClientId, s.AgentLogin }).FirstOrDefaultAsync(ct);
        if (held is not null)
        {
            return (held.ClientId, held.AgentLogin);
        }

        var first = await db.ApiClients.AsNoTracking().Where(c => c.Scope == ApiScope.Telephony && c.RevokedAt == null)
            .OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        return first is { } clientId ? (clientId, name) : null;
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
