using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Review;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Hotline.Services.Workbench;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Review;

/// <summary>Steps of the review tests: the seeded review policy switched on, a unit's reply, a reviewer's decision.</summary>
internal static class ReviewSteps
{
    public static Task ReviewPolicyOnAsync(this DatabaseFixture app) =>
        app.WriteAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.ReviewPolicyOn));

    /// <summary>A heating complaint given to the heating company, signed for and the citizen contacted.</summary>
    public static async Task<string> ContactedComplaintAsync(this DatabaseFixture app)
    {
        var number = await app.GivenToAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await app.SignForAsync(number);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await app.ContactAsync(number);
        app.Clock.Advance(TimeSpan.FromHours(1));
        return number;
    }

    /// <summary>The unit's reply; by default the usual result naming the ticket, so replies of other tests are not its twins.</summary>
    public static async Task<ServiceResult<string>> ResolveAsync(this DatabaseFixture app, string number, string? result = null)
    {
        result ??= $"{WorkbenchSteps.Result}（{number}）";
        var version = await app.VersionAsync(number);
        return await app.ActAsync("liaison-heating", (s, v) => s.ResolveAsync(number,
            new ResolveInput { Result = result, Outcome = ResolutionOutcome.Solved, Version = version }, v));
    }

    public static async Task<ServiceResult<string>> PassAsync(this DatabaseFixture app, string number, string? note = null, uint? version = null, string user = "supervisor")
    {
        var viewer = await app.ViewerAsync(user);
        var input = new ReviewDecisionInput { Number = number, Note = note, Version = version ?? await app.VersionAsync(number) };
        return await app.UseAsync<ReviewService, ServiceResult<string>>(s => s.PassAsync(input, viewer));
    }

    public static async Task<ServiceResult<string>> SendBackAsync(this DatabaseFixture app, string number, string? reason, uint? version = null, string user = "supervisor")
    {
        var viewer = await app.ViewerAsync(user);
        var input = new ReviewDecisionInput { Number = number, Note = reason, Version = version ?? await app.VersionAsync(number) };
        return await app.UseAsync<ReviewService, ServiceResult<string>>(s => s.SendBackAsync(input, viewer));
    }

    public static Task<Ticket> StoredAsync(this DatabaseFixture app, string number) =>
        app.ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).Include(t => t.Events).SingleAsync(t => t.Number == number));
}
