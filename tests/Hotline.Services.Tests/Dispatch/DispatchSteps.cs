using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>What the dispatch tests do and read; each step runs in a scope of its own, as one request would.</summary>
internal static class DispatchSteps
{
    /// <summary>A wall-clock time in Shanghai (UTC+8 all year) as an instant.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>Sets the fake clock to a wall-clock time in Shanghai, earlier ones too (SetUtcNow only moves forward).</summary>
    public static void SetLocal(this FakeTimeProvider clock, int year, int month, int day, int hour, int minute = 0) =>
        clock.AdjustTime(Local(year, month, day, hour, minute).ToUniversalTime());

    /// <summary>The dispatch form as the dispatcher would post it after opening the ticket now.</summary>
    public static async Task<DispatchInput> FormAsync(this DatabaseFixture app, string number, string leadUnitCode,
        string? instruction = null, params string[] assistingUnitCodes)
    {
        var assisting = new List<int>();
        foreach (var code in assistingUnitCodes)
        {
            assisting.Add(await app.UnitIdAsync(code));
        }

        return new DispatchInput
        {
            LeadUnitId = await app.UnitIdAsync(leadUnitCode),
            AssistingUnitIds = assisting,
            Instruction = instruction,
            Version = await app.VersionAsync(number),
        };
    }

    public static async Task<ServiceResult<string>> TryDispatchAsync(this DatabaseFixture app, string number, DispatchInput input,
        string userName = "dispatcher")
    {
        var actor = (await app.ViewerAsync(userName)).Actor;
        return await app.UseAsync<DispatchService, ServiceResult<string>>(s => s.DispatchAsync(number, input, actor));
    }

    /// <summary>Merges <paramref name="number"/> into <paramref name="masterNumber"/>, by default with the version just read.</summary>
    public static async Task<ServiceResult<string>> TryMergeAsync(this DatabaseFixture app, string number, string? masterNumber,
        string? note = null, uint? version = null, string userName = "dispatcher")
    {
        var actor = (await app.ViewerAsync(userName)).Actor;
        var input = new MergeInput { MasterNumber = masterNumber, Note = note, Version = version ?? await app.VersionAsync(number) };
        return await app.UseAsync<DispatchService, ServiceResult<string>>(s => s.MergeAsync(number, input, actor));
    }

    public static Task<PagedList<QueueItem>> QueueAsync(this DatabaseFixture app, DispatchQueueFilter filter) =>
        app.UseAsync<DispatchService, PagedList<QueueItem>>(s => s.QueueAsync(filter));

    /// <summary>The ticket with its timeline and assignments as stored, read through a DbContext of its own.</summary>
    public static Task<Ticket> StoredTicketAsync(this DatabaseFixture app, string number) =>
        app.ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Events).Include(t => t.Assignments).SingleAsync(t => t.Number == number));

    /// <summary>The ticket's assignments as stored: the lead first, then the assisting units in the order given.</summary>
    public static Task<List<Assignment>> StoredAssignmentsAsync(this DatabaseFixture app, string number) =>
        app.ReadAsync(db => db.Set<Assignment>().AsNoTracking()
            .Where(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number))
            .OrderBy(a => a.Role).ThenBy(a => a.Id)
            .ToListAsync());

    /// <summary>Everything dispatching or merging can change on a ticket: equal states mean nothing was saved.</summary>
    public static Task<TicketState> StateAsync(this DatabaseFixture app, string number) =>
        app.ReadAsync(db => db.Tickets.AsNoTracking().Where(t => t.Number == number)
            .Select(t => new TicketState(t.Status, t.Version, t.LeadUnitId, t.DispatchedAt, t.MasterTicketId, t.DuplicateCount,
                t.Assignments.Count, t.Events.Count))
            .SingleAsync());
}
