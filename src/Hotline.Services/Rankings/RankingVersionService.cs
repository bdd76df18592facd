using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Rankings;

/// <summary>
/// Published rankings (issue 18 §4, docs/decisions/0031-appeals-and-ranking-versions.md): a supervisor freezes a month's
/// ranking as version 1 (who, when, the weights, minimums and definitions, every unit's figures, index and rank); when
/// appeals about that month's facts are upheld later, a corrected version; every version is kept and two are compared.
/// A month never published is ranked live, as before.
/// </summary>
public sealed class RankingVersionService(HotlineDbContext db, RankingService ranking, HotlineClock clock, ILogger<RankingVersionService> logger)
{
    /// <summary>The versions of the month holding <paramref name="day"/>, oldest first.</summary>
    public async Task<IReadOnlyList<RankingVersionInfo>> VersionsAsync(DateOnly day, CancellationToken ct = default)
    {
        var month = FirstOf(day);
        return await db.RankingVersions.AsNoTracking().Where(v => v.Month == month).OrderBy(v => v.Number)
            .Select(v => new RankingVersionInfo(v.Id, v.Month, v.Number, v.PublishedAt, v.PublishedByName, v.Note, v.AppealsUpheld, v.Definitions))
            .ToListAsync(ct);
    }

    /// <summary>Version <paramref name="number"/> of the month holding <paramref name="day"/> as a report, exactly as published; null if none.</summary>
    public async Task<RankingReport?> ReportAsync(DateOnly day, int number, CancellationToken ct = default)
    {
        var month = FirstOf(day);
        var version = await db.RankingVersions.AsNoTracking().Include(v => v.Rows).SingleOrDefaultAsync(v => v.Month == month && v.Number == number, ct);
        if (version is null)
        {
            return null;
        }

        var weights = Frozen(version.Weights);
        var rows = version.Rows
            .OrderBy(r => r.Rank is null).ThenBy(r => r.Rank).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new RankingRow(r.UnitId, r.Code, new LocalizedName(r.NameZh, r.NameEn), r.Kind,
                new UnitCounts(r.UnitId, r.Assigned, r.SignedOnTime, r.ContactMeasured, r.ContactedOnTime, r.FellDue, r.ResolvedOnTime,
                    r.CallbacksReached, r.Satisfied, r.Solved, r.Returns, r.Extensions, r.ReviewReturns)
                { Minimums = weights.Minimums },
                r.Index, r.Rank, r.IsFlagged, HandOffs(r)))
            .ToList();
        return new RankingReport(Period.Containing(PeriodKind.Month, month), weights, version.PublishedAt, rows);
    }

    /// <summary>Each unit's rank and index in <paramref name="before"/> and <paramref name="after"/>, those that moved first.</summary>
    public static IReadOnlyList<RankChange> Compare(RankingReport before, RankingReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Rows.ToDictionary(r => r.UnitId);
        var changes = after.Rows.Select(r => (Row: r, Old: old.GetValueOrDefault(r.UnitId)))
            .Select(x => new RankChange(x.Row.UnitId, x.Old?.Rank, x.Row.Rank, x.Old?.Index, x.Row.Index))
            .Concat(before.Rows.Where(r => after.Rows.All(a => a.UnitId != r.UnitId)).Select(r => new RankChange(r.UnitId, r.Rank, null, r.Index, null)));
        return [.. changes.OrderByDescending(c => c.Changed).ThenBy(c => c.RankAfter ?? int.MaxValue)];
    }

    /// <summary>
    /// How many appeals about the facts of the month holding <paramref name="day"/> are upheld: each fact in the month the
    /// measures count it in (a sign-for or first contact by dispatch day, a resolution by its deadline's day, a callback
    /// by the call's day), local days.
    /// </summary>
    public Task<int> AppealsUpheldAsync(DateOnly day, CancellationToken ct = default)
    {
        var month = FirstOf(day);
        var (start, end) = (clock.StartOfLocalDay(month), clock.StartOfLocalDay(month.AddMonths(1)));
        return db.Appeals.AsNoTracking().Where(p => p.Status == RequestStatus.Approved).CountAsync(p =>
            (p.Mark == AppealedMark.DissatisfiedCallback && db.Callbacks.Any(c => c.Id == p.CallbackId && c.AttemptedAt >= start && c.AttemptedAt < end))
            || ((p.Mark == AppealedMark.SignForLate || p.Mark == AppealedMark.FirstContactLate)
                && db.Assignments.Any(a => a.Id == p.AssignmentId && a.DispatchedAt >= start && a.DispatchedAt < end))
            || (p.Mark == AppealedMark.ResolutionLate && db.Assignments.Any(a => a.Id == p.AssignmentId && a.ResolveDueAt >= start && a.ResolveDueAt < end)), ct);
    }

    /// <summary>
    /// Freezes the month's ranking as its next version. The month must be over. A correction (version 2 on) needs a note
    /// and more appeals upheld for the month than the latest version counted; the latest version the supervisor saw must
    /// still be the latest (two publishing at once: one wins, the other is told to reload).
    /// </summary>
    public async Task<ServiceResult<int>> PublishAsync(PublishInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.Supervisor))
        {
            return ServiceResult<int>.Fail(string.Empty, "Ranking.Error.SupervisorsOnly");
        }

        if (input.Month is not { } day || !clock.IsPlausible(day.ToDateTime(TimeOnly.MinValue)))
        {
            return ServiceResult<int>.Fail(nameof(PublishInput.Month), "Validation.Value.Invalid");
        }

        var month = FirstOf(day);
        if (month.AddMonths(1) > clock.LocalToday)
        {
            return ServiceResult<int>.Fail(nameof(PublishInput.Month), "Ranking.Error.MonthNotOver");
        }

        var note = DecisionNote.Clean(input.Note);
        if (note is { Length: > Limits.NoteMax })
        {
            return ServiceResult<int>.Fail(nameof(PublishInput.Note), "Validation.Note.TooLong");
        }

        var latest = await db.RankingVersions.AsNoTracking().Where(v => v.Month == month).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.AppealsUpheld, v.Weights, v.Definitions }).FirstOrDefaultAsync(ct);
        if ((latest?.Number ?? 0) != input.SeenVersion)
        {
            return ServiceResult<int>.Fail(string.Empty, ServiceError.Concurrency);
        }

        var upheld = await AppealsUpheldAsync(month, ct);
        if (latest is not null)
        {
            if (upheld <= latest.AppealsUpheld)
            {
                return ServiceResult<int>.Fail(string.Empty, "Ranking.Error.NothingToCorrect");
            }

            if (note is null)
            {
                return ServiceResult<int>.Fail(nameof(PublishInput.Note), "Ranking.Error.NoteRequired");
            }

            // A correction changes only what the upheld appeals change: the figures are counted under the definitions
            // the corrected version names, which the code no longer computes once they have moved on.
            if (latest.Definitions != RankingDefinitions.Current)
            {
                return ServiceResult<int>.Fail(string.Empty, "Ranking.Error.DefinitionsChanged");
            }
        }

        // A correction keeps the weights and minimums frozen in the version it corrects, whatever the settings say today.
        var report = await ranking.RankOnAsync(db, Period.Containing(PeriodKind.Month, month), latest is null ? null : Frozen(latest.Weights), ct);
        var version = new RankingVersion
        {
            Month = month,
            Number = (latest?.Number ?? 0) + 1,
            PublishedAt = clock.UtcNow,
            PublishedByUserId = actor.UserId,
            PublishedByName = actor.DisplayName,
            Weights = KpiWeightsService.Format(report.Weights),
            Definitions = RankingDefinitions.Current,
            Note = note,
            AppealsUpheld = upheld,
            Rows = [.. report.Rows.Select(r => new RankingVersionRow
            {
                UnitId = r.UnitId, Code = r.Code, NameZh = r.Name.Zh, NameEn = r.Name.En, Kind = r.Kind,
                Assigned = r.Counts.Assigned, SignedOnTime = r.Counts.SignedOnTime, ContactMeasured = r.Counts.ContactMeasured,
                ContactedOnTime = r.Counts.ContactedOnTime, FellDue = r.Counts.FellDue, ResolvedOnTime = r.Counts.ResolvedOnTime,
                CallbacksReached = r.Counts.CallbacksReached, Satisfied = r.Counts.Satisfied, Solved = r.Counts.Solved,
                Returns = r.Counts.Returns, Extensions = r.Counts.Extensions, ReviewReturns = r.Counts.ReviewReturns, Index = r.Index, Rank = r.Rank, IsFlagged = r.IsFlagged,
                ObjectionsUpheld = r.HandOffs?.ObjectionsUpheld, ObjectionsRejected = r.HandOffs?.ObjectionsRejected,
                DelegatedOut = r.HandOffs?.DelegatedOut, DelegatedIn = r.HandOffs?.DelegatedIn,
            })],
        };
        db.RankingVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Fail(string.Empty, ServiceError.Concurrency);
        }

        logger.LogInformation("Ranking of {Month} published as version {Version} by {UserId} ({AppealsUpheld} appeals upheld)",
            month, version.Number, actor.UserId, upheld);
        return ServiceResult<int>.Ok(version.Number);
    }

    /// <summary>A row's frozen objections and delegations; null for a version published before they were frozen.</summary>
    private static HandOffCounts? HandOffs(RankingVersionRow row) =>
        row is { ObjectionsUpheld: { } upheld, ObjectionsRejected: { } rejected, DelegatedOut: { } given, DelegatedIn: { } received }
            ? new HandOffCounts(upheld, rejected, given, received)
            : null;

    private static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>A version's weights and minimums as frozen (written by <see cref="KpiWeightsService.Format"/> when it was published).</summary>
    private static KpiWeights Frozen(string text) =>
        KpiWeightsService.Parse(text) ?? throw new InvalidOperationException($"A published ranking's weights are unreadable: {text}");
}
